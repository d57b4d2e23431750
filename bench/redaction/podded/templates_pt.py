"""Portuguese (pt-BR, pt-PT) templates. Part of the sealed split: do not read while tuning."""

Template = tuple[str, list[str]]

DEV: list[Template] = [
    (
        "pt-BR",
        [
            "oi meu cartao {CARD.p} validade {EXP.cx} cvv {CVV.p} foi recusado no pedido {mk.order}",
            "valor R$ {mk.amount}",
        ],
    ),
    ("pt-BR", ["agencia {ROUT.p} conta {ACCT.sd}", "e meu cpf e", "{CPF.ctx}"]),
    ("pt-PT", ["o meu iban {IBAN.ib} bic {SWIFT.p}", "email {EMAIL.at}"]),
    (
        "pt-BR",
        [
            "do mexico: CURP {CURP.p} RFC {RFC.p} CLABE {CLABE.sd}",
            "celular {PHONE.mm.a}",
            "{PHONE.mm.a} obrigado",
        ],
    ),
    (
        "pt-PT",
        ["passaporte {PASS.p} carta de conducao {DL.p} pin {PIN.sp} para o aluguer de {mk.date}"],
    ),
    (
        "pt-BR",
        [
            "roteador caindo, ip {IP.p} mac {MAC.p}",
            "acesso http://{USER.cred}:{PWD.cred}@modem.example.net",
        ],
    ),
    (
        "pt-BR",
        [
            "depois da versao {mk.version} apareceu isso\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASK.kv}"
        ],
    ),
    (
        "pt-PT",
        ["SSN {SSN.p} ITIN {ITIN.sd} NINO {NINO.p}", "cartao {CARD.mm.b}", "depois {CARD.mm.b}"],
    ),
    (
        "pt-PT",
        ["DNI {DNI.p} NIE {NIE.sub} CNPJ {CNPJ.p} NIR {NIR.p} Steuer-ID {STID.p} NIF {NIF.nz}"],
    ),
    ("pt-BR", ["o link https://conta.example.com/verif?tel={PHONE.pct}&tentativa={mk.count}"]),
]

SEALED: list[Template] = [
    ("pt-BR", ["ola, cartao {CARD.sd} vence {EXP.p} codigo de seguranca {CVV.p}"]),
    ("pt-BR", ["cartao {CARD.nz} val{EXP.cx} cvv {CVV.sp}"]),
    ("pt-PT", ["aqui o cartao {CARD.sub} validade {EXP.sub}"]),
    ("pt-BR", ["qual o cnpj da empresa?", "{CNPJ.ctx}"]),
    ("pt-BR", ["meu cartao e {CARD.mm.a}", "{CARD.mm.a}", "{CARD.mm.a} vence {EXP.p}"]),
    (
        "pt-BR",
        ["desculpa errei, o certo e {CARD.p} validade {EXP.sp}, o antigo bloqueado dia {mk.date}"],
    ),
    ("pt-PT", ["o multibanco engoliu o cartao as {mk.time}, pin {PIN.p}", "processo {mk.ticket}"]),
    ("pt-BR", ["senha do cartao {PIN.sub} e conta {ACCT.p}"]),
    ("pt-BR", ["nao consigo entrar, usuario {USER.p} senha {PWD.p}, tentei {mk.count} vezes"]),
    ("pt-PT", ["escrevam para {EMAIL.p} ou {EMAIL.at}", "encomenda {mk.order} ainda nao chegou"]),
    (
        "pt-BR",
        ["o link nao abre https://ajuda.example.com/reset?email={EMAIL.pct}&passo={mk.count}"],
    ),
    ("pt-BR", ["numero novo {PHONE.p}", "o antigo {PHONE.sd}"]),
    ("pt-PT", ["liguem para {PHONE.nz} depois das {mk.time}"]),
    ("pt-PT", ["o meu telemovel {PHONE.sp}"]),
    ("pt-BR", ["ted: agencia {ROUT.sd} conta {ACCT.nz} swift {SWIFT.sd} de R$ {mk.amount}"]),
    ("pt-PT", ["qual nif?", "{NIF.ctx}"]),
    ("pt-BR", ["cpf {CPF.p}, moro no numero {mk.street}, cep {mk.postcode}"]),
    ("pt-BR", ["cpf {CPF.nz}", "o da minha mae {CPF.sub}"]),
    ("pt-BR", ["cpf {CPF.sp} contrato {mk.contract}"]),
    ("pt-BR", ["cnpj {CNPJ.sd}", "e da filial {CNPJ.nz}"]),
    ("pt-PT", ["NIF {NIF.p} codigo postal {mk.postcode}", "contribuinte da empresa {NIF.sd}"]),
    ("pt-PT", ["iban\n{IBAN.ib}\nobrigada!"]),
    ("pt-PT", ["transfiram para {IBAN.mm.d}", "{IBAN.mm.d}", "{IBAN.mm.d}"]),
    ("pt-PT", ["IBAN {IBAN.p} BIC {SWIFT.p} fatura {mk.invoice}"]),
    ("pt-BR", ["passaporte {PASS.sd} voo {mk.flight} em {mk.date}", "cnh {DL.sd}"]),
    ("pt-PT", ["carta de conducao {DL.nz} passaporte {PASS.sub}"]),
    ("pt-BR", ["servidor {IP.p} recusa, mac {MAC.sd}", "modelo {mk.model}"]),
    ("pt-BR", ["revoguem por favor: key id {AKID.p} secret {ASK.p}"]),
    ("pt-BR", ["AWS_SECRET_ACCESS_KEY={ASK.kv}\nAWS_ACCESS_KEY_ID={AKID.kv}\nREGIAO=sa-east"]),
    ("pt-PT", ["SENHA={PWD.kv}\nUTILIZADOR={USER.kv}"]),
    ("pt-BR", ["ftp ftp://{USER.cred}:{PWD.cred}@arquivos.example.org/envio"]),
    ("pt-BR", ["trabalho nos EUA: SSN {SSN.sd} ITIN {ITIN.p} ano {mk.year}"]),
    ("pt-PT", ["numero NI {NINO.sd}", "e o SSN {SSN.nz}"]),
    ("pt-PT", ["DNI {DNI.sd} NIE {NIE.p}"]),
    ("pt-BR", ["CURP {CURP.sd} RFC {RFC.nz} CLABE {CLABE.p}"]),
    ("pt-PT", ["NIR frances {NIR.sd} id fiscal alemao {STID.sd}"]),
    ("pt-BR", ["meu email {EMAIL.at}", "tel {PHONE.sub}", "rastreio {mk.tracking}"]),
    ("pt-BR", ["login {USER.p} e senha {PWD.p}, me ajuda"]),
    ("pt-BR", ["conta {ACCT.mm.c}", "{ACCT.mm.c} foi sem querer"]),
    ("pt-PT", ["quarto {mk.room}, cartao {CARD.p} validade {EXP.p} cvv {CVV.sub}"]),
    ("pt-BR", ["anota meu zap {PHONE.mm.e}", "{PHONE.mm.e}", "{PHONE.mm.e} pronto"]),
]
