# ruff: noqa: E501 - each string is one customer turn; wrapping it would hide its wording.
"""Portuguese customer turns (pt-BR, pt-PT). Sealed: never tune a detector against SEALED."""

DEV = [
    (
        "pt-BR",
        ["oi meu cartao é {CARD:plain} validade {EXP:cexp} cvv {CVV:letters}, pedido {#order}"],
    ),
    (
        "pt-BR",
        [
            "quero mudar o debito automatico",
            "agencia {ROUTING:plain} conta {ACCT:sod}",
            "meu cpf {CPF:noise}",
        ],
    ),
    ("pt-PT", ["o meu iban {IBAN:ibanb} e o bic {BIC:plain} obrigado"]),
    ("pt-BR", ["me liga no {PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    (
        "pt-PT",
        [
            "utilizador {USER:plain} palavra-passe {PW:plain}",
            "tentei https://{USER:urlcred}:{PW:urlcred}@portal.example.com desde a versao {#version}, nada",
        ],
    ),
    (
        "pt-BR",
        [
            "me manda email em {EMAIL:emailsp} ou pelo link https://ajuda.example.com/r?email={EMAIL:pct}"
        ],
    ),
    (
        "pt-BR",
        [
            "sou dev, isso vazou no chamado:",
            "AWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
            "ip {IP:plain} mac {MAC:plain}",
        ],
    ),
    (
        "pt-PT",
        [
            "passaporte {PASSPORT:plain} e carta de conducao {DL:plain} para levantar as {#time}",
            "o pin?",
            "{PIN:ctx}",
        ],
    ),
    (
        "pt-PT",
        [
            "DNI espanhol {DNI:plain}, NIE {NIE:sod}, curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:plain}"
        ],
    ),
    ("pt-BR", ["pros EUA: ssn {SSN:plain}, itin {ITIN:sod}", "e o NI ingles {NINO:plain}"]),
    (
        "pt-PT",
        [
            "cnpj {CNPJ:sod}",
            "numero de seguranca social frances {NIR:spelled}, id fiscal alemao {IDNR:plain}, NIF {NIF:plain}",
        ],
    ),
    (
        "pt-BR",
        ["numero do cartao {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga} foi mal caiu"],
    ),
]

SEALED = [
    (
        "pt-BR",
        [
            "Oi, cobraram R$ {#amount} duas vezes no pedido {#order}. cartao {CARD:sod} validade {EXP:plain}"
        ],
    ),
    ("pt-BR", ["meu cartao {CARD:noise} e o codigo de seguranca {CVV:spelled}"]),
    ("pt-PT", ["nr cartao {CARD:letters} validade {EXP:letters} se faz favor"]),
    ("pt-BR", ["oi meu cartao de debito", "{CARD:ctx}", "venc{EXP:cexp} cvv {CVV:plain}"]),
    (
        "pt-PT",
        [
            "Cartao {CARD:plain}, valido ate {EXP:plain}, os tres digitos atras {CVV:sod}. Reserva {#booking}"
        ],
    ),
    ("pt-BR", ["bloqueia o cartao {CARD:multi:ga}", "{CARD:multi:ga}", "{CARD:multi:ga}"]),
    (
        "pt-PT",
        ["o multibanco engoliu o cartao as {#time}, pin era {PIN:plain}, o novo {PIN:letters}"],
    ),
    ("pt-BR", ["minha senha do cartao é {PIN:spelled} kkk"]),
    ("pt-BR", ["o cvv?", "{CVV:ctx}"]),
    ("pt-BR", ["senha {PW:plain} usuario {USER:plain}, bloqueado desde {#date}"]),
    (
        "pt-PT",
        [
            "ficheiro .env do pedido {#ticket}:\nDB_PASSWORD={PW:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}"
        ],
    ),
    ("pt-BR", ["tentei ftp://{USER:urlcred}:{PW:urlcred}@arquivos.example.net deu erro {#model}"]),
    ("pt-BR", ["email novo {EMAIL:plain}, o antigo {EMAIL:emailsp} (escrevi errado antes)"]),
    ("pt-PT", ["o link de cancelar https://loja.example.org/sair?e={EMAIL:pct}&enc={#order}"]),
    ("pt-BR", ["me liga {PHONE:plain} ou meu marido {PHONE:sod} depois das {#time}"]),
    ("pt-PT", ["o meu numero {PHONE:spelled}"]),
    ("pt-PT", ["fixo {PHONE:letters}, andar {#room}, codigo postal {#postcode}"]),
    ("pt-BR", ["o formulario https://operadora.example.com/retorno?tel={PHONE:pct}"]),
    ("pt-BR", ["meu zap", "{PHONE:multi:ga}", "{PHONE:multi:ga}"]),
    ("pt-BR", ["pix nao foi, ted: agencia {ROUTING:sod}, conta {ACCT:plain}, valor R$ {#amount}"]),
    ("pt-BR", ["ag {ROUTING:noise} cc {ACCT:letters}"]),
    ("pt-PT", ["a conta para o debito", "{ACCT:ctx}"]),
    ("pt-BR", ["conta {ACCT:multi:ga}", "{ACCT:multi:ga} essa é a poupança"]),
    ("pt-PT", ["reembolso para o IBAN {IBAN:plain} BIC {BIC:sod}"]),
    ("pt-PT", ["iban (copiei da app desculpe)\n{IBAN:ibanb}"]),
    ("pt-BR", ["conta internacional {IBAN:sod} swift {BIC:plain}"]),
    ("pt-BR", ["cpf {CPF:plain}, nota fiscal {#invoice}"]),
    ("pt-BR", ["meu cpf {CPF:letters} moro no numero {#street}"]),
    ("pt-BR", ["cnpj da loja {CNPJ:plain}, {#count} caixas"]),
    ("pt-PT", ["contribuinte {NIF:sod} para a fatura"]),
    ("pt-PT", ["NIF {NIF:multi:ga}", "{NIF:multi:ga}"]),
    ("pt-BR", ["voo {#flight} amanha, passaporte {PASSPORT:sod}", "cnh {DL:noise}"]),
    ("pt-PT", ["carta {DL:plain} passaporte {PASSPORT:noise}"]),
    (
        "pt-BR",
        ["o roteador mostra ip {IP:noise} e mac {MAC:sod}, modelo {#model} firmware {#version}"],
    ),
    ("pt-BR", ["chave de acesso {AKID:plain} secreta {AKSECRET:plain} revoga por favor"]),
    ("pt-PT", ["dni {DNI:sod} nie {NIE:noise} para o contrato {#contract}"]),
    ("pt-BR", ["curp {CURP:sod} rfc {RFC:noise} clabe {CLABE:spelled}"]),
    (
        "pt-BR",
        ["ssn {SSN:noise} itin {ITIN:plain} para o imposto {#year}", "NI britanico {NINO:sod}"],
    ),
    ("pt-PT", ["NIR frances {NIR:plain} steuer-id {IDNR:sod}"]),
    ("pt-BR", ["Rastreio {#tracking} diz entregue. cartao {CARD:plain} val{EXP:cexp} estorno pfv"]),
    ("pt-BR", ["o IP", "{IP:ctx}"]),
    (
        "pt-BR",
        ["pedido {#order} do dia {#date} de R$ {#amount}, nada ainda", "meu celular {PHONE:plain}"],
    ),
]
