"""Portuguese customer chats (Brazil, Portugal), written by hand. Slot syntax as in templates_en."""

LOCALES = ["pt-BR", "pt-BR", "pt-PT", "pt-BR", "pt-PT"]

TEMPLATES = [
    (
        "oi",
        "meu cartão foi recusado na loja {k:store_number}, compra de {k:price}. cartão {CARD} validade {EXP}",
    ),
    ("quero trocar o cartão do débito automático", "o novo é {CARD} cvv {CVV}", "valeu!"),
    (
        "moço meu pedido {k:order_number} diz entregue mas não chegou nada 😭 meu cel {PHONE}",
        "meu email é {EMAIL}",
    ),
    (
        "Boa tarde, a fatura {k:invoice_number} foi cobrada duas vezes ({k:price}) no cartão {CARD}.",
        "{ANY}",
    ),
    ("numero do cartao {MM1:CARD}", "{MM2}", "{MM3}"),
    (
        "o app da erro {k:error_code} desde que atualizei pra {k:version}, conta {EMAIL}",
        "usuario {USER} senha {PWD}",
    ),
    ("mudei de casa, CEP {k:postal_code}. meu cel {PHONE}", "e {ANY}"),
    ("pra transferencia: agência {ROUTING} conta {ACCT}", "meu CPF {CPF}"),
    ("pro imposto de renda: {ANY} e {ANY}", "desculpa a bagunça kkk"),
    (
        "sinistro da apólice {k:policy_number}, foi dia {k:date} umas {k:time}, me liguem no {PHONE}",
        "NIF {NIF}",
        "{ANY}",
    ),
    (
        "o modem {k:product_model} cai a cada {k:count} min, titular {EMAIL}",
        "mac {MAC} ip {IP}",
        "contratei {k:data_size} e não chega",
    ),
    ("entro com {EMAIL}", "{ANY}", "protocolo {k:ticket_number}, {ANY}"),
    (
        "voo {k:flight_number} dia {k:date}, localizador {k:booking_reference}, paguei com {CARD}",
        "passaporte {PASSPORT} e {ANY}",
    ),
    ("cartão bloqueado, a senha era {PIN}", "ah não, já consegui"),
    ("meu zap {MM1:PHONE}", "{MM2}"),
    ("colei aqui o que o técnico pediu", "{SECRET}\n{AKID}"),
    ("Olá, quarto {k:room_number}, {k:quantity} noites, paguei com o cartão {CARD}", "{ANY}"),
    (
        "pq a conta de luz veio {k:percentage} mais cara?? leitura {k:meter_reading}, {ANY}",
        "CNPJ da loja {CNPJ}",
        "{ANY} se precisar",
    ),
    ("to resolvendo as coisas da minha mãe, {ANY}", "o {ANY} dela", "obrigada pela paciência"),
    ("iban {MM1:IBAN}", "{MM2}"),
    (
        "a encomenda {k:tracking_number} tá parada desde {k:date}, o entregador tem meu {PHONE}",
        "que saco",
    ),
    ("{CARD} - {EXP} - {CVV}", "{ANY}"),
    ("multa do carro {k:plate_number} de {k:year}, CNH {DL}", "{ANY}"),
    (
        "o assento {k:seat_number} tava ocupado, comprei com passaporte {PASSPORT}",
        "email {EMAIL} e telemóvel {PHONE}",
    ),
    ("oie tudo bem? a fatura {k:invoice_number} veio duplicada", "debitou da {ANY}"),
    ("cpf do titular {MM1:CPF}", "{MM2}"),
]

LEXICON = {
    "CREDIT_DEBIT_NUMBER": ["cartão {v}", "meu cartao de credito {v}"],
    "CREDIT_DEBIT_CVV": ["codigo de seguranca {v}", "cvv {v}"],
    "CREDIT_DEBIT_EXPIRY": ["vencimento {v}", "validade {v}"],
    "PIN": ["senha do cartao {v}", "pin {v}"],
    "BANK_ACCOUNT_NUMBER": ["conta corrente {v}", "nº da conta {v}"],
    "BANK_ROUTING": ["agência {v}", "ag {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "meu iban: {v}"],
    "SWIFT_CODE": ["swift {v}", "codigo BIC {v}"],
    "EMAIL": ["me manda email em {v}", "e-mail: {v}"],
    "PHONE": ["me liga no {v}", "meu whats {v}"],
    "SSN": ["meu SSN americano {v}", "social security {v}"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["meu ITIN {v}", "itin {v}"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["national insurance do reino unido {v}", "NINO {v}"],
    "PASSPORT_NUMBER": ["passaporte {v}", "nº do passaporte {v}"],
    "DRIVER_ID": ["CNH {v}", "carta de condução {v}"],
    "PASSWORD": ["a senha é {v}", "senha: {v}"],
    "USERNAME": ["usuário {v}", "meu login {v}"],
    "IP_ADDRESS": ["meu ip {v}", "IP: {v}"],
    "MAC_ADDRESS": ["endereço mac {v}", "MAC do roteador {v}"],
    "AWS_ACCESS_KEY": ["access key {v}", "chave de acesso {v}"],
    "AWS_SECRET_KEY": ["chave secreta {v}", "secret {v}"],
    "ES_DNI": ["DNI espanhol {v}", "dni {v}"],
    "ES_NIE": ["NIE da espanha {v}", "nie {v}"],
    "MX_CURP": ["CURP mexicano {v}", "curp {v}"],
    "MX_RFC": ["RFC {v}", "meu RFC {v}"],
    "MX_CLABE": ["CLABE {v}", "conta clabe {v}"],
    "BR_CPF": ["cpf {v}", "meu CPF é {v}"],
    "BR_CNPJ": ["cnpj {v}", "CNPJ da empresa {v}"],
    "FR_NIR": ["numero da segurança social francesa {v}", "NIR {v}"],
    "DE_TAX_ID": ["id fiscal alemão {v}", "Steuer-ID {v}"],
    "PT_NIF": ["NIF {v}", "número de contribuinte {v}"],
}
