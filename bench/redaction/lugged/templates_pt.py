# ruff: noqa: E501
"""Portuguese (pt-BR, pt-PT) templates. SEALED is the sealed split: do not read while tuning."""

REPS = {"dev": 8, "sealed": 12}
CTX: dict[str, list[str]] = {
    "CARD": [
        "cartao",
        "cartão",
        "numero do cartao",
        "nº do cartão",
        "cartao de credito",
        "cartao de débito",
    ],
    "CVV": ["cvv", "codigo de seguranca", "código de segurança", "cvc"],
    "EXP": ["validade", "venc", "vencimento", "val", "expira"],
    "PIN": ["pin", "senha do cartao", "PIN", "codigo pin"],
    "PWD": ["senha", "palavra-passe", "password", "senah"],
    "USER": ["usuario", "utilizador", "login", "user"],
    "EMAIL": ["email", "e-mail", "mail"],
    "PHONE": ["telefone", "cel", "celular", "telemovel", "zap", "whats"],
    "ACCT": ["conta", "numero da conta", "conta corrente", "nº conta"],
    "ROUT": ["agencia", "agência", "ag", "codigo do banco"],
    "ROUT@pt-PT": ["codigo do banco", "balcao", "balcão"],
    "IBAN": ["IBAN", "iban", "NIB/IBAN"],
    "SWIFT": ["SWIFT", "BIC", "codigo swift"],
    "SSN": ["social security", "SSN"],
    "ITIN": ["ITIN", "numero ITIN"],
    "NINO": ["national insurance", "NI number"],
    "PASS": ["passaporte", "nº passaporte", "passaport"],
    "DL": ["CNH", "carta de conducao", "carteira de motorista", "carta de condução"],
    "IP": ["IP", "endereco ip", "ip"],
    "MAC": ["MAC", "endereco mac", "mac"],
    "AKEY": ["access key", "chave de acesso aws"],
    "SKEY": ["secret key", "chave secreta"],
    "DNI": ["DNI espanhol", "DNI"],
    "NIE": ["NIE", "NIE espanhol"],
    "CURP": ["CURP", "curp mexicano"],
    "RFC": ["RFC", "rfc"],
    "CLABE": ["CLABE", "clabe"],
    "CPF": ["CPF", "cpf", "meu cpf", "cpf do titular"],
    "CNPJ": ["CNPJ", "cnpj", "cnpj da empresa"],
    "NIR": ["numero da seguranca social frances", "NIR"],
    "STID": ["Steuer-ID", "id fiscal alemao"],
    "NIF": ["NIF", "nif", "contribuinte", "nº contribuinte"],
}

DEV: list[list[str]] = [
    ["oi, o cartao é {a=CARD/multi}", "{a}", "desculpa caiu, é do pedido {#order}"],
    ["quero o reembolso de {#amount}, minha {c:a} é {a=IBAN|ACCT|CLABE|PHONE/multi}", "{a}", "{a}"],
    ["recusou!! validade {e=EXP/cexp} e {c:v} {v=CVV/pl|spell|sub}, tentei as {#time}"],
    [
        "nao consigo entrar, meu email é {m=EMAIL/mail}",
        "o link era https://conta.example.com/recuperar?email={p=EMAIL|PHONE|PWD/pct} e fica carregando",
    ],
    [
        "depois da {#version} o backup quebrou: sftp://{u=USER/url}:{w=PWD/url}@backup.example.net/diario",
        "e o arquivo tem\n{k=AKEY|SKEY/kv}",
    ],
    [
        "ta bom, voces pediram o {c:a} pra verificar, segue",
        "{a=CPF|NIF|PASS|DL|SSN|ITIN|NINO|DNI/ctx}",
    ],
    [
        "na nota {#invoice} o {c:a} é {a=CNPJ|CPF|NIR|STID|NIF|RFC|CURP|NIE|PHONE/noise|sd|sub|spell}"
    ],
    ["@pt-PT", "devolvam a caucao para {i=IBAN/ib}\nBIC {s=SWIFT/pl} obrigado, quarto {#room}"],
    ["o roteador {#model} cai toda hora. ip {x=IP/pl} mac {y=MAC/pl|sd}"],
    ["usuario {u=USER/pl} senha {p=PWD/pl} e o {c:n} {n=PIN/pl|spell|sub} urgente pf"],
    ["pra cair o salario: {c:r} {r=ROUT/pl|sd}, {c:a} {a=ACCT/pl|noise} a partir de {#date}"],
    ["podem me ligar no {p=PHONE/pl|sd|noise|spell} depois das {#time}? cobraram {#count} vezes"],
]

