"""Portuguese chat templates (pt-BR, pt-PT). Sealed split: do not tune detectors against SEALED."""

# ruff: noqa: E501  (chat messages are kept whole, one per string)

DEV = [
    (
        "pt-BR",
        ["oi quero pagar o boleto <<invoice>> no cartao {CARD} validade {EXP:cexp} cvv {CVV}"],
    ),
    (
        "pt-BR",
        [
            "dados novos pro deposito: agencia {ROUTING}",
            "conta corrente {ACCT:multi#a}",
            "{ACCT:multi#a}",
        ],
    ),
    ("pt-BR", ["pra abrir a empresa no Mexico pediram CURP {CURP:noise} e RFC {RFC}"]),
    ("pt-PT", ["o meu NIF é {NIF:spell} e o da minha mulher {NIF:sub}"]),
    (
        "pt-BR",
        [
            "o link de confirmacao tem meu email dentro, é normal? https://hotel.example.com/reserva?hospede={EMAIL:pct}&quarto=<<room>>",
            "minha CNH é {DL:sp}",
        ],
    ),
    (
        "pt-BR",
        [
            "aqui é da TI: MAC {MAC}, ip fixo {IP}",
            "o repo é https://{USER:url}:{PWD:url}@git.example.com/time/app.git",
        ],
    ),
    (
        "pt-PT",
        [
            "copiei do ficheiro .env do servidor\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    ("pt-PT", ["vivo em Sevilha agora, o meu NIE é {NIE} e o DNI do meu marido {DNI:sp}"]),
    (
        "pt-BR",
        [
            "a CLABE do fornecedor em Tijuana: {CLABE}",
            "e querem meu numero do seguro social americano tb",
            "{SSN:ctx}",
        ],
    ),
    ("pt-BR", ["meu CPF {CPF:spell} e o CNPJ da loja {CNPJ:multi#a}", "{CNPJ:multi#a}"]),
    (
        "pt-PT",
        [
            "para o contabilista:\nNIR frances {NIR}\nSteuer-ID alemao {STEUER:sp}\nITIN {ITIN}\nNI ingles {NINO}"
        ],
    ),
    ("pt-PT", ["transfiram a caução para o IBAN {IBAN:ib:PT} BIC {SWIFT::PT} por favor"]),
    (
        "pt-BR",
        [
            "senha do cartao {PIN} usuario {USER} senha do app {PWD}",
            "ah e meu email é {EMAIL:mail}",
        ],
    ),
    ("pt-BR", ["me liga no {PHONE:multi#b}", "{PHONE:multi#b}", "depois das <<time>>"]),
    (
        "pt-PT",
        [
            "numero do cartão {CARD:multi#a}",
            "{CARD:multi#a}",
            "cvv {CVV:spell} e passaporte {PASSPORT}",
        ],
    ),
]

SEALED = [
    (
        "pt-BR",
        [
            "oi meu cartao foi recusado duas vezes no pedido <<order>>",
            "é o {CARD:sp} validade {EXP:cexp} cvv {CVV}",
        ],
    ),
    (
        "pt-BR",
        [
            "cobraram <<amount>> duas vezes na minha fatura",
            "o cartao é {CARD:multi#a}",
            "{CARD:multi#a}",
        ],
    ),
    (
        "pt-PT",
        [
            "nao consigo entrar na app desde a atualizacao <<version>>, utilizador {USER} e mudei a palavra-passe para {PWD} mas nada"
        ],
    ),
    ("pt-PT", ["para o reembolso: IBAN {IBAN:ib:PT}", "é da conta que abri a <<date>>"]),
    ("pt-BR", ["pode me ligar no celular {PHONE}? to no trabalho ate as <<time>>"]),
    ("pt-BR", ["meu zap {PHONE:noise} chama la"]),
    ("pt-PT", ["enviem-me a fatura de <<amount>> para {EMAIL:mail} se faz favor"]),
    ("pt-BR", ["meu email novo é {EMAIL}, o antigo parou de funcionar dia <<date>>"]),
    (
        "pt-BR",
        [
            "recebi esse link por sms, é de vcs? https://pagamento.example.com/validar?tel={PHONE:pct}&origem=sms"
        ],
    ),
    (
        "pt-PT",
        [
            "o link para repor a palavra-passe nao abre https://ajuda.example.com/reset?email={EMAIL:pct}"
        ],
    ),
    (
        "pt-BR",
        [
            "o tecnico falou pra mandar isso aqui: sftp://{USER:url}:{PWD:url}@arquivos.example.com/backup"
        ],
    ),
    (
        "pt-BR",
        [
            "colei sem querer nossas chaves no chamado <<ticket>>, apaga pfv\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={SECRET:kv}"
        ],
    ),
    (
        "pt-BR",
        [
            "conta bloqueada depois de <<qty>> tentativas, anotei assim\nlogin: {USER}\nsenha={PWD:kv}"
        ],
    ),
    (
        "pt-BR",
        [
            "vou ler o cartao do meu marido que ta dirigindo: {CARD:spell}",
            "validade {EXP:spell|plain} e o codigo atras {CVV:spell}",
        ],
    ),
    ("pt-PT", ["cartão {CARD:noise}", "validade {EXP:sp}", "cvv {CVV:sub}"]),
    ("pt-BR", ["o cartao {CARD:sub} da invalido, digitei igualzinho"]),
    ("pt-PT", ["o pin do cartão é {PIN:spell}", "ups não devia ter mandado isso aqui pois não"]),
    ("pt-BR", ["a senha de quatro digitos {PIN:sub} nao funciona no caixa eletronico"]),
    ("pt-BR", ["meu cpf {CPF:sp} pra nota fiscal <<invoice>>"]),
    ("pt-BR", ["o atendente anterior pediu o CPF do titular, é da minha mae", "{CPF:ctx}"]),
    ("pt-BR", ["cpf {CPF:multi#a}", "{CPF:multi#a}", "{CPF:multi#a}"]),
    ("pt-BR", ["CNPJ da empresa {CNPJ:noise}, razao social a mesma, CEP <<zip>>"]),
    ("pt-BR", ["o cnpj do fornecedor é {CNPJ:sub}"]),
    ("pt-BR", ["agencia {ROUTING} conta {ACCT} banco do brasil"]),
    ("pt-BR", ["conta {ACCT:multi#a}", "{ACCT:multi#a}", "agencia {ROUTING:sub}"]),
    ("pt-PT", ["colo aqui o IBAN do senhorio", "{IBAN:ctx:PT}"]),
    ("pt-PT", ["o meu NIF {NIF} para a fatura, moro no numero <<street>>, <<zip>>"]),
    ("pt-PT", ["número de contribuinte", "{NIF:ctx}"]),
    ("pt-PT", ["transferencia para a Alemanha recusada: IBAN {IBAN:ib:DE} e BIC {SWIFT:noise:DE}"]),
    (
        "pt-BR",
        [
            "o swift do banco do meu filho em Madri é {SWIFT::ES} e o iban {IBAN:multi:ES#a}",
            "{IBAN:multi:ES#a}",
        ],
    ),
    ("pt-PT", ["telemóvel {PHONE:multi#a}", "{PHONE:multi#a}", "{PHONE:multi#a}"]),
    ("pt-PT", ["trabalhei em Londres, o meu national insurance é {NINO:sp}"]),
    ("pt-BR", ["meu marido tem ITIN {ITIN:sp} e eu SSN {SSN:spell}, como a gente declara?"]),
    ("pt-BR", ["conta nos EUA: routing {ROUTING:plain:US} account {ACCT:plain:US}"]),
    ("pt-BR", ["viajo dia <<date>> no voo <<flight>>, passaporte {PASSPORT}"]),
    ("pt-PT", ["numero do passaporte {PASSPORT:multi#a}", "{PASSPORT:multi#a}"]),
    ("pt-BR", ["a locadora pediu o numero da minha CNH", "{DL:ctx}"]),
    ("pt-PT", ["carta de condução {DL:noise}"]),
    (
        "pt-BR",
        ["o roteador cai toda noite, MAC {MAC} ip publico {IP}", "modelo <<model=Archer C6>>"],
    ),
    ("pt-PT", ["para a rede de convidados: MAC do tablet {MAC:sp}, recebe o ip {IP:sub}"]),
    ("pt-PT", ["em Espanha o meu NIE era {NIE:sp|plain}"]),
    ("pt-BR", ["o DNI da minha sogra espanhola {DNI:spell}, telefone dela {PHONE:spell:ES}"]),
    ("pt-BR", ["fornecedor mexicano: RFC {RFC:noise}, CLABE {CLABE:sp}"]),
    ("pt-BR", ["CLABE pro reembolso {CLABE:multi#a}", "{CLABE:multi#a}"]),
    ("pt-BR", ["meu CURP pro visto {CURP}, moro em Guadalajara desde <<year>>"]),
    ("pt-PT", ["o meu numero da segurança social francesa {NIR:sp}"]),
    ("pt-PT", ["a minha Steuer-ID da Alemanha {STEUER:spell}"]),
    (
        "pt-BR",
        [
            "a access key vazou no log, revoga por favor: {AKID}",
            "secret {SECRET:multi#a}",
            "{SECRET:multi#a}",
        ],
    ),
    ("pt-BR", ["minha vó ta me ditando o email dela {EMAIL:mail|plain}, ela nao sabe mexer"]),
]
