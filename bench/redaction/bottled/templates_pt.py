"""Portuguese customer messages (Brazil, Portugal), hand-written."""

D, S = "dev", "sealed"
BR, PT = "pt-BR", "pt-PT"

TEMPLATES = [
    # ---------------------------------------------------------------- dev
    (
        D,
        None,
        [
            "oi, fui cobrado duas vezes no pedido {=order_number}. cartão {CARD:?} validade {EXP:?} cvv {CVV:?}"
        ],
    ),
    (
        D,
        None,
        [
            "vou mandar o numero do cartao {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "pronto kkk",
        ],
    ),
    (
        D,
        None,
        ["minha encomenda {=tracking_number} sumiu", "meu email {EMAIL:?} e whats {PHONE:?}"],
    ),
    (
        D,
        None,
        [
            "quero pagar a fatura por débito direto, IBAN {IBAN:?} e swift {SWIFT}",
            "fatura {=invoice_number} de {=price}",
        ],
    ),
    (
        D,
        None,
        [
            "reserva {=booking_reference}, voo {=flight_number} dia {=date}",
            "passaporte {PASSPORT} e meu documento {NATID:?}",
        ],
    ),
    (
        D,
        None,
        [
            "o roteador dá erro {=error_code}, tentei http://{USER}:{PW:url_credentials}@{IP}/",
            "mac {MAC}",
        ],
    ),
    (
        D,
        None,
        [
            "depois da versão {=version} quebrou tudo, segue meu .env\nAWS_ACCESS_KEY_ID={AKEY:key_value_secret}\nAWS_SECRET_ACCESS_KEY={SKEY:key_value_secret}"
        ],
    ),
    (
        D,
        None,
        [
            "o link de descadastro não funciona https://loja.example.com.br/sair?email={EMAIL:percent_encoded}",
            "nem esse ?cel={PHONE:percent_encoded}",
        ],
    ),
    (D, BR, ["senha do cartão {PIN:context_only}", "agência {ROUTING} conta {ACCT:?}"]),
    (D, None, ["mexicano morando aqui, minha clabe é {CLABE:?}"]),
    (
        D,
        None,
        ["sinistro do carro, apólice {=policy_number}, placa {=plate_number}", "minha CNH {DL:?}"],
    ),
    (
        D,
        None,
        [
            "me liga no {PHONE:multi_message#1}",
            "{PHONE:multi_message#2}",
            "{PHONE:multi_message#3} depois das {=time}",
        ],
    ),
    (D, None, ["login {USER:context_only} senha {PW:?} e diz que está bloqueado"]),
    (D, None, ["brigadão!! 👍"]),
    (D, PT, ["o meu nib {ACCT:multi_message#1}", "{ACCT:multi_message#2}"]),
    # ---------------------------------------------------------------- sealed
    (S, None, ["{CARD:?} esse é o cartão, vence {EXP:?}"]),
    (S, None, ["paguei {=price} mas a promoção era {=percentage} de desconto. cartão {CARD:?}"]),
    (D, None, ["código de segurança atrás do cartão: {CVV:?}", "validade {EXP:?}"]),
    (S, None, ["preciso trocar a senha do cartão, a antiga era {PIN:?}"]),
    (
        S,
        None,
        [
            "numero do cartao {CARD:multi_message#1}",
            "{CARD:multi_message#2}",
            "{CARD:multi_message#3}",
        ],
    ),
    (S, BR, ["meu cpf {CPF:?}", "e o cnpj da empresa {CNPJ:?}"]),
    (S, BR, ["cpf: {CPF:multi_message#1}", "{CPF:multi_message#2}"]),
    (S, PT, ["o meu NIF é {NIF:?}, código postal {=postal_code}"]),
    (S, PT, ["contribuinte {NIF:multi_message#1}", "{NIF:multi_message#2}"]),
    (S, None, ["pra reembolso usa esse IBAN\n{IBAN:iban_broken}\nvaleu"]),
    (D, None, ["swift {SWIFT}, iban {IBAN:?}"]),
    (S, None, ["contrato {=contract_number}, por favor atualizem o email para {EMAIL:?}"]),
    (S, None, ["meu número novo é {PHONE:?}, o antigo já era"]),
    (S, None, ["número fiscal {NATID:?}"]),
    (S, None, ["passaporte: {PASSPORT:context_only}, válido até {=date}, somos {=count} pessoas"]),
    (
        S,
        None,
        [
            "disseram que minha carteira de motorista {DL} está suspensa??",
            "paguei a multa de {=price} em {=date}",
        ],
    ),
    (S, None, ["esqueci meu usuário acho que era {USER:?}", "email {EMAIL:email_spelled}"]),
    (S, None, ["das minhas notas: user={USER} pass={PW:key_value_secret}"]),
    (D, None, ["meu ip {IP} e a vpn mostra erro {=error_code}"]),
    (S, None, ["mac do aparelho {MAC}, modelo {=product_model}, versão {=version}"]),
    (S, None, ["subi sem querer no github, podem revogar? {AKEY} {SKEY}"]),
    (S, None, ["a senha do internet banking é {PW:context_only} sei que não devia mandar"]),
    (
        S,
        None,
        [
            "comprei {=quantity} unidades de {=product_model} dia {=date}, pedido {=order_number}, ainda em separação"
        ],
    ),
    (S, None, ["protocolo {=ticket_number} aberto desde {=date}!!! ninguém responde"]),
    (S, None, ["quarto {=room_number}, fiz checkout às {=time} e cobraram {=price} do frigobar"]),
    (S, None, ["assento {=seat_number} no voo {=flight_number} foi vendido duas vezes"]),
    (D, None, ["leitura do contador {=meter_reading}", "cep {=postal_code}"]),
    (
        S,
        None,
        [
            "já usei {=data_size} e hoje é dia {=date}?",
            "a loja {=store_number} mandou falar com vocês",
        ],
    ),
    (S, None, ["ok", "e agora?"]),
    (S, None, ["telefone fixo {PHONE:spaced_or_dashed} ou celular {PHONE:?}"]),
    (S, None, ["(cartão {CARD:spaced_or_dashed}) (val {EXP:compact_expiry})"]),
    (S, None, ['"{EMAIL}" é o meu login', "e o código que mandam não funciona"]),
    (S, None, ["sftp://{USER}:{PW:url_credentials}@arquivos.example.pt falha desde {=date}"]),
    (S, None, ["DB_PASSWORD={PW:key_value_secret}\nDB_HOST=db.interno.example"]),
    (
        D,
        None,
        [
            "quilometragem {=mileage} km, matrícula {=plate_number}, carta de condução {DL:context_only}"
        ],
    ),
    (S, None, ["podem me achar no {PHONE:letter_substitution}", "ou no email {EMAIL:?}"]),
    (S, None, ["cartão final {CARD:split_by_noise} validade {EXP} senha {PIN:spelled_out}"]),
    (S, None, ["meu documento {NATID:?}, cep {=postal_code}"]),
    (S, None, ["to usando a conta da minha filha, o usuário dela é {USER:context_only}"]),
    (S, None, ["vejam https://portal.example.com/verificar?u={EMAIL:percent_encoded}"]),
    (S, None, ["o iban: {IBAN:split_by_noise}"]),
    (S, BR, ["agencia {ROUTING} conta corrente {ACCT}"]),
    (D, None, ["clabe mexicana {CLABE:?} (é da minha tia)"]),
    (S, None, ["senha {PIN:?} cvc {CVV:context_only}"]),
    (
        S,
        None,
        ["boa tarde, dia {=date} comprei {=price} e nada, meu telefone é {PHONE:spelled_out}"],
    ),
    (S, None, ["{NATID:spaced_or_dashed} é meu documento"]),
    (
        S,
        None,
        [
            "eu de novo 🙄 a transferência pro {IBAN:?} voltou, ref {=invoice_number}",
            "meu telefone se precisar {PHONE:?}",
        ],
    ),
    (S, BR, ["pro cadastro: cpf {CPF:spaced_or_dashed}, cnpj {CNPJ}, cep {=postal_code}"]),
    (
        S,
        None,
        [
            "cancelem a assinatura de {=price}, email {EMAIL:?} e o cartão que pago é {CARD:letter_substitution}"
        ],
    ),
    (
        S,
        None,
        [
            "dados pro salário: routing {ROUTING:context_only}, conta {ACCT:spaced_or_dashed}, swift {SWIFT}"
        ],
    ),
    (D, None, ["{PW} <- essa é a senha do wifi que pediram, o roteador é {=product_model}"]),
    (D, PT, ["bom dia, o meu telemóvel {PHONE:?}", "e o email {EMAIL:?}"]),
    (D, None, ["recebi um sms do {PHONE:?} pedindo minha senha, são vocês? não respondi"]),
    (
        S,
        None,
        [
            "acessaram minha conta do ip {IP} não fui eu",
            "e a transferência foi pra clabe {CLABE:?} no méxico",
        ],
    ),
    (
        S,
        None,
        [
            "o iban {IBAN:multi_message#1}",
            "{IBAN:multi_message#2}",
            "{IBAN:multi_message#3} copiei do app",
        ],
    ),
    (S, BR, ["cnpj da loja {CNPJ:multi_message#1}", "{CNPJ:multi_message#2}"]),
    (
        D,
        None,
        [
            "URGENTE clonaram meu cartão {CARD:?} e gastaram {=price} numa loja que nunca fui!!! bloqueiem"
        ],
    ),
    (
        D,
        BR,
        [
            "boa noite, pra segunda via do boleto preciso informar cpf {CPF:?} e celular {PHONE:?}",
            "obrigada",
        ],
    ),
    (
        S,
        PT,
        [
            "vou mudar de casa a {=date}, novo código postal {=postal_code}, o email continua {EMAIL} mas o telemóvel passa a {PHONE:?}"
        ],
    ),
    (S, None, ["pro pedido de visto: passaporte [{PASSPORT}] e documento [{NATID}]"]),
    (
        S,
        None,
        [
            "por que minha conta veio {=price}??? normalmente é {=price}. titular {EMAIL:email_spelled}"
        ],
    ),
    (S, BR, ["oi, quero cancelar a linha, número {PHONE:?}, cnpj da empresa {CNPJ:?}", "valeu"]),
    (
        S,
        None,
        [
            "o app fecha sozinho no {=product_model} versão {=version}, logado como {USER}",
            "já reinstalei {=count} vezes",
        ],
    ),
    (
        S,
        None,
        [
            "acho que caí num golpe 😭 digitei a senha do banco {PW:context_only} e a senha do cartão {PIN:?} num site falso"
        ],
    ),
]
