"""Portuguese templates (pt-BR, pt-PT). Sealed split: do not read for tuning."""

from __future__ import annotations

DEV: list[tuple[str, list[str]]] = [
    (
        "pt-BR",
        [
            "oi, meu cartao {CARD|spaced_or_dashed} foi recusado, validade {EXP|compact_expiry} cvv {CVV|letter_substitution}",
            "pedido {~order} de {~amount}",
        ],
    ),
    (
        "pt-PT",
        [
            "queria mudar o debito direto para o IBAN {IBAN|iban_broken}",
            "BIC {SWIFT}, e o NIF para a fatura {~invoice} e {NIF}",
        ],
    ),
    (
        "pt-BR",
        [
            "meu CPF {CPF|spelled_out}",
            "e o celular {PHONE|multi_message}",
        ],
    ),
    (
        "pt-BR",
        [
            "nao chega o email de confirmacao, e {EMAIL|email_spelled}",
            "meu usuario {USER}",
        ],
    ),
    (
        "pt-PT",
        [
            "o link da SMS e https://cliente.example.pt/ativar?email={EMAIL|percent_encoded}&passo={~count}",
            "e o do meu marido https://cliente.example.pt/ativar?tlm={PHONE|percent_encoded}",
        ],
    ),
    (
        "pt-BR",
        [
            "o fornecedor colou isso no chamado {~ticket}:",
            "AWS_ACCESS_KEY_ID = {AKID|key_value_secret}\nAWS_SECRET_ACCESS_KEY = {ASK|key_value_secret}",
            "ip do servidor {IP}, mac {MAC}",
        ],
    ),
    (
        "pt-BR",
        [
            "o script de backup usa https://{USER|url_credentials}:{PWD|url_credentials}@backup.example.com.br/pasta",
            "senha do cartao {PIN|spaced_or_dashed}",
        ],
    ),
    (
        "pt-BR",
        [
            "morei nos EUA, tenho SSN {SSN|letter_substitution} e ITIN {ITIN}",
            "e em Londres o national insurance {NINO}",
        ],
    ),
    (
        "pt-PT",
        [
            "passaporte {PASSPORT} e carta de conducao {DL}",
            "voo {~flight} dia {~date}, lugar {~seat}",
        ],
    ),
    (
        "pt-BR",
        [
            "pra minha cunhada espanhola: DNI {DNI|split_by_noise} e o marido NIE {NIE}",
            "o fornecedor mexicano: CURP {CURP}, RFC {RFC}, CLABE {CLABE|multi_message}",
        ],
    ),
    (
        "pt-BR",
        [
            "CNPJ da empresa {CNPJ|spaced_or_dashed}",
            "vou mandar o numero de seguro social frances da minha esposa",
            "{NIR|context_only}",
            "e o Steuer-ID alemao {STEUERID}",
        ],
    ),
    (
        "pt-BR",
        [
            "agencia {ROUTING} conta {ACCT}",
            "o numero do cartao vai em duas partes",
            "{CARD|multi_message}",
        ],
    ),
]

