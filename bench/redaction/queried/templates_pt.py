"""Portuguese chats (Brazil, Portugal). Hand-written; one template per line.

Even lines of a block go to dev, odd lines to sealed (see generate.py).
"""

LANG = "pt"
_COMMON = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "PASSWORD",
    "USERNAME",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
]
LOCALES = {
    "pt-BR": _COMMON + ["BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "BR_CPF", "BR_CNPJ", "IP_ADDRESS"],
    "pt-PT": _COMMON + ["PT_NIF", "SWIFT_CODE", "IP_ADDRESS"],
}

ASK = {
    "CREDIT_DEBIT_NUMBER": """
Poderia me informar o número do cartão?
Digite os dezesseis dígitos do seu cartão, por favor.
qual o numero do cartao?
Para o estorno preciso do número do cartão usado na compra.
Pode mandar o número completo do cartão? sem espaços
Indique por favor o número do cartão de crédito ou débito.
""",
    "CREDIT_DEBIT_CVV": """
E o código de segurança atrás?
Por favor digite o CVV que está no verso do cartão.
me passa os três numerozinhos de trás
Agora preciso do código CVC, por favor.
""",
    "CREDIT_DEBIT_EXPIRY": """
Qual é a data de validade?
Digite a validade no formato MM/AA.
e vence quando?
Pode confirmar a data de expiração do cartão?
""",
    "PIN": """
Por segurança, digite sua senha de quatro dígitos do cartão.
Qual o PIN que definiu na abertura da conta?
consegue digitar o código que chegou por sms?
Preciso do PIN para desbloquear o cartão.
""",
    "BANK_ACCOUNT_NUMBER": """
Em qual número de conta fazemos a devolução?
Por favor, digite o número da sua conta corrente.
me passa o nº da conta?
Pode confirmar a conta para o débito automático?
""",
    "BANK_ROUTING": """
E a agência?
Informe o número da agência, por favor.
qual a agencia?
Pode me passar a agência da conta?
""",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": """
Pode me enviar o seu IBAN para a transferência?
Por favor, indique o IBAN completo.
qual é o teu iban
Preciso do IBAN da conta onde quer receber o reembolso.
""",
    "SWIFT_CODE": """
E o código SWIFT/BIC do banco?
Indique o BIC do banco, por favor.
tens o swift à mão?
Também precisamos do código SWIFT do banco de destino.
""",
    "EMAIL": """
Qual e-mail está cadastrado na conta?
Por favor confirme o seu endereço de e-mail.
pra qual email mando o comprovante?
Qual foi o e-mail usado na compra?
Para verificação, qual o e-mail associado à conta?
teu email?
""",
    "PHONE": """
Em que número podemos ligar para você?
Digite o número de celular vinculado à sua conta.
me passa um telefone caso a conversa caia?
qual o seu zap?
Pode confirmar o telemóvel para o estafeta?
Com que número se registou?
""",
    "PASSPORT_NUMBER": """
Para a reserva precisamos do número do passaporte.
Digite o número do passaporte exatamente como aparece.
qual o nº do passaporte?
Pode confirmar o passaporte do passageiro?
""",
    "DRIVER_ID": """
Pode me informar o número da sua CNH?
Indique o número da carta de condução, por favor.
qual o numero da habilitação?
A locadora pede o número do registro da CNH.
""",
    "PASSWORD": """
Qual senha você tentou usar?
Digite a senha provisória que recebeu por e-mail, por favor.
qual senha vc colocou?
Pode dizer-me a palavra-passe que experimentou?
""",
    "USERNAME": """
Qual é o seu usuário no app?
Digite o seu nome de utilizador.
entra com qual login?
Pode confirmar o ID de usuário?
""",
    "IP_ADDRESS": """
Pode me dizer o endereço IP que aparece no roteador?
Indique o IP do aparelho bloqueado.
qual ip ta aparecendo?
Que IP aparece no ecrã de diagnóstico?
""",
    "BR_CPF": """
Para confirmar a titularidade, qual o seu CPF?
Digite o CPF do titular, somente números.
me passa seu cpf?
Pode informar o CPF cadastrado?
""",
    "BR_CNPJ": """
Qual o CNPJ da empresa para a nota fiscal?
Digite o CNPJ do cadastro.
me passa o cnpj da loja?
A nota sai em qual CNPJ?
""",
    "PT_NIF": """
Deseja fatura com contribuinte? Qual o NIF?
Indique o seu número de contribuinte, por favor.
qual é o teu nif?
Para a fatura preciso do NIF.
""",
}

BARE = """
é o {v}
sim é {v}
claro, {v}
tá {v}
ok {v}
sim {v}
{v} 👍🏽
aqui {v}
acho que é {v}
{v} obg
então {v}
{v} acho
olha, {v}
lá vai: {v}
beleza, {v}
pronto {v}
seria {v}
{v} 🙏
"""

PRE = """
só um seg
deixa eu ver
peraí que vou buscar
um momento
já te passo
vou ver na carteira
hmm espera
calma ai
"""

QBACK = """
o do cartão?
qual? o novo ou o antigo?
o comprido?
o que veio no email?
o número todo??
o meu ou o da minha mãe?
"""

AGENT_YES = """
Isso, esse mesmo.
exato
Correto, o da compra de hoje.
É esse mesmo 🙂
sim por favor
O atual, obrigado.
"""

REASK = """
Hmm, parece que não está certo, pode enviar de novo?
Acho que falta um dígito, pode digitar outra vez?
O sistema recusou, tenta novamente?
desculpa não chegou direito, manda de novo?
Esse dado não confere, por favor verifique.
não consegui ler, repete?
"""

CORRECT = """
desculpa errei, é {v}
ops esse era o antigo. {v}
pera não, {v}
não não, o certo é {v}
digitei errado: {v}
aliás {v} desculpa
"""

NAME = {
    "CREDIT_DEBIT_NUMBER": ["cartão", "numero do cartao", "cartao de credito", "visa"],
    "CREDIT_DEBIT_CVV": ["cvv", "código de segurança", "cvc"],
    "CREDIT_DEBIT_EXPIRY": ["validade", "vencimento", "val"],
    "PIN": ["pin", "senha do cartão", "PIN"],
    "BANK_ACCOUNT_NUMBER": ["conta", "número da conta", "conta corrente", "cc"],
    "BANK_ROUTING": ["agência", "agencia", "ag"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban"],
    "SWIFT_CODE": ["swift", "BIC", "código swift"],
    "EMAIL": ["email", "e-mail", "endereço de email"],
    "PHONE": ["celular", "telefone", "zap", "telemóvel", "número"],
    "PASSPORT_NUMBER": ["passaporte", "nº do passaporte"],
    "DRIVER_ID": ["cnh", "carta de condução", "habilitação"],
    "PASSWORD": ["senha", "palavra-passe", "password"],
    "USERNAME": ["usuário", "login", "utilizador"],
    "IP_ADDRESS": ["ip", "endereço ip"],
    "BR_CPF": ["cpf", "CPF"],
    "BR_CNPJ": ["cnpj", "CNPJ"],
    "PT_NIF": ["nif", "NIF", "contribuinte"],
}

NAMED = """
meu {n} é {v}
{n}: {v}
{n} {v}
segue {n} {v}
então o {n} é {v}
o {n} deve ser {v}
{n} -> {v}
ah e o {n} é {v} se precisar
acho que o {n} é {v}
o meu {n} = {v}
"""

TWO = {
    ("CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_EXPIRY"): """
Número do cartão e validade, por favor.
Digite o número do cartão seguido da data de validade.
me passa cartão e validade?
""",
    ("CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"): """
Agora a validade e o código de trás.
validade e cvv pf
Indique a validade e o código de segurança.
""",
    ("EMAIL", "PHONE"): """
Pode confirmar seu e-mail e um telefone de contato?
email e cel pro protocolo por favor
Que e-mail e que telemóvel usamos para o avisar?
""",
}

BARE2 = """
{v} {w}
{v} e {w}
{v}, {w}
{v}<br>{w}
segue: {v} / {w}
{v} depois {w}
"""

LAST4 = """
Pode confirmar os quatro últimos dígitos do cartão?
Só os últimos quatro do cartão, não o número inteiro.
quais os quatro ultimos numeros do cartao?
Digite os quatro últimos algarismos do seu cartão.
"""

SKIP = """
antes quero saber da entrega
não me sinto seguro passando isso aqui
pra que vc precisa disso?
deixa pra lá, o problema é que o app fecha sozinho
não dá pra resolver na loja?
desculpa meu filho chorando, onde a gente parou
não tem outro jeito?
"""

MK_ASK = {
    "order_number": """
Qual o número do pedido?
Digite o número do seu pedido, por favor.
me passa o nº do pedido?
Tem o número da encomenda do e-mail de confirmação?
De que pedido se trata? O número vem no recibo.
Pode indicar a referência da encomenda?
""",
    "tracking_number": """
Tem o código de rastreio?
Cole aqui o código de rastreamento do e-mail de envio.
qual o rastreio?
""",
    "postal_code": """
Qual o CEP de entrega?
Indique o código postal, por favor.
e o cep?
""",
    "date": """
Quando fez o pedido?
Em que dia devia chegar a entrega?
Qual dia fica bom para o técnico?
Em que data aparece a cobrança?
""",
    "time": """
A que horas podemos ligar?
Mais ou menos que horas o entregador passou?
que horas fica bom?
""",
    "price": """
Quanto foi cobrado?
Qual o valor que aparece no extrato?
quanto vc pagou?
""",
    "quantity": """
Quantos itens estão faltando?
Quantas peças chegaram partidas?
quantos vc pediu?
""",
    "product_model": """
Qual o modelo do aparelho?
Que modelo tem? Está na etiqueta por baixo.
qual modelo?
""",
    "version": """
Qual versão do app está usando? Fica em Ajustes > Sobre.
qual versão aparece?
""",
    "invoice_number": """
Pode me passar o número da nota fiscal?
Indique o número da fatura no canto superior direito.
""",
    "ticket_reference": """
Tem o número de protocolo do último atendimento?
qual era o teu número de ticket?
""",
    "year": """
Em que ano comprou?
o carro é de que ano?
""",
    "flight_number": """
Qual é o número do seu voo?
Indique o número do voo da sua reserva.
""",
    "store_number": """
Em que loja comprou? O número da loja está no talão.
qual o número da filial?
""",
}

MK_BARE = """
é o {v}
{v} acho
tá aqui {v}
seria o {v}
ahn {v}
o {v}
então o {v}
"""

MK_NAMED = {
    "order_number": [
        "pedido {v}",
        "meu número de pedido é {v}",
        "a encomenda {v} não chegou",
        "o pedido é o {v}",
    ],
    "tracking_number": ["o rastreio diz {v}", "código de rastreio {v}"],
    "postal_code": ["cep {v}", "o meu código postal é {v}"],
    "date": ["foi dia {v}", "pedi no dia {v}", "era pra chegar dia {v}"],
    "time": ["lá pelas {v}", "depois das {v}"],
    "price": ["me cobraram {v}", "custou {v}"],
    "quantity": ["{v} unidades", "só chegaram {v}"],
    "product_model": ["é o {v}", "modelo {v}"],
    "version": ["versão {v}", "tá {v} aqui"],
    "invoice_number": ["nota {v}", "fatura {v}"],
    "ticket_reference": ["protocolo {v}", "ticket {v}"],
    "year": ["comprei em {v}", "é de {v}"],
    "flight_number": ["voo {v}", "vou no {v}"],
    "store_number": ["loja {v}", "a filial {v}"],
}

OPEN = """
Olá! Obrigado por entrar em contato, aqui é a Ana. Como posso ajudar?
Olá! Você está falando com o assistente virtual. Em que posso ajudar hoje?
oi, aqui é o Rafa do suporte 👋
Boa tarde, obrigado por aguardar. Como posso ajudar?
Olá. Antes de começarmos, vou fazer algumas perguntas de verificação.
Bem-vindo ao Apoio ao Cliente. Um assistente irá atendê-lo em breve.
"""

CUST_OPEN = """
oi to com problema no meu pedido
alô?? tem alguém aí
fui cobrado duas vezes
quero mudar o endereço de entrega
a minha encomenda nunca chegou
oi não consigo entrar na minha conta
quero o reembolso pf
olá uma dúvida sobre a fatura
"""

CHAT = """
blz
obrigado
show obrigada
vai demorar muito?
kkkk ok
combinado
top
desculpa to no celular
que chato viu
perfeito
muito obrigada!!
sem problema
"""

AGENT_ACK = """
Obrigado, um momento enquanto verifico.
Recebido, obrigado!
Perfeito, estou verificando.
ok obg, só um instante
Obrigado. Aguarde um momento por favor.
Pronto, encontrei.
"""

CLOSE = """
Posso ajudar em mais alguma coisa?
Tudo resolvido! Tenha um ótimo dia.
Vai receber um e-mail de confirmação em breve. Até logo!
Obrigado pela paciência, um abraço.
"""

CUST_CLOSE = """
não é só isso obrigado
tchau
valeu!!
obrigadão
"""

CONT = """
e {v}
{v} pronto
depois {v}
{v} é isso
...{v}
{v} foi sem querer
"""
