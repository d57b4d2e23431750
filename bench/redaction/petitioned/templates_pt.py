"""Portuguese chat templates (Brazil, Portugal), written by hand. Even lines -> dev, odd -> sealed."""

LANG = "pt"
LOCALES = ["pt-BR", "pt-PT"]
DIGITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
NOISE = [" ", "-", " | ", " / ", " 😅 ", " e ", " depois ", "\n", " ... ", ". "]
AT = [" arroba ", " @ ", " (arroba) "]
DOT = [" ponto ", " . ", " (ponto) "]
MONTHS = [
    "jan",
    "fev",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "ago",
    "set",
    "out",
    "nov",
    "dez",
]

GREET = """Olá, obrigado por entrar em contato! Sou a Camila, como posso ajudar?
Boa tarde, aqui é o Rafael do atendimento.
Oi! Bem-vindo ao suporte, me conta o que aconteceu.
Olá, sou o assistente virtual 🤖. Descreva seu pedido em poucas palavras.
Obrigada pela espera, você está falando com a Beatriz.
Bem-vindo. Em breve um atendente vai responder."""

OPEN = """oi fui cobrado duas vezes
ola minha encomenda nunca chegou
oi queria atualizar meus dados pfv
bom dia nao consigo entrar no app
oi meu cartao foi recusado nao sei pq
minha conta ta bloqueada
boa noite quero cancelar uma compra
olá preciso de ajuda com uma transferência"""

CHAT = """ok
tá
sim
ok obrigado
blz
beleza
hmm tá
ah ok
kkkk ok
perfeito
valeu!!
pronto
ok fixe
tranquilo"""

