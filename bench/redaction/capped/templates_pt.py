"""Portuguese customer messages (Brazil, Portugal), written by hand. D = dev, S = sealed."""

from .tpl import D, S

TEMPLATES = [
    D("oi meu cartão {CARD} foi recusado, validade {EXP:cexp} cvv {CVV}"),
    D("meu pedido {=order_number} não chegou, paguei {=price}", "cep {=postal_code}"),
    D("número do cartão {CARD:mm}", "{+}", "foi sem querer kkk"),
    D("não consigo entrar, usuário {USER:ctx} email {EMAIL:espell}"),
    D("meu cel {PHONE} e o fixo {PHONE:sp}, liga depois das {=time} pfv"),
    D("transferência travada!! IBAN {IBAN:ibanb} SWIFT {SWIFT}", "foi dia {=date}"),
    D("CPF {CPF} e CNPJ da empresa {CNPJ}"),
    D("NIF {NIF} e o numero da seguranca social francesa {NIR}", "e o Steuer-ID alemão {STEUER}"),
    D(
        "pra conta no mexico: CURP {CURP}, RFC {RFC}, CLABE {CLABE}",
        "e DNI espanhol {DNI} / NIE {NIE}",
    ),
    D("SSN {SSN/ITIN} e o national insurance {NINO}"),
    D("dá erro {=error_code} no app versão {=version}, minha senha é {PASSWORD:ctx}"),
    D("passaporte {PASSPORT} voo {=flight_number} localizador {=booking_reference}"),
    D("cnh {DL} placa {=plate_number}"),
    D("copiei do arquivo\n{AKEY:kv}\n{SKEY:kv}"),
    D("conta {ACCT} agência {ROUTING}", "valeu"),
    D("ip {IP} mac {MAC} o roteador não conecta"),
    D("minha senha do cartão {PIN:spell/ctx} bloqueou"),
    S("olá? tem alguém aí", "to esperando faz {=count} minutos"),
    S("cobraram {=price} duas vezes na loja {=store_number} no cartão {CARD:sp/noise}"),
    S("{CARD:sub/sp} venc {EXP} código {CVV:spell/sub}"),
    S("meu número é {PHONE:mm}", "{+}"),
    S("me liga no {PHONE:spell/sub/noise}"),
    S("o link de redefinir vai pra {EMAIL:pct}"),
    S("quero cancelar o contrato {=contract_number}. e-mail: {EMAIL}, telefone: {PHONE:sp}"),
    S("o acesso é sftp://{USER}:{PASSWORD:url}@arquivos.example.com.br e não sobe nada"),
    S("SENHA={PASSWORD:kv}", "sei que não devia mandar aqui"),
    S("minha conta bancária {ACCT:mm}", "{+}", "{+}"),
    S("nº da conta {ACCT:sp/noise} agência {ROUTING}"),
    S("IBAN:\n{IBAN:ibanb/sp}\nBIC: {SWIFT}"),
    S(
        "a encomenda {=tracking_number} está parada no centro de distribuição desde {=date}, fone pra entrega {PHONE:sp}"
    ),
    S(
        "quarto {=room_number}, check-in {=date}. cartão da reserva {CARD:sp}, código de segurança {CVV:ctx}"
    ),
    S("meu ITIN {ITIN:sp} pro imposto americano"),
    S("social security {SSN:spell/sub/noise}"),
    S("passaporte novo {PASSPORT:ctx} emitido em {=year}"),
    S("bati o carro dia {=date} às {=time}, carta de condução {DL}, apólice {=policy_number}"),
    S("a senha {PIN:sub/ctx} deu errado {=count} vezes no caixa"),
    S("validade {EXP:cexp/pl} e cvc {CVV}", "serve?"),
    S("usuário: {USER}\nsenha: {PASSWORD}"),
    S(
        "internet muito lenta, pago {=data_size} e não chega nem perto. modem {=product_model}, ip {IP}"
    ),
    S("libera o MAC {MAC} por favor"),
    S("na fatura {=invoice_number} o IBAN está errado, o certo é {IBAN}"),
    S("AWS_SECRET_ACCESS_KEY={SKEY:kv}", "chave de acesso {AKEY:kv}", "vazaram, como troco?"),
    S("CURP {CURP:sp}, RFC {RFC}, CLABE {CLABE:mm}", "{+}"),
    S("meu cpf {CPF:sp/sub} cnpj {CNPJ:sp}"),
    S("o governo francês pede meu NIR {NIR:sp}"),
    S("número de contribuinte {NIF:sp/spell} e Steuer-ID {STEUER:sp}"),
    S("DNI {DNI:sp} NIE {NIE}", "protocolo {=ticket_number}"),
    S("assento {=seat_number} no voo {=flight_number}, passaporte {PASSPORT}"),
    S("leitura do contador {=meter_reading}, email {EMAIL:espell/pct}"),
    S("obrigado, tenha um bom dia"),
    S(
        "chegaram {=quantity} peças quebradas do pedido {=order_number}",
        "estorna no cartão {CARD:noise/sp}",
    ),
    S("routing number {ROUTING:sp} e conta corrente {ACCT:ctx/sub}"),
    S("tel: {PHONE:pct}"),
    S("aumentou {=percentage} esse mês, absurdo"),
    S("usuário {USER}, e-mail {EMAIL}"),
    D(
        "passei meu cel pro entregador {PHONE:sub/noise} e ele nunca ligou",
        "rastreio {=tracking_number}",
    ),
    D("pq o link de descadastro tem {EMAIL:pct}?? nunca me cadastrei"),
    D("o nas é https://{USER}:{PASSWORD:url}@nas.example.net/ não ri"),
    D("cc {ACCT:noise/sub} deposita o reembolso aí"),
    D("lá vai o cartão {CARD:mm}", "{+}", "{+}"),
    S("meu national insurance de quando morei em londres {NINO:sp}"),
    S("NINO {NINO}", "descontaram {=price} em {=year}"),
    S("iban primeira parte {IBAN:mm}", "{+}"),
    S("to fora do país, me chama no {PHONE:mm}", "{+}", "zap de preferência"),
    S("me cobraram {=price} num pacote de {=data_size} que eu nunca pedi, no cartão {CARD:sp}"),
    D(
        "contrato {=contract_number}, fatura {=invoice_number}, o relógio marca {=meter_reading} e ainda querem minha conta {ACCT}?",
        "já são {=count} ligações, meu cel {PHONE}",
    ),
    D(
        "comprei {=quantity} {=product_model} na loja {=store_number} em {=year} no cartão {CARD:sp}",
        "quarto {=room_number} assento {=seat_number} chamado {=ticket_number} tanto faz, resolve. email {EMAIL}",
    ),
    S(
        "erro {=error_code} depois de atualizar pra {=version}, o suporte pediu meu email {EMAIL} e celular {PHONE}"
    ),
    S("reserva {=booking_reference} pro dia {=date}, cep {=postal_code}, passaporte {PASSPORT}"),
]
