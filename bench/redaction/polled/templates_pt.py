"""Portuguese (Brazil, Portugal) chat templates, hand-written. Even-indexed entries feed dev, odd ones sealed."""

LANG = "pt"
LOCALES = ["pt-BR", "pt-BR", "pt-PT"]

GREET_A = [
    "Olá! Obrigada pelo contato, meu nome é Bruna. Como posso ajudar?",
    "Oi 👋 aqui é o Tiago do atendimento, o que aconteceu?",
    "Bem-vindo ao apoio ao cliente. Um assistente irá atendê-lo em breve.",
    "Boa noite, você está falando com o financeiro.",
]
GREET_C = [
    "oi to com problema no meu cartao",
    "alô?? to esperando faz tempo",
    "oi meu pagamento nao passou",
    "bom dia, cobraram duas vezes",
    "olá não consigo entrar na aplicação",
    "boa tarde, é sobre um reembolso",
]
CLOSE_A = [
    "Posso ajudar em mais alguma coisa?",
    "Tudo certo, tenha um ótimo dia!",
    "Obrigado pela paciência, o seu pedido está resolvido.",
    "Perfeito, você vai receber um e-mail de confirmação.",
]
CLOSE_C = [
    "não é só isso obrigado",
    "muito obrigada!!",
    "valeu 👍",
    "ok beleza, tchau",
    "é só, obrigado",
    "obrigado, boa noite",
]
CHAT = [
    "é a terceira vez que escrevo",
    "tá bom",
    "como assim?",
    "desculpa minha internet caiu",
    "dá pra ser rápido to no trampo",
    "já expliquei tudo pro outro atendente",
    "kkkk ok",
    "é robô ou pessoa?",
]
OTHER_Q = [
    "Pode me contar um pouco mais?",
    "Apareceu alguma mensagem de erro?",
    "Ainda está aí?",
    "Desde quando isso acontece?",
]
ASK = {
    "CREDIT_DEBIT_NUMBER": [
        "Qual é o número do cartão?",
        "Poderia confirmar o número do seu cartão, por favor?",
        "Digite o número do cartão.",
        "pagou com qual cartão? preciso do número",
    ],
    "CREDIT_DEBIT_CVV": [
        "E os três dígitos de trás?",
        "Informe o código de segurança, por favor.",
        "qual o cvv?",
        "O código do verso, por favor?",
    ],
    "CREDIT_DEBIT_EXPIRY": [
        "Quando vence o cartão?",
        "Digite a data de validade (MM/AA).",
        "e a validade?",
        "Qual a data de validade que aparece no cartão?",
    ],
    "PIN": [
        "Para verificação, digite a sua senha numérica.",
        "Qual é o PIN do cartão?",
        "pode confirmar o pin?",
        "Introduza o código PIN que escolheu.",
    ],
    "BANK_ACCOUNT_NUMBER": [
        "Digite o número da sua conta.",
        "Em qual conta quer o reembolso? O número, por favor.",
        "qual o número da conta corrente?",
        "O número da conta, por favor.",
    ],
    "BANK_ROUTING": [
        "E a agência?",
        "Informe o número da agência, por favor.",
        "qual a agência?",
        "Pode me passar a agência da conta?",
    ],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "Qual é o IBAN para a transferência?",
        "Indique o IBAN da conta de destino, por favor.",
        "me manda seu IBAN?",
        "Para devolver o valor preciso do IBAN completo.",
    ],
    "SWIFT_CODE": [
        "E o código SWIFT / BIC do banco?",
        "Informe o BIC, por favor.",
        "qual o swift?",
        "Tem o código BIC à mão?",
    ],
    "EMAIL": [
        "Qual e-mail está cadastrado na conta?",
        "Pode confirmar o seu e-mail, por favor?",
        "pra onde mando o comprovante? email pfv",
        "Digite o e-mail do cadastro.",
    ],
    "PHONE": [
        "Em qual número podemos te ligar?",
        "Pode confirmar o telefone ligado à conta?",
        "Digite o seu número de celular.",
        "qual zap pra mandar o código?",
        "Um número de contato caso a ligação caia?",
        "Com que telemóvel se registou?",
    ],
    "PASSPORT_NUMBER": [
        "Qual é o número do passaporte da reserva?",
        "Informe o número do passaporte do passageiro.",
        "me manda o número do passaporte?",
        "Para o check-in preciso do número do passaporte.",
    ],
    "DRIVER_ID": [
        "Qual é o número da sua CNH?",
        "Digite o número da carta de condução.",
        "qual o número da habilitação?",
        "Preciso do número da carteira de motorista para o aluguel.",
    ],
    "PASSWORD": [
        "Qual senha você tentou usar?",
        "Digite a senha temporária que recebeu.",
        "que senha tá colocando?",
        "Pode dizer a palavra-passe que definiu para eu ver o formato?",
    ],
    "USERNAME": [
        "Qual é o seu nome de usuário?",
        "Com que utilizador entra na aplicação?",
        "qual teu user no app?",
        "Confirme o usuário da conta, por favor.",
    ],
    "IP_ADDRESS": [
        "Qual endereço IP aparece na tela de erro?",
        "Que IP o roteador mostra?",
        "entra no meuip e me fala o que aparece",
        "De qual endereço IP você conectou?",
    ],
    "BR_CPF": [
        "Qual é o seu CPF?",
        "Para confirmar a titularidade, informe o CPF, por favor.",
        "me passa teu cpf?",
        "Digite o CPF do titular.",
    ],
    "BR_CNPJ": [
        "Qual é o CNPJ da empresa?",
        "Informe o CNPJ para a nota fiscal, por favor.",
        "me passa o cnpj?",
        "Preciso do CNPJ cadastrado.",
    ],
    "PT_NIF": [
        "Qual é o seu NIF?",
        "Indique o número de contribuinte, por favor.",
        "pode dar o nif para a fatura?",
        "Preciso do número de identificação fiscal.",
    ],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": [
        "meu cartão é {v}",
        "cartão: {v}",
        "é o visa, {v}",
        "número do cartão {v}",
        "cartao de debito {v}",
        "o cartão de crédito é {v}",
    ],
    "CREDIT_DEBIT_CVV": ["cvv é {v}", "código de segurança {v}", "o código atrás é {v}", "cvc {v}"],
    "CREDIT_DEBIT_EXPIRY": ["vence {v}", "validade {v}", "válido até {v}", "venc {v}"],
    "PIN": ["meu pin é {v}", "senha: {v}", "a senha do cartão é {v}", "PIN {v} acho"],
    "BANK_ACCOUNT_NUMBER": ["conta {v}", "número da conta: {v}", "minha conta é {v}", "cc {v}"],
    "BANK_ROUTING": ["agência {v}", "ag {v}", "a agência é {v}", "agencia: {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "IBAN: {v}",
        "meu iban é {v}",
        "iban {v}",
        "segue o IBAN {v}",
    ],
    "SWIFT_CODE": ["swift {v}", "o BIC é {v}", "código swift: {v}", "bic {v}"],
    "EMAIL": ["meu email é {v}", "e-mail: {v}", "pode mandar pra {v}", "tá no nome de {v}"],
    "PHONE": [
        "meu número é {v}",
        "tel {v}",
        "meu cel é {v}",
        "me liga no {v}",
        "telemóvel: {v}",
        "whats {v}",
    ],
    "PASSPORT_NUMBER": [
        "passaporte {v}",
        "meu passaporte é {v}",
        "passaporte: {v}",
        "nº do passaporte {v}",
    ],
    "DRIVER_ID": [
        "cnh {v}",
        "minha habilitação é {v}",
        "carta de condução: {v}",
        "número da CNH {v}",
    ],
    "PASSWORD": ["a senha é {v}", "senha: {v}", "minha palavra-passe {v}", "coloquei {v} de senha"],
    "USERNAME": ["usuário {v}", "meu login é {v}", "user: {v}", "utilizador {v}"],
    "IP_ADDRESS": ["meu ip é {v}", "IP: {v}", "endereço ip {v}", "aparece o ip {v}"],
    "BR_CPF": ["cpf {v}", "meu CPF é {v}", "CPF: {v}", "o cpf é {v}"],
    "BR_CNPJ": ["cnpj {v}", "o CNPJ é {v}", "CNPJ: {v}", "cnpj da empresa {v}"],
    "PT_NIF": ["nif {v}", "o meu NIF é {v}", "contribuinte {v}", "NIF: {v}"],
}
FILLER = [
    "{v}",
    "é o {v}",
    "claro {v}",
    "tá {v}",
    "é {v}",
    "{v} 😘",
    "hmm {v}",
    "segue: {v}",
    "sim é {v}",
    "{v} acho",
    "toma {v}",
    "{v} obrigado",
]
MULTI_CONT = ["{v}", "e {v}", "{v} pronto", "...{v}", "{v} foi mal", "depois {v}"]
MULTI_LEAD = ["é grande pera", "vou mandar em partes", "", "pera"]
BACK_Q = ["o que tá no cartão?", "o antigo ou o novo?", "inteiro?", "o do extrato?"]
BACK_YES = ["Sim, esse por favor.", "Sim, completo.", "Isso mesmo.", "Exato, obrigado."]
WAIT = ["um seg", "deixa eu ver", "pera que vou procurar", "vou pegar a carteira"]
DODGE = [
    "pra que vocês precisam disso?",
    "prefiro não mandar isso aqui",
    "esquece, vou ter o dinheiro de volta ou não",
    "não tenho aqui agora",
]
REASK = [
    "Desculpe, isso não parece correto, pode enviar de novo?",
    "Não consegui ler, pode digitar outra vez?",
    "parece que falta algo, reenvia?",
    "Pode verificar e mandar mais uma vez?",
]
WRONG = ["desculpa errei, é {v}", "não pera {v}", "opa esse era o antigo. {v}", "corrigindo: {v}"]
PARTIAL_ASK = [
    "Pode confirmar os quatro últimos dígitos do cartão?",
    "Quais são os últimos quatro dígitos do cartão usado?",
    "só os quatro ultimos digitos do cartao pfv",
    "O cartão termina em quê?",
]
PAIR_ASK = [
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY", "O número do cartão e a validade, por favor."),
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY", "manda o número do cartão e quando vence"),
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV", "Informe a validade e o código de segurança."),
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV", "e a validade + cvv?"),
]
PAIR_BARE = ["{v} {w}", "{v} / {w}", "{v}, {w}", "tá {v} e {w}", "{v}\n{w}", "então {v} - {w}"]
NONE_LINES = ["confere esse aqui {v}", "{v} <- tá certo?", "copiei: {v}", "e esse {v}?"]
DIFF_PREFIX = ["isso não sei mas ", "não faço ideia, ", "não acho. ", "sei lá, "]
KEEP_ASK = {
    "order_number": [
        "Qual é o número do pedido?",
        "Pode me passar a referência da encomenda?",
        "qual pedido? o número pfv",
        "Digite o número do seu pedido.",
    ],
    "tracking_number": [
        "Tem o código de rastreio?",
        "qual código de rastreamento te mandaram?",
        "O número de rastreio do e-mail, por favor.",
    ],
    "postal_code": ["Qual é o CEP?", "Para qual código postal vai a encomenda?", "cep?"],
    "zip_code": ["Qual o ZIP?", "zip do endereço de cobrança?"],
    "date": [
        "Qual era a data de entrega prevista?",
        "Quando fez a compra?",
        "que dia foi a cobrança?",
    ],
    "time": [
        "Que horas podemos retornar a ligação?",
        "Mais ou menos que horas aconteceu?",
        "que horas o entregador passa?",
    ],
    "price": ["Quanto foi cobrado?", "Qual valor aparece no extrato?", "foi quanto?"],
    "quantity": ["Quantos itens faltaram?", "Quantos você pediu?", "quantas caixas chegaram?"],
    "product_model": ["Qual é o modelo?", "Que modelo aparece na etiqueta?"],
    "version": ["Qual versão do app você tem?", "Que versão aparece nas definições?"],
    "invoice_number": ["Qual é o número da nota fiscal?", "Pode ler a referência da fatura?"],
    "ticket_reference": ["Tem um número de protocolo?", "qual o número do chamado?"],
    "year": ["Em que ano abriu a conta?", "O carro é de que ano?"],
    "flight_number": ["Qual é o número do voo?", "em qual voo você tá?"],
    "store_number": ["Em qual loja comprou? O número está no cupom.", "qual o número da loja?"],
}
KEEP_BARE = [
    "{k}",
    "é o {k}",
    "{k} eu acho",
    "ah {k}",
    "isso {k}",
    "{k} !",
    "deve ser {k}",
    "{k} pelo email",
]
KEEP_FREE = [
    "pedi {quantity} no dia {date} e só chegou um",
    "o pedido {order_number} continua em separação",
    "me cobraram {price} em vez do preço da promo",
    "o rastreio {tracking_number} tá parado faz uma semana",
    "meu protocolo antigo era {ticket_reference}",
    "a entrega era dia {date} às {time}",
    "to na versão {version} do app",
    "é o {product_model}, comprei em {year}",
    "viajo amanhã no voo {flight_number}",
    "a fatura {invoice_number} veio com o endereço errado",
    "comprei na loja {store_number}",
    "paguei {price} no pedido {order_number}",
]
