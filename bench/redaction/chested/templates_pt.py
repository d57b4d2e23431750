"""Portuguese customer turns (pt-BR, pt-PT). Whole templates belong to one split."""

Template = tuple[str, tuple[str, ...]]

DEV: list[Template] = [
    (
        "pt-BR",
        (
            "oi, cobraram duas vezes o pedido {#order} ({#amount}), cartao {CARD:plain} validade{EXP:compact} cvv {CVV:spelled}",
            "e a senha do cartao é {PIN:letters} se precisar",
        ),
    ),
    (
        "pt-PT",
        (
            "podem ligar-me para o",
            "{PHONE:multi}",
            "{PHONE:more} depois das {#time}, ou email {EMAIL:at}",
        ),
    ),
    (
        "pt-BR",
        (
            "a vpn parou depois da atualizacao {#version}: {CRED:url} ip {IP:plain} mac {MAC:plain}",
            "{AKEY:kv}\n{SKEY:kv}",
            "o link de verificacao era {EMAIL:pct}",
        ),
    ),
    (
        "pt-PT",
        (
            "reembolso para o IBAN {IBAN:broken} BIC {SWIFT:plain}, conta {ACCT:noise} banco balcao {ROUT:spaced}",
            "a clabe do meu irmao no mexico {CLABE:plain}, passaporte {PASS:plain} carta de conducao {DL:plain}",
        ),
    ),
    (
        "pt-BR",
        (
            "pro cadastro: cpf {CPF:plain} cnpj {CNPJ:plain}, ssn do meu marido {SSN:plain}, itin {ITIN:spaced}",
            "e o NIE da minha prima?",
            "{NIE:ctx}",
            "dni {DNI:plain} curp {CURP:plain} rfc {RFC:plain} nir {NIR:plain} steuer id {IDNR:plain} nif {NIF:plain} NI {NINO:plain}, usuario {USER:plain} senha {PW:plain}",
        ),
    ),
]

SEALED: list[Template] = [
    (
        "pt-BR",
        (
            "com os ultimos digitos nao foi, o numero todo é {CARD:spaced} vence {EXP:plain}",
            "codigo de seguranca {CVV:plain} e cep {#zip}",
        ),
    ),
    (
        "pt-PT",
        (
            "o meu cartao é {CARD:multi}",
            "{CARD:more}",
            "desculpe cortou, validade {EXP:compact} cvv {CVV:letters}",
        ),
    ),
    (
        "pt-BR",
        (
            "troquei de celular kkk 😅 o novo é {PHONE:noise}, o antigo {PHONE:spelled}",
            "reserva {#booking} voo {#flight} dia {#date}",
        ),
    ),
    ("pt-PT", ("o pin acho que é {PIN:spelled} ou {PIN:plain}? ja tentei {#count} vezes",)),
    (
        "pt-BR",
        (
            "sou da TI: {CRED:url} parou desde {#date}",
            "no arquivo env tem\n{AKEY:kv}\n{SKEY:kv}\n{PW:kv}",
        ),
    ),
    (
        "pt-PT",
        (
            "enviem para {EMAIL:at} e nao para o antigo {EMAIL:plain}",
            "o link que recebi: {EMAIL:pct}",
        ),
    ),
    (
        "pt-BR",
        (
            "dados pra transferencia: agencia {ROUT:plain} conta {ACCT:spaced}, swift {SWIFT:plain} iban {IBAN:plain}",
            "boleto {#invoice} de {#amount}",
        ),
    ),
    ("pt-PT", ("balcao {ROUT:letters} n conta {ACCT:plain} e a outra em euros", "{IBAN:broken}")),
    (
        "pt-BR",
        (
            "qual ssn vcs tem no cadastro? deveria ser {SSN:noise}",
            "e o itin da minha mae",
            "{ITIN:ctx}",
        ),
    ),
    (
        "pt-PT",
        (
            "ola, numero NI britanico {NINO:spaced}, passaporte {PASS:plain} valido ate {#date}, carta {DL:plain}",
            "estou no quarto {#room}",
        ),
    ),
    (
        "pt-BR",
        (
            "o roteador {#model} mostra ip {IP:plain} e mac {MAC:plain}, firmware {#version}",
            "login {USER:plain} senha {PW:plain}",
        ),
    ),
    (
        "pt-PT",
        (
            "espanha dni {DNI:spaced} nie {NIE:plain}; mexico curp {CURP:plain} rfc {RFC:plain} clabe {CLABE:noise}",
        ),
    ),
    (
        "pt-BR",
        (
            "meu cpf {CPF:spaced} cnpj da empresa {CNPJ:plain}, nir frances {NIR:plain}",
            "id fiscal alemao {IDNR:spelled} e nif {NIF:letters}",
        ),
    ),
    (
        "pt-BR",
        ("me liga no", "{PHONE:multi}", "{PHONE:more}", "{PHONE:more} valeu, chamado {#ticket}"),
    ),
    (
        "pt-PT",
        ("transferir para a conta {ACCT:multi}", "{ACCT:more} obrigado, contrato {#contract}"),
    ),
    (
        "pt-BR",
        (
            "trocar senha: usuario {USER:kv} nova senha {PW:letters}? encomenda {#tracking} parada desde {#year}",
        ),
    ),
]