SEALED: list[list[str]] = [
    [
        "boa tarde, cobraram {#amount} duas vezes dia {#date}",
        "o cartao é {a=CARD/pl|sd|noise} val {e=EXP/pl}",
        "cvv {v=CVV/pl}",
    ],
    ["usa esse outro {a=CARD/multi}", "{a}"],
    ["cartão {a=CARD/multi}", "{a}", "{a}", "venc{e=EXP/cexp}"],
    ["cartao novo: {a=CARD/sub|spell} val {e=EXP/cexp} codigo {v=CVV/spell|pl}"],
    ["o que precisa, {c:a}?", "{a=CARD|IBAN|CPF|PHONE|EMAIL|PASS|NIF|CNPJ/ctx}"],
    ["@pt-BR", "sou MEI, {c:c} {c=CPF/pl|sd|noise|sub|spell} e {c:n} {n=CNPJ/pl|sd|noise}"],
    ["@pt-BR", "o pix nao caiu, {c:r} {r=ROUT/pl} {c:a} {a=ACCT/pl|sd|spell|sub}, cep {#zip}"],
    ["@pt-BR", "meu {c:c}", "{c=CPF/multi}", "{c}"],
    [
        "@pt-PT",
        "mudei para o porto em {#year}, o meu {c:n} é {n=NIF/pl|sd|noise|spell} e codigo postal {#zip}",
    ],
    ["@pt-PT", "o senhorio quer a renda em {i=IBAN/ib} ate {#date}, swift {s=SWIFT/pl}"],
    ["o iban {i=IBAN/multi}", "{i}", "{i}"],
    ["reserva {#booking} voo {#flight}, meu {c:p} {p=PASS/pl|sd} e {c:d} {d=DL/pl}"],
    ["pro aluguel do carro pedem a {c:d}", "{d=DL|PASS/ctx}"],
    ["trabalhei no mexico: {c:c} {c=CURP/pl|sd} {c:r} {r=RFC/pl|noise} {c:l} {l=CLABE/pl|sd|sub}"],
    ["papelada da franca {c:n} {n=NIR/pl|sd|spell}", "e da alemanha {c:t} {t=STID/pl|noise|sub}"],
    [
        "morei em madrid {c:d} {d=DNI|NIE/pl|sd}; nos eua {c:s} {s=SSN|ITIN/pl|sd}",
        "e em londres {c:k} {k=NINO/pl|noise}",
    ],
    ["troquei o email pra {m=EMAIL/pl|mail}", "ops errei, é {n=EMAIL/mail}"],
    ["o convite https://app.example.org/entrar?usuario={p=EMAIL/pct}&time={#count} expirou"],
    ["recebi sms de https://sms.example.com/verificar?tel={p=PHONE/pct} é golpe? pedido {#order}"],
    ["meu {c:p} {p=PHONE/pl} ou do meu marido {q=PHONE/sd|noise}, ate as {#time}"],
    ["numero novo", "{p=PHONE/multi}", "{p}"],
    ["me chama no zap {p=PHONE/spell|sub} pfv"],
    ["o repo ta assim https://{u=USER/url}:{w=PWD/url}@git.example.com/loja.git sera isso?"],
    ["segue a config:\n{k=AKEY/kv}\n{s=SKEY/kv}\nversao {#version}"],
    ["colei sem querer a {c:s} {s=SKEY|AKEY/pl} no chamado {#ticket}, apaga por favor"],
    ["esqueci a {c:p}, a antiga era {p=PWD/pl|kv} e o {c:u} {u=USER/pl}"],
    ["o caixa engoliu o cartao, {c:n} {n=PIN/pl|sub|spell} final {l=CARD/pl}"],
    ["aparelho {#model} bloqueado, {c:m} {m=MAC/pl|sd}, {c:i} {i=IP/pl}"],
    [
        "encomenda {#tracking} nao chegou no numero {#street}, liga {p=PHONE/pl|sd} ou {m=EMAIL/mail|pl}"
    ],
]
