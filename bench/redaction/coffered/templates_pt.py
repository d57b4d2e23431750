"""Portuguese customer turns (pt-BR, pt-PT). Part of the sealed material: do not read when tuning."""

# Templates are prose data; wrapping them would hurt reading more than long lines do.
# ruff: noqa: E501

DEV: list[tuple[str, ...]] = [
    (
        "@pt-BR",
        "oi meu cartao foi recusado no pedido {keep:order}, é o {CREDIT_DEBIT_NUMBER|plain} val{CREDIT_DEBIT_EXPIRY|compact_expiry} cvv {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "@pt-BR",
        "o cartão é {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "e me liga no {PHONE|plain} depois das {keep:time}",
    ),
    (
        "nao consigo entrar, usuario {USERNAME|plain}, email de recuperação {EMAIL|email_spelled}",
        "recebi esse link https://ajuda.example.com/reset?email={EMAIL|percent_encoded}&tel={PHONE|percent_encoded} é de vcs?",
    ),
    (
        "desde a versao {keep:version} o backup falha. usamos sftp://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@arquivos.example.net e\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}",
        "ip do servidor {IP_ADDRESS|plain}, mac {MAC_ADDRESS|plain}",
    ),
    (
        "@pt-PT",
        "quero pagar por débito direto os {keep:amount} €, IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken} BIC {SWIFT_CODE|plain}",
        "a conta antiga era {BANK_ACCOUNT_NUMBER|spaced_or_dashed}, balcão {BANK_ROUTING|plain}",
    ),
    (
        "trabalhei nos EUA, social security {SSN|letter_substitution} e o ITIN da minha esposa {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|spaced_or_dashed}",
    ),
    (
        "e em Londres, national insurance {UK_NATIONAL_INSURANCE_NUMBER|plain}, pedido de {keep:date}",
        "precisam de mais alguma coisa?",
        "passaporte? ta",
        "{PASSPORT_NUMBER|context_only}",
    ),
    ("@pt-BR", "passaporte {PASSPORT_NUMBER|plain}, e a CNH", "{DRIVER_ID|context_only}"),
    (
        "meu marido é espanhol: DNI {ES_DNI|split_by_noise}, NIE da irmã {ES_NIE|plain}",
        "minha cunhada mexicana: CURP {MX_CURP|plain}, RFC {MX_RFC|plain}, CLABE {MX_CLABE|split_by_noise}",
    ),
    (
        "@pt-BR",
        "papelada da empresa 😩 meu CPF {BR_CPF|spelled_out}, CNPJ {BR_CNPJ|plain}, NIR frances do sócio {FR_NIR|plain}",
        "steuer-ID alemã {DE_TAX_ID|spaced_or_dashed} e NIF português {PT_NIF|plain}, somos {keep:count} funcionários",
    ),
    (
        "o multibanco engoliu o cartão, o PIN é {PIN|spelled_out}",
        "e a senha da app {PASSWORD|plain} acho eu",
    ),
    (
        "meu numero novo {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "{PHONE|multi_message|a} foi em pedaços desculpa",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "@pt-BR",
        "Boa tarde, cobraram R$ {keep:price} no dia {keep:date} e nao reconheço. Cartão {CREDIT_DEBIT_NUMBER|spaced_or_dashed}",
    ),
    (
        "@pt-BR",
        "quero trocar a forma de pagamento, cartao novo {CREDIT_DEBIT_NUMBER|letter_substitution} validade {CREDIT_DEBIT_EXPIRY|plain} codigo de segurança {CREDIT_DEBIT_CVV|spelled_out}",
    ),
    (
        "@pt-PT",
        "número do cartão {CREDIT_DEBIT_NUMBER|split_by_noise}",
        "validade {CREDIT_DEBIT_EXPIRY|plain}, os três dígitos atrás {CREDIT_DEBIT_CVV|spaced_or_dashed}",
    ),
    (
        "o que precisam para reembolsar a reserva {keep:booking}?",
        "ok o cartão",
        "{CREDIT_DEBIT_NUMBER|context_only}",
        "venc {CREDIT_DEBIT_EXPIRY|compact_expiry} cvc {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "elo não, é visa {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a} vence {CREDIT_DEBIT_EXPIRY|plain}",
    ),
    (
        "@pt-PT",
        "Não consigo pagar a fatura {keep:invoice}. Cartão: {CREDIT_DEBIT_NUMBER|spelled_out}. Validade{CREDIT_DEBIT_EXPIRY|compact_expiry}",
    ),
    (
        "@pt-BR",
        "o caixa eletronico da rua augusta {keep:street} ficou com meu cartão {CREDIT_DEBIT_NUMBER|plain}, senha era {PIN|plain}",
    ),
    (
        "podem mudar o pin pra {PIN|letter_substitution}",
        "e a senha do internet banking pra {PASSWORD|plain} obg",
    ),
    (
        "Usuário: {USERNAME|plain}\nSenha: {PASSWORD|plain}\ndiz conta bloqueada, tentei umas {keep:count} vezes",
    ),
    (
        "meu email é {EMAIL|plain} não o antigo, celular {PHONE|plain}",
        "o endereço antigo {EMAIL|email_spelled} pode apagar",
    ),
    (
        "@pt-BR",
        "manda zap no {PHONE|spaced_or_dashed} quando o técnico vier, chego às {keep:time}",
        "ou pro meu marido {PHONE|letter_substitution}",
    ),
    (
        "@pt-PT",
        "liguem-me para o {PHONE|split_by_noise} por causa do esquentador, andar {keep:room}",
    ),
    (
        "@pt-BR",
        "meu cel é {PHONE|spelled_out} kkk o teclado não deixa digitar numero",
    ),
    ("qual o numero de vcs? o meu {PHONE|multi_message|a}", "{PHONE|multi_message|a}"),
    (
        "o link de rastreio https://entregas.example.com/s?email={EMAIL|percent_encoded} nao mostra nada da encomenda {keep:tracking}",
    ),
    (
        "@pt-BR",
        "pro deposito: agência {BANK_ROUTING|plain}, conta corrente {BANK_ACCOUNT_NUMBER|plain}",
        "abri em {keep:year}",
    ),
    (
        "@pt-BR",
        "transferencia: ag {BANK_ROUTING|spaced_or_dashed}, cc {BANK_ACCOUNT_NUMBER|letter_substitution}, swift {SWIFT_CODE|plain}",
    ),
    (
        "@pt-BR",
        "agencia {BANK_ROUTING|split_by_noise} conta {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
    ),
    (
        "@pt-PT",
        "Devolvam para o meu IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|plain} por favor, foram {keep:amount} euros",
    ),
    (
        "o iban é\n{INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken}\nbic {SWIFT_CODE|spaced_or_dashed}",
    ),
    ("trabalhei em Miami, SSN {SSN|plain}, ver formulário de {keep:date}",),
    ("social security: {SSN|spelled_out}", "desculpa errei, é {SSN|split_by_noise}"),
    (
        "não tenho SSN, declaro com ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|plain}, zip {keep:zipplus}",
    ),
    (
        "o que precisam pro aluguel do apto {keep:room} em Nova York?",
        "o SSN inteiro? ta bom",
        "{SSN|context_only}",
    ),
    (
        "meu NINO britânico {UK_NATIONAL_INSURANCE_NUMBER|spaced_or_dashed} para o salário, comecei em {keep:date}",
    ),
    (
        "national insurance {UK_NATIONAL_INSURANCE_NUMBER|split_by_noise} de quando morei em Bristol",
    ),
    (
        "voo {keep:flight} amanhã, passaporte {PASSPORT_NUMBER|spaced_or_dashed}, quero mudar o lugar",
        "somos {keep:count} ao todo",
    ),
    (
        "@pt-BR",
        "aluguel de carro, CNH {DRIVER_ID|plain}, retirada às {keep:time}",
    ),
    (
        "@pt-PT",
        "carta de condução {DRIVER_ID|split_by_noise} e passaporte {PASSPORT_NUMBER|plain}",
    ),
    (
        "o router cai, modelo {keep:model}, ip {IP_ADDRESS|plain}, mac {MAC_ADDRESS|spaced_or_dashed}",
        "firmware {keep:version}",
    ),
    (
        "segue o .env que o suporte pediu:\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}\nDB_PASSWORD={PASSWORD|key_value_secret}",
    ),
    (
        "o webhook chama https://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@hooks.example.org/in e a access key é {AWS_ACCESS_KEY|plain}",
    ),
    (
        "secret key {AWS_SECRET_KEY|plain} sei que nao devia colar aqui",
        "MAC do aparelho {MAC_ADDRESS|plain} ip {IP_ADDRESS|plain}",
    ),
    ("minha colega espanhola: DNI {ES_DNI|spaced_or_dashed}, NIE {ES_NIE|split_by_noise}",),
    (
        "pra nota fiscal mexicana: CURP {MX_CURP|spaced_or_dashed}, RFC {MX_RFC|spaced_or_dashed}, valor {keep:amount} pesos",
    ),
    (
        "depositem na CLABE {MX_CLABE|plain}",
        "não essa é a velha, a certa é {MX_CLABE|letter_substitution}",
    ),
    (
        "@pt-BR",
        "CPF do titular {BR_CPF|plain}, CNPJ da loja {BR_CNPJ|letter_substitution}",
    ),
    (
        "@pt-PT",
        "NIR francês {FR_NIR|spaced_or_dashed}, steuer-ID {DE_TAX_ID|plain}",
        "o meu NIF {PT_NIF|spelled_out}",
    ),
    ("pra reserva {keep:booking}: CPF {BR_CPF|split_by_noise}, NIF {PT_NIF|letter_substitution}",),
    (
        "a CLABE é pra que?",
        "{MX_CLABE|context_only}",
        "e a steuer id {DE_TAX_ID|letter_substitution}, NIR {FR_NIR|split_by_noise}",
    ),
    (
        "@pt-PT",
        "Olá, o cartão que têm expirou. Novo {CREDIT_DEBIT_NUMBER|plain} val {CREDIT_DEBIT_EXPIRY|spaced_or_dashed}. E o meu ip {IP_ADDRESS|plain} está bloqueado",
        "email para faturas {EMAIL|email_spelled} obrigado",
    ),
    (
        "@pt-BR",
        "conta pro reembolso {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
        "agência {BANK_ROUTING|plain}",
    ),
    (
        "@pt-PT",
        "podem ligar-me? {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "antes das {keep:time} de preferência",
    ),
]
