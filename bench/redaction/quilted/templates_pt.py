"""Portuguese customer chats (Brazil, Portugal), written by hand."""

LOCALES = ["pt-BR", "pt-BR", "pt-BR", "pt-PT", "pt-PT"]

DEV = [
    [
        "oi, meu pagamento foi recusado no pedido {#order_number}",
        "cartão {CREDIT_DEBIT_NUMBER:plain|spaced_or_dashed|letter_substitution} validade {CREDIT_DEBIT_EXPIRY:compact_expiry|plain} cvv {CREDIT_DEBIT_CVV:plain|spelled_out}",
    ],
    [
        "vou mandar o numero do cartao em partes {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "blz? cvv {CREDIT_DEBIT_CVV:plain|context_only}",
    ],
    [
        "pra débito direto o IBAN é {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken|spaced_or_dashed|split_by_noise} swift {SWIFT_CODE:plain|spaced_or_dashed}"
    ],
    [
        "meu email {EMAIL:email_spelled|plain|percent_encoded}",
        "zap {PHONE:plain|spelled_out|split_by_noise}",
    ],
    [
        "recebi esse link estranho https://conta.loja-example.com.br/ativar?email={EMAIL:percent_encoded}",
        "é golpe? meu usuario é {USERNAME:plain}",
    ],
    [
        "CPF {BR_CPF:plain|spaced_or_dashed|letter_substitution}",
        "CNPJ da empresa {BR_CNPJ:plain|split_by_noise}",
    ],
    [
        "esqueci a senha, a antiga era {PASSWORD:context_only|plain}",
        "usuário {USERNAME:context_only|plain}",
    ],
    [
        "no arquivo de config tem\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}"
    ],
    [
        "o roteador {#product_model} caiu, ip {IP_ADDRESS:plain} mac {MAC_ADDRESS:plain}",
        "a camera usa rtsp://{USERNAME:plain}:{PASSWORD:url_credentials}@cam.casa.example/live",
    ],
    [
        "agência {BANK_ROUTING:plain|spaced_or_dashed} conta {BANK_ACCOUNT_NUMBER:plain|context_only|split_by_noise}",
        "valeu, cliente nº {#account_digits_fake} email {EMAIL:plain}",
    ],
    [
        "morei na espanha, DNI {ES_DNI|ES_NIE:plain|spaced_or_dashed}",
        "e no mexico CURP {MX_CURP:plain} RFC {MX_RFC:plain|context_only} CLABE {MX_CLABE:plain|letter_substitution}",
    ],
    [
        "trabalhei nos EUA, SSN {SSN|US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|spaced_or_dashed} e no reino unido NI {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}"
    ],
    [
        "NIF {PT_NIF:plain|spelled_out|letter_substitution}, numero de segurança social francês {FR_NIR:plain|split_by_noise}, steuer-id {DE_TAX_ID:plain|spaced_or_dashed}"
    ],
    [
        "voo {#flight_number} reserva {#booking_reference}, cel {PHONE:spaced_or_dashed|plain}",
        "passaporte {PASSPORT_NUMBER:plain|context_only} CNH {DRIVER_ID:plain|context_only}",
    ],
    [
        "a senha do cartão é {PIN:plain|spelled_out|context_only}",
        "opa nao devia ter mandado isso, matrícula do associado {#account_digits_fake}",
    ],
    ["meu telefone {PHONE:multi_message:g1}", "{PHONE:multi_message:g1}"],
    ["alguém aí?", "to esperando faz {#duration} min"],
]