SEALED: list[tuple[str, list[str]]] = [
    (
        "pt-BR",
        [
            "Boa tarde! Fui cobrado duas vezes no pedido {~order}, {~amount} cada. O cartao e {CARD}",
            "vence em {EXP}",
        ],
    ),
    (
        "pt-BR",
        [
            "meu cartao e {CARD|multi_message}",
            "chegou? minha net ta ruim",
        ],
    ),
    (
        "pt-BR",
        [
            "num do cartao {CARD|split_by_noise} venc {EXP|compact_expiry} cod seguranca {CVV}",
        ],
    ),
    (
        "pt-PT",
        [
            "desculpe enganei-me num digito, o correto e {CARD|letter_substitution}",
            "codigo de seguranca {CVV|spelled_out}",
        ],
    ),
    (
        "pt-BR",
        [
            "minha filha ta lendo pra mim: {CARD|spelled_out}",
            "validade {EXP}",
        ],
    ),
    (
        "pt-PT",
        [
            "Bom dia, pretendo alterar a conta de debito da quota. Novo IBAN: {IBAN}, BIC/SWIFT: {SWIFT|spaced_or_dashed}. Obrigado",
        ],
    ),
    (
        "pt-PT",
        [
            "iban",
            "{IBAN|iban_broken}",
            "conta conjunta",
        ],
    ),
    (
        "pt-PT",
        [
            "o IBAN e {IBAN|multi_message}",
            "titular Ines Costa",
        ],
    ),
    (
        "pt-BR",
        [
            "faz o pix pra mim nao, prefiro TED: agencia {ROUTING} conta corrente {ACCT}, valor {~amount}",
        ],
    ),
    (
        "pt-BR",
        [
            "conta",
            "{ACCT|multi_message}",
            "agencia {ROUTING|spelled_out}",
        ],
    ),
    (
        "pt-BR",
        [
            "Para emitir a nota fiscal {~invoice} preciso do CPF {CPF} ou do CNPJ {CNPJ} da empresa",
        ],
    ),
    (
        "pt-BR",
        [
            "cpf {CPF|split_by_noise}",
            "nao, pera, errei, e {CPF|letter_substitution}",
        ],
    ),
    (
        "pt-BR",
        [
            "cnpj da loja",
            "{CNPJ|context_only}",
        ],
    ),
    (
        "pt-BR",
        [
            "me liga no {PHONE} depois das {~time}",
        ],
    ),
    (
        "pt-BR",
        [
            "meu zap novo {PHONE|multi_message}",
            "o outro perdi",
        ],
    ),
    (
        "pt-PT",
        [
            "telemovel {PHONE|spelled_out}",
            "ou o fixo {PHONE|spaced_or_dashed}",
        ],
    ),
    (
        "pt-BR",
        [
            "meu email {EMAIL|email_spelled}",
            "tudo minusculo",
        ],
    ),
    (
        "pt-PT",
        [
            "recebi um link estranho https://conta.example.pt/cancelar?email={EMAIL|percent_encoded}&motivo=nenhum e vosso?",
        ],
    ),
    (
        "pt-BR",
        [
            "o SMS pede pra pagar {~amount} de taxa em https://entrega.example.com.br/t?cel={PHONE|percent_encoded}, rastreio {~tracking}",
        ],
    ),
    (
        "pt-BR",
        [
            "depois da atualizacao {~version} o sistema nao conecta mais em ftp://{USER|url_credentials}:{PWD|url_credentials}@notas.example.com.br/entrada",
        ],
    ),
    (
        "pt-PT",
        [
            "colei sem querer o nosso .env no formulario:",
            "AWS_ACCESS_KEY_ID={AKID|key_value_secret}",
            "AWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "podem apagar?",
        ],
    ),
    (
        "pt-BR",
        [
            "no arquivo de config ta SENHA={PWD|key_value_secret} isso e perigoso?",
        ],
    ),
    (
        "pt-BR",
        [
            "login {USER} senha {PWD}",
            "ta bloqueado faz {~count} dias",
        ],
    ),
    (
        "pt-PT",
        [
            "esqueci-me do PIN, era {PIN} ou {PIN|letter_substitution}",
        ],
    ),
    (
        "pt-BR",
        [
            "a senha de {~count} digitos do cartao {PIN|spaced_or_dashed} nao funciona no caixa",
        ],
    ),
    (
        "pt-BR",
        [
            "vou viajar dia {~date} no voo {~flight}, passaporte {PASSPORT}",
            "assento {~seat} se der",
        ],
    ),
    (
        "pt-BR",
        [
            "numero da CNH",
            "{DL|context_only}",
        ],
    ),
    (
        "pt-PT",
        [
            "carta de conducao {DL|spaced_or_dashed} e passaporte {PASSPORT|letter_substitution}, quarto {~room}",
        ],
    ),
    (
        "pt-BR",
        [
            "o roteador {~model} pega ip {IP}, o mac e {MAC|spaced_or_dashed}, cai a cada {~count} minutos",
        ],
    ),
    (
        "pt-PT",
        [
            "houve um acesso de {IP} que nao fui eu! moro no codigo postal {~zip}, porta {~street}",
        ],
    ),
    (
        "pt-BR",
        [
            "sou americana, SSN {SSN|spaced_or_dashed}, e o ITIN do meu marido {ITIN|split_by_noise}",
        ],
    ),
    (
        "pt-PT",
        [
            "trabalhei em Manchester, national insurance number {NINO|spaced_or_dashed}",
        ],
    ),
    (
        "pt-PT",
        [
            "colega espanhol: DNI {DNI}, a namorada dele NIE {NIE|letter_substitution}",
        ],
    ),
    (
        "pt-BR",
        [
            "transferencia pro Mexico: CLABE {CLABE|spaced_or_dashed}, RFC {RFC|letter_substitution}, CURP {CURP}",
        ],
    ),
    (
        "pt-PT",
        [
            "NIF",
            "{NIF|multi_message}",
            "para a fatura por favor",
        ],
    ),
    (
        "pt-PT",
        [
            "trabalhei em Paris, numero da seguranca social frances {NIR}, e na Alemanha a Steuer-ID {STEUERID|spelled_out}",
        ],
    ),
    (
        "pt-PT",
        [
            "contribuinte",
            "{NIF|context_only}",
            "e o alemao {STEUERID|split_by_noise}",
        ],
    ),
    (
        "pt-BR",
        [
            "my card is {CARD|multi_message}",
            "foi mal, escrevi em ingles",
        ],
    ),
    (
        "pt-BR",
        [
            "chave de acesso {AKID} e secret {ASK} precisam ser revogadas, ficaram no repositorio publico desde {~date}",
        ],
    ),
    (
        "pt-BR",
        [
            "cpf",
            "{CPF|multi_message}",
            "o resto mando por email",
        ],
    ),
    (
        "pt-PT",
        [
            "telemovel {PHONE|split_by_noise}, disponivel entre as {~time} e as {~time}",
        ],
    ),
    (
        "pt-BR",
        [
            "oi",
            "minha conta de luz nao ta sendo debitada",
            "o cartao {CARD} venceu em {EXP}, o novo e {CARD|spaced_or_dashed}",
            "instalacao {~policy}",
        ],
    ),
    (
        "pt-PT",
        [
            "Exmos. Senhores, conforme falado a {~date}, seguem os meus dados: telefone {PHONE|letter_substitution}, email {EMAIL}, NIF {NIF|spaced_or_dashed}. Cumprimentos",
        ],
    ),
    (
        "pt-BR",
        [
            "qual era minha conta mesmo",
            "achei",
            "{ACCT|context_only}",
            "agencia {ROUTING|letter_substitution}",
        ],
    ),
    (
        "pt-BR",
        [
            "a senha do cartao da minha mae {PIN} nao funciona, o celular dela e {PHONE|multi_message}",
            "ela nao manja de app",
        ],
    ),
]
