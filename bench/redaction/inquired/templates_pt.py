"""Conversas em português (Brasil, Portugal). Escritas à mão. Posição par = dev, ímpar = sealed."""

LOCALES = {
    "pt-BR": {"phone": "BR", "iban": "BR", "swift": "BR", "ids": ["BR_CPF", "BR_CNPJ"]},
    "pt-PT": {
        "phone": "PT",
        "iban": "PT",
        "swift": "PT",
        "ids": ["PT_NIF"],
        "skip": ["BANK_ROUTING"],
    },
}

GREET = [
    "Olá! Obrigado pelo contato, como posso ajudar?",
    "oii aqui é a Bruna do atendimento 😊",
    "Bem-vindo ao apoio ao cliente. Um assistente irá atendê-lo em breve.",
    "Boa tarde, o meu nome é Rui. Em que posso ajudar?",
    "E aí 👋 sou o Caio, o que rolou?",
    "Obrigada por aguardar, fala a Joana.",
]
OPEN = [
    "oi",
    "olá tô com problema no meu cartão",
    "meu pedido não chegou ainda",
    "Bom dia, queria atualizar os meus dados",
    "me cobraram duas vezes!!",
    "nao consigo entrar no app",
    "Boa noite, é sobre um reembolso",
    "alguém aí?",
    "o pagamento foi recusado pq",
    "quero trocar o cartão cadastrado",
]
CHAT = [
    "ok",
    "blz",
    "sim",
    "obrigado",
    "ah tá",
    "pronto",
    "beleza",
    "perfeito",
    "kkk ok",
    "peraí",
    "desculpa a net caiu",
    "vc é robô?",
    "tô no trampo",
    "muito obrigada!",
    "show",
    "isso",
]
CLOSE_AGENT = [
    "Posso ajudar em mais alguma coisa?",
    "Resolvido! Tenha um ótimo dia.",
    "Pronto, já está atualizado.",
    "Obrigado pela paciência, está tudo certo.",
    "Feito ✅ mais alguma coisa?",
    "Encaminhei para a equipa, vai receber um email.",
]
CLOSE_CUST = [
    "não é só isso obg",
    "valeu!!",
    "nada mais, tchau",
    "muito obrigado",
    "obg",
    "top valeu falou",
]
WAIT = [
    "só um momento",
    "deixa eu ver",
    "pera vou pegar a carteira",
    "um segundinho",
    "aguarde",
    "vou verificar",
    "já vejo",
]
DODGE = [
    "na verdade posso só mudar o endereço de entrega?",
    "pra que vocês precisam disso?",
    "não tô com ele aqui",
    "vocês não conseguem ver aí?",
    "deixa, quando cai o reembolso?",
    "prefiro não passar isso por aqui",
    "desculpa qual era a pergunta",
    "vou ligar melhor",
]
QBACK = [
    ("o que tá no cartão?", "Sim, esse mesmo."),
    ("o antigo ou o novo?", "O que está cadastrado na conta."),
    ("inteiro?", "Isso, completo por favor."),
    ("o do meu perfil?", "Exato."),
    ("celular ou fixo?", "O que estiver registado."),
]
REASK = [
    "Hmm, parece que não está correto, pode enviar de novo?",
    "Acho que falta um dígito, pode conferir?",
    "Não bateu aqui no sistema, pode digitar outra vez?",
    "Não foi possível validar. Por favor, introduza novamente.",
]
CORRECT = ["desculpa era outro, é {v}", "opa errei: {v}", "não pera é {v}", "corrigindo {v}"]
FILLER = [
    "é o {v}",
    "{v} 😅",
    "claro, {v}",
    "seria {v}",
    "tá aqui {v}",
    "hmm {v} acho",
    "{v} obg",
    "sim {v}",
    "segue {v}",
    "então {v}",
]
CONT = ["{v} desculpa enviou antes", "e {v}", "{v} pronto", "depois {v}", "…e {v}", "{v} é isso"]
AND = "e"

ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Pode me confirmar o número do cartão, por favor?",
        "qual o número do cartão?",
        "Digite os 16 dígitos do seu cartão.",
        "Com qual cartão deseja pagar? Preciso do número completo.",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "E a data de validade?",
        "Quando vence o cartão?",
        "Informe a validade (MM/AA).",
        "validade?",
    ],
    "CREDIT_DEBIT_CVV": [
        "E os 3 números de trás",
        "Pode informar o código de segurança?",
        "Digite o CVV.",
        "qual o cvc?",
    ],
    "PIN": [
        "Digite a sua senha de 4 dígitos (PIN).",
        "Para verificação, qual é o seu PIN?",
        "digita o pin aí",
        "Qual é o código PIN que escolheu?",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Para qual número de conta fazemos o reembolso?",
        "Informe o número da sua conta.",
        "confirma o número da conta?",
        "Qual conta devemos debitar?",
    ],
    "BANK_ROUTING": [
        "E a agência?",
        "Qual o número da agência?",
        "agência sem dígito por favor",
        "Preciso também do número da agência.",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Pode indicar o seu IBAN?",
        "qual o iban pra transferência",
        "Introduza o IBAN da conta de destino.",
        "Preciso do IBAN completo, por favor.",
    ],
    "SWIFT_CODE": [
        "E o código SWIFT/BIC?",
        "Qual é o BIC do banco?",
        "Informe o código SWIFT.",
        "tem o swift do banco?",
    ],
    "EMAIL": [
        "Qual email está cadastrado?",
        "Pode confirmar o seu e-mail?",
        "Digite o seu endereço de e-mail.",
        "pra qual email mando o comprovante?",
    ],
    "PHONE": [
        "Em que número podemos ligar?",
        "Pode confirmar o telefone da conta?",
        "Introduza o seu número de telemóvel.",
        "qual teu zap?",
    ],
    "PASSPORT_NUMBER": [
        "Qual é o número do seu passaporte?",
        "Informe o passaporte usado na reserva.",
        "nº do passaporte pfv",
        "Pode confirmar o passaporte do passageiro?",
    ],
    "DRIVER_ID": [
        "Qual é o número da sua CNH / carta de condução?",
        "Digite o número da habilitação.",
        "manda o número da carta?",
        "Número da carta de condução para o aluguer?",
    ],
    "PASSWORD": [
        "Qual senha você tentou?",
        "Digite a senha provisória que recebeu.",
        "qual palavra-passe colocou?",
        "Pode me dizer a senha da conta?",
    ],
    "USERNAME": [
        "Qual é o seu usuário?",
        "Introduza o nome de utilizador.",
        "entra com qual login?",
        "Confirma o usuário de acesso?",
    ],
    "IP_ADDRESS": [
        "Pode me dizer o seu endereço IP?",
        "qual ip aparece no roteador?",
        "Envie o IP que aparece na página de erro.",
        "De que IP está a ligar-se?",
    ],
    "BR_CPF": [
        "Qual é o seu CPF?",
        "Digite o CPF do titular.",
        "me passa teu cpf?",
        "Para confirmar, informe o CPF cadastrado.",
    ],
    "BR_CNPJ": [
        "Qual o CNPJ da empresa?",
        "Digite o CNPJ para a nota fiscal.",
        "cnpj da loja?",
        "Preciso do CNPJ do titular.",
    ],
    "PT_NIF": [
        "Qual é o seu NIF?",
        "Introduza o número de contribuinte.",
        "nif para a fatura?",
        "Pode indicar o número de identificação fiscal?",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["meu cartão é {v}", "nº do cartão {v}", "cartão: {v}", "é o visa {v}"],
    "CREDIT_DEBIT_EXPIRY": ["validade {v}", "vence em {v}", "val: {v}", "expira em {v}"],
    "CREDIT_DEBIT_CVV": ["cvv {v}", "código de segurança {v}", "CVC: {v}", "os de trás são {v}"],
    "PIN": ["pin {v}", "minha senha do cartão é {v}", "PIN: {v}", "o código pin é {v}"],
    "BANK_ACCOUNT_NUMBER": ["conta {v}", "minha conta é {v}", "c/c {v}", "número da conta: {v}"],
    "BANK_ROUTING": ["agência {v}", "ag {v}", "agencia: {v}", "a agência é {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["meu iban {v}", "IBAN {v}", "iban: {v}", "o IBAN é {v}"],
    "SWIFT_CODE": ["swift {v}", "BIC do banco {v}", "o bic é {v}", "código swift: {v}"],
    "EMAIL": ["meu email é {v}", "e-mail: {v}", "email {v}", "o meu mail é {v}"],
    "PHONE": ["meu número é {v}", "tel {v}", "celular: {v}", "liga pro {v}"],
    "PASSPORT_NUMBER": [
        "passaporte {v}",
        "meu passaporte é {v}",
        "nº passaporte {v}",
        "passaporte: {v}",
    ],
    "DRIVER_ID": ["cnh {v}", "minha habilitação é {v}", "carta de condução {v}", "carta: {v}"],
    "PASSWORD": ["a senha é {v}", "senha: {v}", "coloquei {v} de senha", "palavra-passe {v}"],
    "USERNAME": ["usuário {v}", "meu user é {v}", "login: {v}", "utilizador {v}"],
    "IP_ADDRESS": ["meu ip é {v}", "IP: {v}", "o ip {v}", "aparece ip {v}"],
    "BR_CPF": ["cpf {v}", "meu CPF é {v}", "CPF: {v}", "o cpf é {v}"],
    "BR_CNPJ": ["cnpj {v}", "o CNPJ é {v}", "CNPJ: {v}", "cnpj da empresa {v}"],
    "PT_NIF": ["nif {v}", "o meu NIF é {v}", "contribuinte {v}", "NIF: {v}"],
}
PAIR_ASK = [
    (
        "Pode me passar o número do cartão e a validade?",
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_EXPIRY",
    ),
    ("Informe a validade e o CVV.", "CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"),
    ("preciso da agência e da conta", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER"),
    ("IBAN e BIC para o reembolso?", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"),
    ("usuário e senha que tentou?", "USERNAME", "PASSWORD"),
    ("Email e telefone da conta, por favor", "EMAIL", "PHONE"),
]
PAIR_ANS = [
    "{a}    {b}",
    "{a} e {b}",
    "{a}\n{b}\n",
    "{a} , {b}",
    "{a} // {b}",
    "primeiro {a} depois {b}",
]
PARTIAL_ASK = [
    "Pode confirmar os quatro últimos dígitos do cartão?",
    "quais os 4 últimos do cartão?",
    "Só os 4 últimos números do cartão, por favor.",
    "Qual cartão foi? Os últimos 4 dígitos bastam.",
]
POSTCODE_PART = [
    "Só os 3 primeiros dígitos do CEP, por favor.",
    "o começo do teu código postal?",
    "me diz só o início do cep",
    "Indique os primeiros quatro algarismos do código postal.",
]

KEEP_ASK = {
    "order_number": [
        "Qual é o número do pedido?",
        "tem o nº do pedido aí?",
        "Pode me informar o número da encomenda?",
        "Digite o número do seu pedido.",
        "pedido nº?",
        "De qual pedido estamos a falar?",
    ],
    "tracking_number": [
        "Qual o código de rastreio?",
        "manda o rastreio pfv",
        "Tem o número de seguimento do email?",
    ],
    "ticket_reference": [
        "Tem um número de protocolo?",
        "qual o protocolo do último atendimento?",
        "nº do ticket?",
    ],
    "zip_code": ["Qual é o seu ZIP code?", "e o zip?", "Digite o ZIP de cobrança."],
    "postal_code": [
        "Qual é o seu CEP?",
        "confirma o código postal?",
        "O CEP de entrega, por favor?",
    ],
    "quantity": ["Quantos você pediu?", "quantos itens faltaram?", "Quantas unidades deseja?"],
    "date": ["Em que dia foi entregue?", "Quando fez o pedido?", "que dia apareceu a cobrança?"],
    "time": [
        "A que horas podemos ligar?",
        "mais ou menos que horas foi?",
        "Qual horário fica melhor?",
    ],
    "price": ["Quanto foi cobrado?", "qual valor aparece no extrato?", "Qual foi o total?"],
    "product_model": [
        "Qual é o modelo?",
        "qual o modelo do aparelho?",
        "Pode indicar o modelo do produto?",
    ],
    "store_number": [
        "Em que loja foi? O número está no talão.",
        "número da loja?",
        "Qual nº de loja aparece no cupom?",
    ],
    "flight_number": ["Qual é o número do voo?", "tá em qual voo?", "Pode confirmar o voo?"],
    "invoice_number": [
        "Qual o número da nota fiscal?",
        "qual fatura é?",
        "Número da fatura, por favor.",
    ],
    "year": ["Em que ano comprou?", "o carro é de que ano?", "Desde que ano tem a conta?"],
    "version": [
        "Qual versão do app você tem?",
        "que versão aparece nas definições?",
        "Pode ver a versão em Configurações > Sobre?",
    ],
}
KEEP_NAMED = [
    "pedido {v}",
    "é o #{v}",
    "o número é {v}",
    "{v} acho eu",
    "referência {v}",
    "deve ser {v}",
    "toma {v}",
]