SEALED = [
    [
        "Olá, a encomenda {#tracking_number} está parada desde {#date}, CEP {#postal_code}",
        "me liga no {PHONE:plain|spaced_or_dashed|letter_substitution}",
    ],
    [
        "cobraram {#price} duas vezes!!! cartão {CREDIT_DEBIT_NUMBER:plain|split_by_noise|spelled_out}"
    ],
    [
        "cartao {CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "{CREDIT_DEBIT_NUMBER:multi_message:g1}",
        "vence {CREDIT_DEBIT_EXPIRY:plain|spaced_or_dashed}",
    ],
    [
        "código de segurança {CREDIT_DEBIT_CVV:context_only|plain|letter_substitution}, validade {CREDIT_DEBIT_EXPIRY:compact_expiry}"
    ],
    [
        "o iban é {INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:multi_message:g1}",
    ],
    [
        "transferência de {#price} para {INTERNATIONAL_BANK_ACCOUNT_NUMBER:plain|iban_broken}, BIC {SWIFT_CODE:plain|context_only}"
    ],
    [
        "e-mail: {EMAIL:email_spelled|plain}",
        "a nota fiscal {#invoice_number} não chegou, cel {PHONE:plain}",
    ],
    ['"{EMAIL:plain|percent_encoded}" esse é o certo'],
    ["internet a {#speed} e eu pago {#speed}, cel {PHONE:plain|spelled_out|split_by_noise}"],
    [
        "conta corrente {BANK_ACCOUNT_NUMBER:plain|spaced_or_dashed|letter_substitution}",
        "agencia {BANK_ROUTING:plain|context_only|spelled_out}",
    ],
    ["conta {BANK_ACCOUNT_NUMBER:multi_message:g1}", "{BANK_ACCOUNT_NUMBER:multi_message:g1}"],
    ["meu cpf é {BR_CPF:multi_message:g1}", "{BR_CPF:multi_message:g1}"],
    [
        "cpf {BR_CPF:spelled_out|split_by_noise|plain} pra nota",
        "cnpj {BR_CNPJ:plain|spaced_or_dashed|letter_substitution}",
    ],
    [
        "contribuinte {PT_NIF:plain|split_by_noise|spaced_or_dashed}",
        "apólice {#policy_number}, email {EMAIL:plain|email_spelled}",
    ],
    ["social security {SSN:plain|letter_substitution|split_by_noise|spelled_out}"],
    ["ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:plain|split_by_noise} do imposto de {#year}"],
    ["NINO {UK_NATIONAL_INSURANCE_NUMBER:plain|spaced_or_dashed}", "contrato {#contract_number}"],
    ["DNI {ES_DNI:plain|letter_substitution} ou NIE {ES_NIE:plain|spaced_or_dashed}"],
    [
        "morei no mexico: curp {MX_CURP:plain|spaced_or_dashed} / rfc {MX_RFC:plain|spaced_or_dashed}",
        "a clabe é {MX_CLABE:multi_message:g1}",
        "{MX_CLABE:multi_message:g1}",
    ],
    ["a CLABE {MX_CLABE:plain|spaced_or_dashed|split_by_noise|spelled_out}"],
    ["NIR {FR_NIR:plain|spaced_or_dashed|letter_substitution|spelled_out}"],
    ["id fiscal alemão {DE_TAX_ID:plain|split_by_noise|letter_substitution|spelled_out}"],
    [
        "passaporte nº {PASSPORT_NUMBER:plain|spaced_or_dashed}, voo {#flight_number} dia {#date} às {#time}"
    ],
    [
        "o numero da minha carta de condução é {DRIVER_ID:context_only|plain}",
        "matrícula {#plate_number}",
    ],
    ["login: {USERNAME:plain}\nsenha: {PASSWORD:plain|context_only}", "versão do app {#version}"],
    ["coloquei {PASSWORD:context_only} de senha e deu erro {#error_code}"],
    [
        "https://{USERNAME:plain}:{PASSWORD:url_credentials}@painel.empresa-example.com.br me passaram esse link"
    ],
    ["SENHA_BANCO={PASSWORD:key_value_secret}", "tava no github, e agora? user {USERNAME:plain}"],
    [
        "chave {AWS_ACCESS_KEY:plain|key_value_secret} e secret {AWS_SECRET_KEY:plain|key_value_secret} vazaram"
    ],
    ["mac {MAC_ADDRESS:plain}, ip publico {IP_ADDRESS:plain}, protocolo {#ticket_number}"],
    [
        "pin {PIN:plain|spaced_or_dashed|letter_substitution}",
        "ou era o outro: {PIN:plain|spelled_out}",
    ],
    ["muito obrigada, bom dia!", "protocolo {#ticket_number} pode fechar"],
    ["pedi {#quantity} e vieram {#count}, desconto de {#percentage} não entrou"],
    [
        "quarto {#room_number}, checkout {#time}",
        "debita no cartão {CREDIT_DEBIT_NUMBER:spaced_or_dashed|letter_substitution}",
    ],
    [
        "sms aqui https://avisos.example/assinar?tel={PHONE:percent_encoded}",
        "ou no {PHONE:plain|spaced_or_dashed}",
    ],
    ["leitura do relógio {#meter_reading} em {#date}, contrato {#contract_number}"],
]