ASK = {
    "CREDIT_DEBIT_NUMBER": """Poderia confirmar o número do cartão?
Por favor digite os dezesseis dígitos do seu cartão.
pagou com qual cartão? preciso do número inteiro
Me passa o número do cartão pra eu achar a cobrança?""",
    "CREDIT_DEBIT_CVV": """E os três números de trás?
Digite o código de segurança (CVV) do cartão.
Também preciso do CVC pra validar.
Qual é o código de segurança?""",
    "CREDIT_DEBIT_EXPIRY": """Quando vence o cartão?
Por favor informe a data de validade (MM/AA).
pode confirmar a validade do cartão?
E a data de expiração?""",
    "PIN": """Por segurança, digite sua senha de quatro dígitos do cartão.
Pode confirmar o PIN?
Qual é o código PIN?
Introduza o PIN agora.""",
    "BANK_ACCOUNT_NUMBER": """Em qual conta fazemos o reembolso? Só o número da conta.
Digite o número da sua conta.
Pode confirmar o número da conta debitada?
qual o nº da conta""",
    "BANK_ROUTING": """E a agência?
Qual é o número da agência?
pode me passar a agência também?
Digite os quatro dígitos da agência.""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """Pode enviar o IBAN para a transferência?
Por favor introduza o seu IBAN.
qual é o IBAN
Só falta o IBAN e está feito.""",
    "SWIFT_CODE": """E o BIC/SWIFT do banco?
Indique o código SWIFT do seu banco.
Tem o SWIFT?
Qual é o BIC?""",
    "EMAIL": """Qual e-mail está cadastrado?
Poderia confirmar seu e-mail para eu enviar o comprovante?
Digite o e-mail usado no cadastro.
mando pra qual email?""",
    "PHONE": """Em qual número podemos ligar?
Pode confirmar o celular cadastrado?
Por favor digite seu telefone com DDD.
Um número de contacto?""",
    "PASSPORT_NUMBER": """Qual o número do passaporte usado na reserva?
Digite o número do seu passaporte.
Nº do passaporte?
E o número do passaporte?""",
    "DRIVER_ID": """Pode confirmar o número da sua CNH?
Digite o número da carta de condução.
Qual o número da habilitação pro aluguel?
Preciso do número da carta para o adicionar como condutor.""",
    "PASSWORD": """Qual senha você está tentando? Vejo se atende as regras.
Digite a senha temporária que recebeu.
qual senha você colocou da última vez?
Pode me mandar a palavra-passe que tentou?""",
    "USERNAME": """Qual é o seu usuário?
Digite seu nome de utilizador.
Você entra com qual login?
me fala seu usuário""",
    "IP_ADDRESS": """Qual endereço IP aparece no diagnóstico?
Digite o IP do seu roteador.
a câmera está em qual IP?
Qual é o IP da mensagem de erro?""",
    "BR_CPF": """Pode me informar seu CPF?
Digite o CPF do titular.
qual seu cpf?
Para confirmar a titularidade preciso do CPF.""",
    "BR_CNPJ": """Qual é o CNPJ da empresa?
Digite o CNPJ para a nota fiscal.
me passa o cnpj?
A nota sai em qual CNPJ?""",
    "PT_NIF": """Qual é o seu NIF para a fatura?
Introduza o número de contribuinte.
pode dar-me o NIF?
Fatura com que número de contribuinte?""",
}

KEEP_ASK = {
    "order_number": """Qual é o número do pedido?
Pode passar o número da encomenda do e-mail de confirmação?
Digite o número do seu pedido.
é sobre qual pedido?""",
    "tracking_number": """Tem o código de rastreio?
Pode enviar o número de rastreamento?
qual código de rastreio a transportadora te deu?""",
    "postal_code": """Qual é o CEP de entrega?
Pode confirmar o código postal?
Digite seu CEP.""",
    "date": """Em que dia chegou?
Quando fez a compra?
Em que data aparece a cobrança?""",
    "time": """Que horas tentou pagar?
A que horas ligamos?
Mais ou menos que horas deu o erro?""",
    "price": """Quanto foi cobrado?
De quanto foi a cobrança?
quanto custou o produto?""",
    "quantity": """Quantos itens faltam?
Quantas unidades pediu?
quantas caixas chegaram?""",
    "product_model": """Qual é o modelo?
Pode dizer o modelo da etiqueta?
Qual é o modelo do roteador?""",
    "ticket_reference": """Tem o número de protocolo da última vez?
Qual é o número do chamado?
Digite o número do protocolo.""",
    "store_number": """Em qual loja comprou? O número vem no cupom.
Qual o número da loja?""",
    "flight_number": """Qual é o seu voo?
Pode dar o número do voo?""",
    "invoice_number": """Qual o número da nota fiscal?
Pode passar o número da fatura?""",
}

NAMES = {
    "CREDIT_DEBIT_NUMBER": [
        "cartão",
        "numero do cartao",
        "nº do cartão",
        "cartao de credito",
        "visa",
    ],
    "CREDIT_DEBIT_CVV": ["cvv", "codigo de seguranca", "cvc", "codigo de tras"],
    "CREDIT_DEBIT_EXPIRY": ["validade", "vencimento", "venc", "val"],
    "PIN": ["pin", "senha do cartao", "PIN"],
    "BANK_ACCOUNT_NUMBER": ["conta", "numero da conta", "nº da conta", "cc"],
    "BANK_ROUTING": ["agencia", "agência", "ag"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["iban", "IBAN", "nib"],
    "SWIFT_CODE": ["swift", "bic", "BIC"],
    "EMAIL": ["email", "e-mail", "mail"],
    "PHONE": ["cel", "celular", "telemovel", "telefone", "zap", "whats"],
    "PASSPORT_NUMBER": ["passaporte", "nº passaporte"],
    "DRIVER_ID": ["cnh", "carta de conducao", "habilitacao"],
    "PASSWORD": ["senha", "palavra-passe", "password"],
    "USERNAME": ["usuario", "login", "utilizador", "user"],
    "IP_ADDRESS": ["ip", "IP", "endereco ip"],
    "BR_CPF": ["cpf", "CPF"],
    "BR_CNPJ": ["cnpj", "CNPJ"],
    "PT_NIF": ["nif", "NIF", "contribuinte"],
}

KEEP_NAMES = {
    "order_number": ["pedido", "nº do pedido", "encomenda", "numero do pedido"],
    "tracking_number": ["rastreio", "codigo de rastreio"],
    "postal_code": ["cep", "codigo postal", "CEP"],
    "date": ["chegou dia", "dia", "comprei dia"],
    "time": ["as", "la pelas"],
    "price": ["cobraram", "foi", "custou"],
    "quantity": ["faltam", "pedi", "chegaram"],
    "product_model": ["modelo", "é o"],
    "ticket_reference": ["protocolo", "chamado"],
    "store_number": ["loja"],
    "flight_number": ["voo"],
    "invoice_number": ["nota", "fatura"],
}

NAMED = """meu {n} é {v}
{n}: {v}
{n} {v}
ok segue o {n} {v}
o {n} deve ser {v}
{v} é o meu {n}
{n} = {v}
entao {n} {v}"""

FILLER = """{v}
é o {v}
sim {v}
é {v}
ok {v}
hmm {v}
isso {v}
{v} acho
pronto {v}
{v} 👍
ta aqui {v}"""

WAIT = """um segundo
deixa eu ver
peraí to procurando
só um minuto
espera ai
vou verificar"""

QBACK = """o que ta no cartao?
qual, o antigo ou o novo?
o do cadastro?
precisa dele inteiro?
o comprido?"""

CONFIRM = """Sim, esse por favor.
Isso, completo.
Exatamente.
Sim, por favor."""

REASK = """Desculpe, não parece correto, pode enviar de novo?
Hmm, não passou. Pode conferir?
Acho que falta um dígito, pode digitar de novo?
Esse não bate com nosso cadastro, pode verificar?"""

CORRECT = """desculpa mandei errado, é {v}
opa {v}
não pera é {v}
digitei errado: {v}
o certo é {v}"""

OFFTOPIC = """pra que vocês precisam disso
não dá pra só reembolsar
não quero mandar isso por chat
que chato viu
posso falar com uma pessoa?
a loja abre domingo?"""

MULTI_MORE = """{v}
e {v}
depois {v}
{v} foi sem querer
o resto é {v}"""

TWO_ASK = """Pode me passar o número do cartão e a validade?
Digite o número do cartão seguido da data de validade.
Preciso do cartão e de quando vence."""

TWO_ANS = """{a} val {b}
{a} e vence {b}
cartão {a} validade {b}
{a} {b}"""

LAST4_ASK = """Pode confirmar os quatro últimos dígitos do cartão?
Quais são os quatro últimos do cartão usado?
Só os quatro últimos dígitos, por favor, não o número todo."""

LAST4_ANS = """{v}
termina em {v}
os ultimos sao {v}
é {v}"""

CLOSE = """Obrigado, já está resolvido. Mais alguma coisa?
Perfeito, atualizei aqui.
Encaminhei para a área responsável. Bom dia!
Obrigado pela paciência, você vai receber um e-mail em breve."""

THANKS = """valeu tchau
muito obrigado!!
ok obrigada
show obrigado 🙏
não é só isso"""
