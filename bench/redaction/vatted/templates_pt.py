# ruff: noqa: E501
# Chat lines and word lists read better unwrapped.
"""Portuguese customer turns (pt-BR, pt-PT). Part of the sealed split: do not read while tuning."""

# Each template: (locale, message, ...). {TYPE:family[:group]} is PII, {#kind} a hard negative.
DEV: list[tuple[str, ...]] = [
    ("pt-BR", "oi, fui cobrado {#amount} duas vezes, cartao {CARD} validade {EXP} cvv {CVV}"),
    (
        "pt-PT",
        "vou mandar o cartao em duas partes",
        "{CARD:mm:a}",
        "{CARD:mm:a} encomenda {#order}",
    ),
    ("pt-BR", "meu zap {PHONE:n} e email {EMAIL:e} cep {#zip}"),
    (
        "pt-PT",
        "reembolso para o IBAN\n{IBAN:ib}\nBIC {SWIFT} codigo do banco e balcao {ROUTING}",
        "conta {ACCT:sd}",
    ),
    (
        "pt-BR",
        "depois da versao {#version} parou, a url é https://{USER:url}:{PWD:url}@painel.example.com/api",
        "AWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nip do servidor {IP} mac {MAC:sd}",
    ),
    (
        "pt-BR",
        "trabalhei nos eua, social security {SSN:l} e o itin da minha esposa {ITIN}, voltamos em {#date}",
    ),
    (
        "pt-PT",
        "que documento precisam? o passaporte?",
        "{PASSPORT:ctx}",
        "carta de conducao {DL} e o NI ingles {NINO}",
    ),
    (
        "pt-PT",
        "DNI espanhol {DNI} e NIE {NIE}",
        "do mexico: CURP {CURP} RFC {RFC} CLABE {CLABE:sd}",
    ),
    (
        "pt-BR",
        "documentos: cpf {CPF}, cnpj {CNPJ}, nir frances {NIR}, steuer-id {IDNR}, nif de portugal {NIF}",
    ),
    (
        "pt-PT",
        "o pin novo é {PIN:w}? validade val{EXP:cx}. link https://loja.example.net/pedido?email={EMAIL:pct}",
    ),
    ("pt-BR", "meu numero é {PHONE:mm:a}", "{PHONE:mm:a}", "{PHONE:mm:a} liga depois das {#time}"),
    ("pt-BR", "a conta é {ACCT:mm:a}", "{ACCT:mm:a} foi sem querer, sao {#count} parcelas"),
]

