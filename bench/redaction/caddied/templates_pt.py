"""Portuguese customer turns (pt-BR, pt-PT). Each template: (locale or "", message, ...)."""
# ruff: noqa: E501  -- template data: one customer message per string, unsplit on purpose.

from __future__ import annotations

Template = tuple[str, ...]

DEV: list[Template] = [
    ("pt-BR", "oi, meu cartao {CARD:sd} validade {EXP:cexp} cvv {CVV:spell}, pedido {#order}"),
    ("", "vou mandar o cartao em duas {CARD:mmA}", "{CARD:mmB}", "foi mal caiu"),
    ("pt-BR", "meu CPF {CPF:noise}, agencia {ROUTING} conta {ACCT}"),
    ("pt-PT", "o meu IBAN para o reembolso", "{IBAN:ib}"),
    ("", "o pin novo que pediram", "{PIN:ctx}"),
    (
        "",
        "o link de redefinir vai pra https://conta.example.com/reset?email={EMAIL:pct} nao sou eu",
        "o certo e {EMAIL:es}",
    ),
    (
        "",
        "usuario {USER} senha {PW}, e no ftp://{USER:urlc}:{PW:urlc}@arquivos.example.net tambem nao vai",
    ),
    (
        "",
        "do arquivo de config:\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSECRET:kv}",
        "modem {#model} ip {IP} mac {MAC}",
    ),
    ("pt-BR", "passaporte {PASSPORT}, CNH {DL:sub}, voo {#flight} dia {#date}"),
    ("", "morei nos EUA: SSN {SSN}, ITIN {ITIN}, e no UK o NI {NINO}"),
    (
        "pt-PT",
        "NIF {NIF:sd}, e os clientes: DNI {DNI}, NIE {NIE}, CURP {CURP}, RFC {RFC}, CLABE {CLABE}",
    ),
    ("pt-BR", "empresa CNPJ {CNPJ}, NIR {NIR}, Steuer-ID {IDNR}, swift {SWIFT}"),
    ("", "me liga {PHONE:mmA}", "{PHONE:mmB}", "{PHONE:mmC} depois das {#time}"),
]

SEALED: list[Template] = [
    (
        "pt-BR",
        "Boa tarde, cobraram {#amount} duas vezes no cartao {CARD} validade {EXP}, pedido {#order}",
    ),
    ("pt-PT", "cartao {CARD:noise} expira {EXP:cexp} codigo {CVV}"),
    ("", "num do cartao {CARD:sub} vence {EXP}"),
    ("", "cartao {CARD:spell}"),
    ("", "cartao {CARD:mmA}", "{CARD:mmB} continua", "{CARD:mmC} pronto"),
    ("", "senha do cartao {PIN:spell} eu sei ne"),
    ("", "o pin {PIN:noise} nao funciona desde {#date}"),
    ("", "o codigo de tras?", "{CVV:ctx}"),
    ("pt-BR", "cpf {CPF} nascido em {#year}"),
    ("pt-BR", "CPF {CPF:sd} pra nota fiscal {#invoice}"),
    ("pt-BR", "cpf {CPF:sub} e cnpj {CNPJ:noise}"),
    ("pt-BR", "meu cpf vai em partes {CPF:mmA}", "{CPF:mmB} isso"),
    ("pt-BR", "CNPJ da loja {CNPJ:spell}"),
    ("pt-PT", "contribuinte {NIF}, codigo postal {#zip}"),
    ("pt-PT", "NIF {NIF:spell} para a fatura {#invoice}"),
    ("", "celular {PHONE} ou fixo {PHONE:sd}"),
    ("", "meu numero {PHONE:sub}"),
    ("", "telemovel {PHONE:spell}"),
    ("", "no app aparece https://app.example.org/perfil?fone={PHONE:pct} errado"),
    ("", "manda pro {EMAIL}, cep {#zip}"),
    ("", "meu email {EMAIL:es}"),
    ("", "https://loja.example.com/entrar?usuario={USER:pct} so da erro"),
    ("", "login {USER} senha {PW} bloqueado desde {#time}"),
    ("", "DB_PASSWORD={PW:kv}\nDB_USER={USER:kv}\nversao {#version}"),
    ("", "a agenda usa https://{USER:urlc}:{PW:urlc}@dav.example.com/cal ta certo?"),
    (
        "",
        "aws_secret_access_key={AKSECRET:kv}",
        "aws_access_key_id={AKID:kv} vazou no git, chamado {#ticket}",
    ),
    ("", "as chaves {AKID} e {AKSECRET} foram expostas"),
    ("", "ip {IP} e mac {MAC:sd}, quarto {#room}"),
    ("", "mac {MAC} no ip {IP}"),
    ("pt-PT", "IBAN {IBAN} BIC {SWIFT}"),
    ("pt-PT", "iban {IBAN:ib} titular sou eu"),
    ("pt-PT", "iban aos bocados {IBAN:mmA}", "{IBAN:mmB} pronto", "{IBAN:mmC} e isso"),
    ("pt-BR", "agencia {ROUTING} conta corrente {ACCT:sd}"),
    ("pt-BR", "ag {ROUTING:spell} cc {ACCT:sub}"),
    ("", "numero da conta como pediram", "{ACCT:noise}"),
    ("", "conta {ACCT:mmA}", "{ACCT:mmB} desculpa"),
    ("", "passaporte {PASSPORT}, voo {#flight}, {#count} malas"),
    ("", "carta de conducao {DL:noise} passaporte {PASSPORT:sd}"),
    ("", "SSN americano {SSN:sd}, ITIN {ITIN:spell}, zip {#zip_plus_four}"),
    ("", "NI do Reino Unido {NINO:sd}"),
    ("", "documentos espanhois DNI {DNI:sd} NIE {NIE:noise}"),
    ("", "mexico: CURP {CURP} RFC {RFC} CLABE {CLABE:sd}"),
    ("", "NIR frances {NIR:sd} e Steuer-ID alemao {IDNR:noise}"),
    ("", "encomenda {#tracking} de {#date}, {#amount} pagos"),
    ("", "val{EXP:cexp} cvv {CVV:sub}"),
    ("", "o BIC e {SWIFT:spell}"),
    ("", "o numero da conta que pediram", "{ACCT:ctx}"),
]
