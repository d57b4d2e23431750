"""Portuguese customer turns (Brazil and Portugal). DEV and SEALED are disjoint."""

LANG = "pt"

WORDS = {
    "CREDIT_DEBIT_NUMBER": [
        "numero do cartao",
        "cartao",
        "cartão de credito",
        "n do cartao",
        "cartao de debito",
        "cc",
    ],
    "CREDIT_DEBIT_CVV": ["cvv", "codigo de seguranca", "cvc", "os tres numeros de tras", "cod seg"],
    "CREDIT_DEBIT_EXPIRY": ["validade", "vencimento", "data de validade", "expira", "val"],
    "PIN": ["pin", "senha do cartao", "PIN", "codigo pin", "senha de quatro digitos"],
    "PASSWORD": ["senha", "password", "palavra-passe", "senha de acesso", "palavra passe"],
    "USERNAME": ["usuario", "utilizador", "login", "nome de usuario", "user"],
    "EMAIL": ["email", "e-mail", "correio eletronico", "meu email", "emeil"],
    "PHONE": ["telefone", "cel", "celular", "telemovel", "zap", "whats", "fone", "tlm"],
    "BANK_ACCOUNT_NUMBER": ["conta", "numero da conta", "conta corrente", "cc", "n da conta"],
    "BANK_ROUTING": ["routing", "numero de roteamento", "ABA", "routing number"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN", "iban", "o iban", "NIB/IBAN"],
    "SWIFT_CODE": ["SWIFT", "BIC", "codigo swift", "bic/swift"],
    "SSN": ["SSN", "social security", "numero do seguro social americano", "ssn"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["ITIN", "itin", "numero ITIN"],
    "UK_NATIONAL_INSURANCE_NUMBER": [
        "NI number",
        "national insurance",
        "numero de seguranca social britanico",
        "NINO",
    ],
    "PASSPORT_NUMBER": ["passaporte", "n do passaporte", "numero do passaporte", "passaport"],
    "DRIVER_ID": [
        "CNH",
        "carta de conducao",
        "carteira de motorista",
        "habilitacao",
        "carta de condução",
    ],
    "IP_ADDRESS": ["IP", "ip", "endereco ip", "o ip publico"],
    "MAC_ADDRESS": ["MAC", "mac", "endereco MAC", "o mac do roteador"],
    "AWS_ACCESS_KEY": ["access key", "chave de acesso", "chave da aws", "access key id"],
    "AWS_SECRET_KEY": ["secret key", "chave secreta", "secret da aws", "segredo"],
    "ES_DNI": ["DNI", "DNI espanhol", "documento espanhol"],
    "ES_NIE": ["NIE", "nie", "NIE espanhol"],
    "MX_CURP": ["CURP", "curp", "CURP mexicano"],
    "MX_RFC": ["RFC", "rfc", "RFC mexicano"],
    "MX_CLABE": ["CLABE", "clabe", "conta CLABE"],
    "BR_CPF": ["CPF", "cpf", "meu cpf", "C.P.F."],
    "BR_CNPJ": ["CNPJ", "cnpj", "CNPJ da empresa"],
    "FR_NIR": ["numero da seguranca social francesa", "NIR", "numero de secu"],
    "DE_TAX_ID": ["Steuer-ID", "numero fiscal alemao", "IdNr"],
    "PT_NIF": ["NIF", "contribuinte", "numero de contribuinte", "nif", "n contribuinte"],
}

DEV = [
    "oi, preciso atualizar meu {X.w}, o novo e {X} obrigado",
    "vcs tem meu {X.w} certo? e {X}, pedido {#order}",
    "cartao {CREDIT_DEBIT_NUMBER} validade {CREDIT_DEBIT_EXPIRY} cvv {CREDIT_DEBIT_CVV}, pode cobrar os {#price}",
    ["meu cartao e {CREDIT_DEBIT_NUMBER:mm1}", "{CREDIT_DEBIT_NUMBER:mm2}", "desculpa caiu a net"],
    ["me liga no {PHONE:mm1}", "{PHONE:mm2} depois das {#time}"],
    ["meu cpf {BR_CPF:mm1}", "{BR_CPF:mm2} ta ai"],
    "manda a nota {#invoice} pro {EMAIL:email_spelled} por favor",
    "o link nao abre: https://ajuda.example.com/redefinir?email={EMAIL:percent_encoded}&protocolo={#ticket}",
    "entro pelo ftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@arquivos.example.net e da erro {#error_code}",
    [
        "achei isso no meu arquivo de config, e grave?",
        "AWS_ACCESS_KEY_ID={AWS_ACCESS_KEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}",
    ],
    ["o que falta?", "{PT_NIF:context_only}", "e o das financas"],
    "o roteador {#product_model} esta com ip {IP_ADDRESS} e mac {MAC_ADDRESS}, versao {#version}",
    "reembolso de {#amount} no IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} BIC {SWIFT_CODE}",
    "a encomenda {#tracking} era pra chegar no CEP {#postal_code} dia {#date}, ja faz {#duration}",
    "val {CREDIT_DEBIT_EXPIRY:compact_expiry} e o pin novo {PIN}",
]

SEALED = [
    "e ai, meu {X.w} e {X}",
    "boa tarde, pro protocolo {#ticket} pediram o {X.w}: {X}",
    "errei o {X.w}, o certo e {X}, foi mal",
    "copiando do formulario:\n{X.w}: {X}\nloja: {#store}\nquantidade: {#quantity}",
    "nao sei se e isso que vcs precisam mas segue {X.w} {X}",
    "@pt-BR cobraram {#price} duas vezes no cartao {CREDIT_DEBIT_NUMBER}, que palhaçada",
    [
        "la vai",
        "{CREDIT_DEBIT_NUMBER}",
        "vence {CREDIT_DEBIT_EXPIRY}",
        "codigo de tras {CREDIT_DEBIT_CVV}",
    ],
    "master {CREDIT_DEBIT_NUMBER:spaced_or_dashed} val{CREDIT_DEBIT_EXPIRY:compact_expiry} cvv {CREDIT_DEBIT_CVV:spelled_out}",
    [
        "vou mandar em partes por seguranca",
        "{CREDIT_DEBIT_NUMBER:mm1}",
        "{CREDIT_DEBIT_NUMBER:mm2} e",
        "{CREDIT_DEBIT_NUMBER:mm3} pronto",
    ],
    ["meu zap {PHONE:mm1}", "{PHONE:mm2}", "{PHONE:mm3} esse mesmo"],
    ["cnpj da loja {BR_CNPJ:mm1}", "{BR_CNPJ:mm2}"],
    ["conta {BANK_ACCOUNT_NUMBER:mm1}", "{BANK_ACCOUNT_NUMBER:mm2} no itau"],
    [
        "o iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2} acabou",
    ],
    "@pt-PT meu telemovel {PHONE}, ai nao, e {PHONE.2}, o outro e do trabalho",
    "me escreve no {EMAIL:email_spelled} que o outro ta lotado",
    "nao consigo entrar na conta {#customer_ref}, usuario {USERNAME} e senha {PASSWORD}",
    "o app trava com {#error_code} na {#version} quando coloco o {PIN.w} {PIN}",
    "leitura do contador {#meter_reading}, debito direto na conta {BANK_ACCOUNT_NUMBER}",
    "trabalho em miami, routing {BANK_ROUTING} e conta {BANK_ACCOUNT_NUMBER}",
    "voo {#flight} assento {#seat}, passaporte {PASSPORT_NUMBER}, reserva {#booking}",
    "@pt-BR pra alugar o carro: CNH {DRIVER_ID}, placa {#plate}",
    "o IRS quer meu ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER} e o SSN da minha filha {SSN}",
    "trabalhei em londres, NI number {UK_NATIONAL_INSURANCE_NUMBER}",
    "moro em sevilha, NIE {ES_NIE}, DNI do senhorio {ES_DNI}",
    "documentos do mexico: CURP {MX_CURP}, RFC {MX_RFC}",
    "transferencia pro mexico na clabe {MX_CLABE}",
    "trabalhei em paris, numero de secu {FR_NIR}, desconto de {#percentage}",
    "mudei pra hamburgo, Steuer-ID {DE_TAX_ID}, contrato {#contract}",
    "@pt-PT fatura com contribuinte {PT_NIF} se faz favor, encomenda {#order}, {#quantity} unidades",
    "IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}\nSWIFT {SWIFT_CODE}",
    "link de descadastro: https://boletim.example.org/sair?email={EMAIL:percent_encoded}&cel={PHONE:percent_encoded}",
    "o envio por sftp://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@envio.example.com continua falhando",
    "no log apareceu:\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY:key_value_secret}\npreciso trocar?",
    "SMTP_PASSWORD={PASSWORD:key_value_secret} foi o que o instalador gravou, ta certo?",
    ["qual deles?", "{PHONE:context_only}", "o fixo nao funciona"],
    ["mando pra onde?", "pro {EMAIL:context_only} por favor"],
    ["o ultimo que faltava", "{BR_CNPJ:context_only}"],
    "meu ip {IP_ADDRESS} foi bloqueado depois de {#count} tentativas, mac {MAC_ADDRESS}",
    "subi sem querer a access key {AWS_ACCESS_KEY} e a secret {AWS_SECRET_KEY} no github",
    "ja gastei {#data_size} e hoje e dia {#date}??",
    "sem internet desde {#time}, modem {#product_model}, chamado {#ticket}",
    ["Comprei {#quantity} coisas dia {#date}, pedido {#order}", "nada ainda, rastreio {#tracking}"],
    "quarto {#room} por {#count} noites, reserva {#booking}, total {#price}",
    "a apolice {#policy} subiu {#percentage}, pq?",
    "blz valeu, resolvido",
]

DEV += [
    ["entao o reembolso vai pra qual conta?", "essa aqui {BANK_ACCOUNT_NUMBER:context_only}"],
    "Nome: Tainara Brusque\nEmail: {EMAIL}\nTelefone: {PHONE}\nPedido: {#order}\nProblema: veio quebrado",
    "@pt-BR meu filho mudou o pin da tv pra {PIN:spelled_out} kkkk e esqueceu, modelo {#product_model}",
]

SEALED += [
    "- nome: Iracema Louzada\n- {BR_CPF.w}: {BR_CPF}\n- {PHONE.w}: {PHONE}\n- cod cliente {#customer_ref}",
    ["o atendente falou pra passar meu cpf aqui", "{BR_CPF:context_only} ta ai"],
    "@pt-BR to esperando faz {#duration}, passa logo no cartao: {CREDIT_DEBIT_NUMBER} / {CREDIT_DEBIT_EXPIRY} / {CREDIT_DEBIT_CVV}",
    "o email de recuperacao foi pro {EMAIL} mas nao tenho mais acesso, o novo e {EMAIL.2}",
    "foi mal o cvv e {CREDIT_DEBIT_CVV}, li errado",
    "chave pix nao tenho, mas a conta e {BANK_ACCOUNT_NUMBER:spaced_or_dashed}, valor {#price}",
    "o celular da minha mae {PHONE:spelled_out} caso eu nao atenda",
    "meu passaporte e {PASSPORT_NUMBER}, renovei em {#year}, tem problema pra reserva {#booking}?",
    ["sobre a carta de conducao", "e {DRIVER_ID:context_only}, precisa da data de emissao?"],
    "um colega mandou o acesso https://{USERNAME:url_credentials}:{PASSWORD:url_credentials}@admin.example.org no grupo, da pra revogar?",
    "a pagina do roteador em {IP_ADDRESS} nao abre, mac do notebook {MAC_ADDRESS}, velocidade {#data_size}",
    ["o iban cortou na mensagem anterior", "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}"],
    "ainda sem reembolso de {#amount} do pedido {#order}, feito dia {#date} as {#time}",
]

SEALED += [
    [
        "routing {BANK_ROUTING} e a conta comeca com {BANK_ACCOUNT_NUMBER:mm1}",
        "termina com {BANK_ACCOUNT_NUMBER:mm2}",
    ],
    ["passaporte {PASSPORT_NUMBER} e o celular {PHONE:mm1}", "{PHONE:mm2} foi sem querer o enter"],
    ["o nif", "{PT_NIF:mm1}", "{PT_NIF:mm2}", "{PT_NIF:mm3} pronto"],
]
DEV += [
    [
        "o iban: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER:mm2} e isso",
    ],
]

DEV += [
    "resumo pro sinistro:\n* apolice {#policy}\n* {PHONE.w} {PHONE}\n* {PASSPORT_NUMBER.w} {PASSPORT_NUMBER}\n* prejuizo uns {#price}",
    "desculpa o portunhol, mi correo es {EMAIL} y el CNPJ {BR_CNPJ}",
    "e normal o contador passar de {#meter_reading} pra {#meter_reading} em {#duration}?",
]

DEV += [
    "voo {#flight}, assento {#seat}, {#count} malas, reserva {#booking}, passaporte {PASSPORT_NUMBER}, quarto {#room} no hotel do aeroporto",
    "cliente {#customer_ref}, contrato {#contract}, loja {#store}: comprei {#quantity} em {#year} com {#percentage} de desconto, placa {#plate}, CNH {DRIVER_ID}, pacote {#data_size}",
]

SEALED += [
    "@pt-BR a receita falou que meu CPF {BR_CPF:spaced_or_dashed} ta irregular, uso ele desde {#year}",
    [
        "@pt-PT ola, e por causa da fatura da luz",
        "leitura de hoje {#meter_reading}",
        "e debitem no {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken}",
    ],
    "meu cartao termina em... ah deixa, vai inteiro {CREDIT_DEBIT_NUMBER:split_by_noise}",
    "Enviado do meu iPhone\n\n> cartao: {CREDIT_DEBIT_NUMBER:letter_substitution}\n> validade: {CREDIT_DEBIT_EXPIRY}",
    [
        "vcs queriam o telefone ou o email?",
        "os dois? ok",
        "{PHONE:context_only}",
        "{EMAIL:context_only}",
    ],
    "trabalho remoto pra uma empresa americana, pedem o SSN ({SSN:spaced_or_dashed}) e o ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:split_by_noise}",
    "o pin e {PIN:letter_substitution}. eu sei que nao devia mandar aqui mas o app nao deixa mudar",
    "BIC {SWIFT_CODE} e IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER:letter_substitution}, o senhorio em madrid quer {#price} ate {#date}",
    "numero novo!! {PHONE:letter_substitution} salva ai, o antigo foi roubado no voo {#flight}",
    "nao lembro se cadastrei como {USERNAME} ou {USERNAME.2}, o email seria {EMAIL}",
    "o CNPJ da nota {#invoice} ta errado, o certo e {BR_CNPJ:split_by_noise}",
    "@pt-PT meu chefe disse que vcs precisam do NIF {PT_NIF:spaced_or_dashed} e da carta de conducao {DRIVER_ID}",
    "ola, pedido {#order} - erro {#error_code} no pagamento depois de digitar o cartao {CREDIT_DEBIT_NUMBER:spelled_out}",
]

DEV += [
    [
        "bom dia! uma duvida rapida antes do trampo",
        "o debito voltou mes passado ({#price}), da pra tentar de novo na conta {BANK_ACCOUNT_NUMBER:letter_substitution}?",
    ],
    ["desculpa a anterior tinha erro", "{CREDIT_DEBIT_NUMBER:split_by_noise}"],
    ["obrigado por esperar", "de boa, to aqui ate {#time}. alias meu {USERNAME.w} e {USERNAME}"],
]

DEV += [
    "{EMAIL} e o email certo, aquele com .net foi erro de digitacao",
    "SOCORRO!!! alguem usou meu cartao {CREDIT_DEBIT_NUMBER} na loja {#store} as {#time} e eu to em outra cidade 😭",
    '"{PASSWORD}" <- e isso que o navegador preenche sozinho e continua dando erro {#error_code}',
]

SEALED += [
    "@pt-BR {PHONE} e meu zap, manda msg nao liga",
    "@pt-BR CANSEI. PELA TERCEIRA VEZ: CONTA {BANK_ACCOUNT_NUMBER} CPF {BR_CPF}",
    "cvv:{CREDIT_DEBIT_CVV} val:{CREDIT_DEBIT_EXPIRY}",
    "minha mae (ela tem {#count} anos e nao se da bem com celular kkk) criou a conta com o email dela ({EMAIL:email_spelled}), o usuario e {USERNAME}",
    "@pt-BR oii 🙂 vou mudar dia {#date}, CEP novo {#postal_code}, mesmo celular {PHONE:split_by_noise} 👍",
    "Passaporte: {PASSPORT_NUMBER:letter_substitution} (nao sei se e O ou zero, a foto ta ruim)",
    "o BIC do banco e {SWIFT_CODE}? ou e o da agencia. iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER}",
    "pro imposto da au pair portuguesa: NIF {PT_NIF:spelled_out} acho, ela que me ditou",
]

SEALED += [
    ["conta pro deposito {BANK_ACCOUNT_NUMBER:mm1}", "aff corretor", "{BANK_ACCOUNT_NUMBER:mm2}"],
]
DEV += [
    ["ok cpf {BR_CPF:mm1}", "{BR_CPF:mm2} nao guardem por favor"],
]

DEV += [
    "@pt-BR agendamento no detran dia {#date} as {#time}, pedem a CNH antiga {DRIVER_ID} e o CEP {#postal_code}",
]
SEALED += [
    "@pt-PT nas financas disseram pra escrever aqui, NIF {PT_NIF}, processo {#customer_ref}, estou a espera ha {#duration}",
    "nosso workspace travou no plano {#product_model} depois do upgrade, login do admin {USERNAME}, a fatura {#invoice} mostra {#price} e {#count} licencas",
]
