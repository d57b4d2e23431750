"""Portuguese customer messages (Brazil, Portugal), hand-written. Same slot syntax as templates_en."""

LOCALES = ["pt-BR", "pt-PT", "pt-BR", "pt-BR", "pt-PT"]
DIGITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
NOISE = [" | ", " / ", " 👉 ", " e depois ", "\n", " 🙏 ", " ... "]
AT = [" arroba ", " (arroba) ", " @rroba "]
DOT = [" ponto ", " (ponto) ", " [ponto] "]

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["meu cartão", "numero do cartao"],
    "CREDIT_DEBIT_CVV": ["o cvv", "codigo de seguranca"],
    "CREDIT_DEBIT_EXPIRY": ["validade", "vencimento"],
    "PIN": ["minha senha do cartão", "o pin"],
    "BANK_ACCOUNT_NUMBER": ["conta", "numero da conta"],
    "BANK_ROUTING": ["agência", "ag"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["meu IBAN", "o iban"],
    "SWIFT_CODE": ["swift", "BIC"],
    "EMAIL": ["meu email", "o e-mail"],
    "PHONE": ["meu zap", "telemóvel"],
    "SSN": ["meu SSN americano", "social security"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "meu itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["NI do reino unido", "national insurance"],
    "PASSPORT_NUMBER": ["passaporte", "nº do passaporte"],
    "DRIVER_ID": ["CNH", "carta de condução"],
    "PASSWORD": ["senha", "a palavra-passe"],
    "USERNAME": ["usuário", "meu login"],
    "IP_ADDRESS": ["o ip", "meu IP"],
    "MAC_ADDRESS": ["endereço MAC", "o mac"],
    "AWS_ACCESS_KEY": ["access key", "chave de acesso"],
    "AWS_SECRET_KEY": ["secret key", "chave secreta"],
    "ES_DNI": ["DNI espanhol", "dni"],
    "ES_NIE": ["NIE", "meu nie"],
    "MX_CURP": ["CURP", "a curp"],
    "MX_RFC": ["RFC", "rfc mexicano"],
    "MX_CLABE": ["CLABE", "a clabe"],
    "BR_CPF": ["CPF", "meu cpf"],
    "BR_CNPJ": ["CNPJ", "cnpj da empresa"],
    "FR_NIR": ["numero de segurança social francês", "NIR"],
    "DE_TAX_ID": ["Steuer-ID alemão", "id fiscal alemã"],
    "PT_NIF": ["NIF", "meu nif"],
}

GENERIC = [
    ["oi boa tarde, {@}: {?}"],
    ["{@} é {?} se ajudar"],
    ["entao {@} = {?} resolvam isso pfv"],
    ["desculpa um seg", "{@} {?} vlw"],
    ["o app pede {@}, coloquei {?} e dá erro [error_code]"],
    ["{@}?? é {?}"],
    ["{@} -> {?} pedido [order_number] aliás"],
    ["vou mandar {@} em partes", "{?~1}", "{?~2}"],
    ["{@} começa {?~1}", "depois {?~2}", "{?~3} pronto"],
    ["segue {@}:\n{?}\n(copiei das notas)"],
]

TEMPLATES = [
    ["oi, cobraram duas vezes no cartão {CREDIT_DEBIT_NUMBER} o pedido [order_number]"],
    [
        "cartao {CREDIT_DEBIT_NUMBER:spaced_or_dashed} validade {CREDIT_DEBIT_EXPIRY} cvv {CREDIT_DEBIT_CVV}"
    ],
    [
        "opa",
        "o cartão é {CREDIT_DEBIT_NUMBER~1}",
        "{CREDIT_DEBIT_NUMBER~2}",
        "val {CREDIT_DEBIT_EXPIRY:compact_expiry}",
    ],
    [
        "{CREDIT_DEBIT_NUMBER:split_by_noise} esse é o cartão, o pagamento de [price] do dia [date] não passou"
    ],
    ["o código atrás é {CREDIT_DEBIT_CVV:spelled_out}"],
    ["a senha do cartão é {PIN:context_only} acho, ou troquei em [year]"],
    ["nao consigo entrar!!! usuario {USERNAME} senha {PASSWORD}"],
    ["meu login é {USERNAME:context_only} e a senha {PASSWORD:context_only} kkkk"],
    ["tentei esse link e deu erro: {PASSWORD:url_credentials} 😩"],
    [
        "o estagiário colou isso no chamado [ticket_number] sem querer:\n{AWS_ACCESS_KEY:key_value_secret}\n{AWS_SECRET_KEY:key_value_secret}"
    ],
    ["manda no email {EMAIL} não no antigo pfv"],
    ["meu email é {EMAIL:email_spelled} (o teclado não tem arroba)"],
    ["o link de redefinir era {EMAIL:percent_encoded} e diz expirado"],
    ["me liga no {PHONE} depois das [time]"],
    ["meu numero {PHONE:spaced_or_dashed}. não liguem antes das [time] trabalho a noite"],
    ["o numero é {PHONE~1}", "{PHONE~2}"],
    ["pode mandar zap pro {PHONE:letter_substitution} ou aqui mesmo"],
    ["tel {PHONE:spelled_out}"],
    [
        "a transferência veio de {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} swift {SWIFT_CODE}, valor [price]"
    ],
    ["devolvam para o IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} por favor, fatura [invoice_number]"],
    [
        "iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER~1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER~2}",
        "desculpa cortou",
    ],
    ["pix não deu, faz TED: ag {BANK_ROUTING} conta {BANK_ACCOUNT_NUMBER}"],
    ["conta {BANK_ACCOUNT_NUMBER:letter_substitution} (a poupança)"],
    ["a conta que termina... enfim é {BANK_ACCOUNT_NUMBER:spaced_or_dashed}"],
    ["pra nota fiscal: CPF {BR_CPF} CEP [postal_code]"],
    ["cpf {BR_CPF:letter_substitution} ta no cadastro"],
    ["cpf {BR_CPF:split_by_noise}"],
    ["cnpj da loja {BR_CNPJ} nota [invoice_number]"],
    ["cpf {BR_CPF~1}", "{BR_CPF~2}"],
    ["NIF {PT_NIF} para a fatura, código postal [postal_code]"],
    ["nif {PT_NIF:spelled_out}"],
    ["passaporte {PASSPORT_NUMBER} reserva [booking_reference] voo [flight_number]"],
    ["CNH {DRIVER_ID} retiro o carro às [time] loja [store_number]"],
    [
        "o modem cai toda hora. ip {IP_ADDRESS} mac {MAC_ADDRESS} modelo [product_model] versão [version]"
    ],
    ["ok muito obrigado, bom dia"],
    ["ainda esperando a encomenda [tracking_number], eram [quantity] itens e vieram [count]"],
    ["por que a conta veio [price] esse mês?? o relógio marca [meter_reading]"],
    ["quarto [room_number], saio dia [date], mandem a fatura [invoice_number]"],
    ["kkk ok obg"],
    ["a apólice [policy_number] cobre [percentage] né? o celular era um [product_model]"],
    ["acabou os [data_size] no dia [count], protocolo [lookalike_number]"],
    ["nº cliente [lookalike_number] (não é a conta)", "a conta é {BANK_ACCOUNT_NUMBER}"],
    ["({EMAIL}) <- esse é o do cadastro, não o gmail"],
    ['"{PHONE}" é o que aparece no formulário mas tá errado'],
    [
        "{CREDIT_DEBIT_NUMBER:letter_substitution}",
        "^ o cartão. vence dia [date]?? não pera isso é a entrega",
    ],
    [
        "leitura do gás [meter_reading], instalação [lookalike_number], débito na conta ({INTERNATIONAL_BANK_ACCOUNT_NUMBER})"
    ],
    ["podem mudar meu endereço? CEP [postal_code], cel {PHONE} e email {EMAIL}"],
]