SEALED: list[tuple[str, ...]] = [
    (
        "pt-BR",
        "Oi!! me cobraram R$ {#amount} de uma compra que nao fiz. cartao de credito {CARD:sd}",
    ),
    ("pt-PT", "numero do cartao {CARD:n} data de validade {EXP} codigo de seguranca {CVV:w}"),
    ("pt-BR", "cartao {CARD:l} vence {EXP:sd} cvc {CVV}", "desculpa, a validade é {EXP}"),
    ("pt-PT", "o cartao onde saiu o debito de {#amount} € é o {CARD:w}"),
    ("pt-BR", "qual cartao? o nubank", "{CARD:ctx}", "venc {EXP:cx} e o cvv {CVV}"),
    ("pt-BR", "meu cartao {CARD:mm:a}", "{CARD:mm:a}", "{CARD:mm:a} validade {EXP:n}"),
    ("pt-PT", "os numeros da frente: {CARD:mm:a}", "{CARD:mm:a} valido ate {EXP} obg"),
    ("pt-BR", "vencimento venc{EXP:cx} cvv{CVV} cep {#zip}"),
    (
        "pt-PT",
        "reserva {#booking} para {#count} pessoas voo {#flight}, paguei com {CARD} valido ate {EXP:w}",
    ),
    ("pt-BR", "quero trocar a senha do cartao, a antiga {PIN} e a nova {PIN:l}"),
    ("pt-PT", "o multibanco engoliu o cartao as {#time} 😡 o pin é {PIN:n}"),
    ("pt-BR", "qual era minha senha de quatro digitos? acho que {PIN:sd} ou a outra", "{PIN:ctx}"),
    ("pt-BR", "usuario {USER} senha {PWD} diz invalido desde a atualizacao {#version}"),
    (
        "pt-PT",
        "utilizador {USER}, a palavra-passe vai a seguir",
        "{PWD:ctx}",
        "nao espera a pass é {PWD}",
    ),
    (
        "pt-BR",
        "vazaram esses acessos ftp://{USER:url}:{PWD:url}@arquivos.example.org",
        "troquem ate dia {#date} pf",
    ),
    ("pt-PT", "no ficheiro .env está\nDB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}"),
    ("pt-BR", "manda pro {EMAIL} e nao pro {EMAIL:e}"),
    (
        "pt-PT",
        "o meu email {EMAIL:e} cumprimentos",
        "encomenda {#order} ainda nao chegou, rastreio {#tracking}",
    ),
    (
        "pt-BR",
        "o link de descadastro tem meu email https://news.example.com/sair?e={EMAIL:pct}&l={#count}",
    ),
    ("pt-BR", "me liga no {PHONE} ou no celular {PHONE:sd}"),
    ("pt-PT", "telemovel {PHONE:l} obrigado", "fixo {PHONE:w}"),
    ("pt-BR", "manda sms https://sms.example.net/enviar?para={PHONE:pct} depois das {#time}"),
    ("pt-PT", "para que numero ligo? ah voces ligam, entao anote", "{PHONE:ctx}"),
    ("pt-BR", "numero novo {PHONE:mm:a}", "{PHONE:mm:a}"),
    (
        "pt-BR",
        "para o pix nao, ted: agencia {ROUTING} conta {ACCT}",
        "agencia de novo {ROUTING:n} foi mal",
    ),
    ("pt-BR", "cc {ACCT:l} ag {ROUTING:sd} transfere {#amount} pra poupanca"),
    ("pt-PT", "codigo do banco {ROUTING:sd} e numero de conta {ACCT:w}"),
    ("pt-PT", "transferir para o IBAN {IBAN} BIC {SWIFT} referencia fatura {#invoice}"),
    ("pt-BR", "iban copiado do app\n{IBAN:ib}"),
    ("pt-PT", "iban do meu irmao em espanha {IBAN:sd} swift {SWIFT}", "{IBAN:mm:a}", "{IBAN:mm:a}"),
    (
        "pt-BR",
        "pro imposto americano: social security {SSN}, e {SSN:n} é do meu filho",
        "nascido em {#year}",
    ),
    ("pt-BR", "ssn {SSN:w}", "nao, era o itin {ITIN:sd}"),
    ("pt-BR", "qual numero americano voces querem?", "{SSN:ctx}"),
    (
        "pt-PT",
        "national insurance {NINO:sd} e o do meu marido {NINO}",
        "moramos no numero {#street}, cp {#zip}",
    ),
    ("pt-BR", "passaporte n {PASSPORT}, renovando antes da viagem dia {#date} voo {#flight}"),
    ("pt-PT", "carta de conducao {DL} e passaporte {PASSPORT}", "quarto {#room} do hotel ja agora"),
    ("pt-BR", "minha cnh", "{DL:ctx}", "essa é a cnh que pediram acima"),
    ("pt-BR", "o roteador cai, ip {IP} mac {MAC} modelo {#model} firmware {#version}"),
    ("pt-PT", "endereco MAC {MAC:sd} e apanha o ip {IP:n}"),
    ("pt-BR", "subimos uma chave no github sem querer 😬 {AKEY} secret {SKEY}"),
    ("pt-PT", "export AWS_ACCESS_KEY_ID={AKEY:kv}", "export AWS_SECRET_ACCESS_KEY={SKEY:kv}"),
    ("pt-PT", "DNI espanhol {DNI:sd} e NIE {NIE:n} de quando era estudante"),
    (
        "pt-BR",
        "folha no mexico: curp {CURP} rfc {RFC}",
        "CLABE pro deposito {CLABE}",
        "{CLABE:mm:a}",
        "{CLABE:mm:a}",
    ),
    ("pt-BR", "clabe {CLABE:w} valeu"),
    ("pt-BR", "o cadastro pede cpf {CPF:sd} e cnpj {CNPJ:n}", "cpf de novo {CPF:w}"),
    (
        "pt-PT",
        "numero de seguranca social frances {NIR:sd}, IdNr alemao {IDNR:l}, contribuinte {NIF:w}",
    ),
    ("pt-BR", "meu cpf é {CPF:mm:a}", "{CPF:mm:a}", "contrato {#contract}"),
    ("pt-PT", "steuer-id {IDNR} e NIF {NIF:sd}", "pedido de suporte {#ticket}"),
    ("pt-BR", "{#count} itens, total R$ {#amount}, entrega cep {#zip} chamado {#ticket}"),
    ("pt-PT", "voo {#flight} dia {#date} as {#time}, somos {#count}, fatura {#invoice}"),
]

# Fora da banca: clinicas, senhorios, luz e agua, seguros, financas, operadoras.
DEV += [
    (
        "pt-BR",
        "nao consigo entrar no app da clinica, consulta {#date} {#time}. usuario {USER} senha {PWD:sd} cel {PHONE:l}",
    ),
    (
        "pt-PT",
        "sou o novo inquilino do {#room}, o senhorio pede o meu NIF",
        "{NIF:ctx}",
        "renda {#amount} € da conta {ACCT:n}",
    ),
    ("pt-BR", "sinistro do seguro {#contract}: email {EMAIL} e cel {PHONE:w}"),
]
SEALED += [
    (
        "pt-BR",
        "conta de luz de R$ {#amount} por {#count} dias?? email do titular {EMAIL:e}, medidor {#model}",
    ),
    (
        "pt-PT",
        "carta das financas ref {#ticket}, aparece o nif {NIF:n} e o codigo do balcao {ROUTING:l}",
    ),
    (
        "pt-BR",
        "o plano de saude pede meu cpf {CPF:l} é normal?",
        "meu email ta no link {EMAIL:pct} kkk",
    ),
    (
        "pt-BR",
        "quero portar meu numero {PHONE:n}, senha da operadora {PIN:w}",
        "o chip novo veio no rastreio {#tracking}",
    ),
    ("pt-PT", "olaaa 🙂 o saas nao entra. admin {USER} pass antiga {PWD} depois mudei para {PWD}"),
    (
        "pt-PT",
        "o senhorio quer a renda por transferencia: IBAN {IBAN:n}",
        "{#amount} € ate {#date}",
    ),
    (
        "pt-BR",
        "renovar passaporte, o antigo era {PASSPORT:sd}",
        "agendamento as {#time} dia {#date} para {#count} pessoas",
    ),
    ("pt-BR", "seguro viagem: cartao {CARD} val{EXP:cx} cvv {CVV:l}, voo {#flight}"),
]
