"""Portuguese chat templates (Brazil and Portugal, a few Brazilians abroad)."""

# ruff: noqa: E501 - templates are chat prose: one message per line, typed dashes kept

from __future__ import annotations

from .builder import T

BR = "pt-BR"
PT = "pt-PT"
ANY = "pt-BR pt-PT"
ABROAD = "pt-US pt-ES"

TEMPLATES = [
    # ---- cartões ---------------------------------------------------------------------------------
    T(ANY, "{w.hi}, o pagamento não passa no {w.card} {CARD} {w.exp} {EXP} {w.cvv} {CVV}"),
    T(BR, "fui cobrada duas vezes no pedido {order}!! cartao {CARD} validade {EXP}"),
    T(BR, "meu cartão é {CARD:spelled}"),
    T(ANY, "cartão {CARD:noise}\n{w.exp} {EXP}\ncvv {CVV}"),
    T(BR, "quero o estorno de {price} nesse cartao aqui: {CARD:letters}"),
    T(
        PT,
        "o número do cartão é {CARD:spaced}, validade {EXP:spelled} e o código de segurança {CVV:spelled}",
    ),
    T(ANY, "{w.exp} {EXP:compact} {w.cvv} {CVV}, é o mesmo cartão de sempre"),
    T(
        BR,
        "paguei dia {date} às {time} com o cartao {CARD} e na fatura veio {price} em vez de {price}",
    ),
    T(PT, "cartão novo: {CARD} val {EXP:compact}, o antigo foi roubado"),
    T(BR, "parcela em {qty}x no cartão {CARD:spaced} vencimento {EXP}"),
    # ---- pin, senha ----------------------------------------------------------------------------------
    T(ANY, "meu {w.pin} é {PIN} e o caixa eletrônico diz que tá errado"),
    T(BR, "a senha do cartão é {PIN:spelled}, bloqueou desde {date}"),
    T(ANY, "não consigo entrar, login {EMAIL} {w.pwd} {PWD}"),
    T(BR, "troquei a {w.pwd} pra {PWD} e o app versão {version} não aceita"),
    T(PT, "podem repor a palavra-passe? a antiga era {PWD} acho eu"),
    # ---- banco ---------------------------------------------------------------------------------------
    T(BR, "pro reembolso: banco itaú {w.routing} {ROUTING} {w.acct} {ACCT}"),
    T(BR, "ag {ROUTING} c/c {ACCT} (nubank) pode depositar lá"),
    T(PT, "para o reembolso o meu {w.iban} é {IBAN}"),
    T(PT, "o meu NIB é {ACCT} da caixa, ou se preferirem o iban {IBAN:broken}"),
    T(PT, "iban:\n{IBAN:broken}\n{w.swift} {SWIFT}"),
    T(BR, "tenho conta fora, {w.iban} {IBAN} {w.swift} {SWIFT}"),
    T(PT, "NIB {ACCT:spaced} obrigado"),
    # ---- cpf, cnpj, nif ------------------------------------------------------------------------------
    T(BR, "pra nota fiscal: {w.cpf} {CPF}"),
    T(BR, "cpf {CPF:spaced} e telefone {PHONE}"),
    T(BR, "meu cpf é {CPF:spelled}"),
    T(BR, "o site não aceita meu cpf {CPF:letters}, copiei do documento"),
    T(BR, "a nota é no cnpj da empresa, {w.cnpj} {CNPJ}, pedido {order}"),
    T(BR, "cnpj {CNPJ:spaced} razão social no cadastro, total {price}"),
    T(BR, "CPF {CPF:noise} (o app corta os pontos)"),
    T(PT, "a fatura tem de ter o meu {w.nif} {NIF}"),
    T(PT, "nif {NIF:spaced} e código postal {postal}"),
    T(PT, "contribuinte {NIF:spelled}, é para a fatura {invoice}"),
    T(PT, "o meu nif é {NIF:letters}"),
    T(ANY, "{w.passport} {PASSPORT} pro voo {flight} dia {date}"),
    T(BR, "{w.dl} {DL}, tirei em {year}, é pro aluguel do carro às {time}"),
    T(PT, "{w.dl} {DL}, passaporte {PASSPORT}"),
    # ---- contato -----------------------------------------------------------------------------------
    T(ANY, "me liga no {PHONE} depois das {time}"),
    T(BR, "meu zap {PHONE:spaced}"),
    T(PT, "o meu telemóvel é o {PHONE}, o antigo era {PHONE}"),
    T(ANY, "meu email é {EMAIL:emailsp} (o formulário não aceita arroba)"),
    T(ANY, "o link {EMAILURL} não abre"),
    T(BR, "cliquei em {PHONEURL} e abriu conversa com outra pessoa"),
    T(ANY, "{w.email} {EMAIL} {w.phone} {PHONE:noise}"),
    T(BR, "meu celular é {PHONE:spelled}"),
    T(PT, "tlm {PHONE:letters}"),
    T(ABROAD, "moro fora agora, meu {w.phone} daqui é {PHONE}"),
    # ---- técnico ------------------------------------------------------------------------------------
    T(ANY, "o roteador {model} cai toda hora, ip {IP} mac {MAC} firmware {version}"),
    T(
        ANY,
        "segue a config:\nAWS_ACCESS_KEY_ID={AKEY:kv}\nAWS_SECRET_ACCESS_KEY={SKEY:kv}\nREGION=sa-east",
    ),
    T(BR, "a loja conecta por {URLCRED} e parou de sincronizar depois da {version}"),
    T(ANY, "no .env tá assim\nDB_USER=loja\nDB_PASS={PWD:kv}\ntem problema?"),
    # ---- longos ------------------------------------------------------------------------------------
    T(
        BR,
        "oi boa tarde, seguinte, comprei dia {date} {qty} unidades do {model} por {price} no cartão {CARD} validade {EXP} e até agora nada, o rastreio {tracking} tá parado em Curitiba desde {date}. já liguei às {time} e mandaram falar por aqui. meu cpf pra nota é {CPF}, cep {postal}, telefone {PHONE} e email {EMAIL:emailsp}. se não chegar até {date} quero o dinheiro de volta, o protocolo que me deram foi {ticket}. obrigada",
    ),
    T(
        PT,
        "Boa tarde, escrevo novamente sobre a encomenda {order} feita a {date}. Encomendei {qty} artigos ({model}) no valor de {price}, mas os CTT ({tracking}) indicam entrega numa morada com o código postal {postal}, que não é a minha. Já liguei às {time} e disseram-me para escrever aqui. Para o reembolso, o meu {w.iban} é {IBAN} e o {w.nif} para a fatura {invoice} é {NIF}. Podem contactar-me pelo {PHONE}. Obrigado",
    ),
    # ---- várias mensagens -----------------------------------------------------------------------------
    T(ANY, "o cartão é {CARD~1/2}", "{CARD~2/2}"),
    T(BR, "vou mandar em partes {CARD~1/3}", "{CARD~2/3}", "{CARD~3/3} validade {EXP:compact}"),
    T(BR, "cpf {CPF~1/2}", "{CPF~2/2}"),
    T(PT, "iban {IBAN~1/2}", "{IBAN~2/2} desculpe, enviou antes"),
    T(ANY, "cel {PHONE~1/2}", "{PHONE~2/2}"),
    T(PT, "nif {NIF~1/2}", "{NIF~2/2}"),
    T(BR, "é {CARD~1/2} pera", "{CARD~2/2} pronto, pedido {order}"),
    # ---- sem dados pessoais ------------------------------------------------------------------------
    T(BR, "cadê meu pedido {order}? rastreio {tracking}, comprei dia {date}"),
    T(BR, "pedido {fake} ainda não foi enviado"),
    T(ANY, "o {model} veio quebrado, nota {invoice}, paguei {price}"),
    T(BR, "a loja {store} abre dia {date}? queria passar lá umas {time}"),
    T(BR, "quanto fica o frete pro cep {postal}? são {qty} caixas"),
    T(ANY, "o app fecha sozinho desde a versão {version}, meu celular é um {model}"),
    T(ANY, "o voo {flight} atrasou pra {time} e minha mala sumiu, protocolo {ticket}"),
    T(ANY, "{w.thanks} deu certo 😊"),
    T(PT, "número de cliente {fakeref}, prometeram-me um crédito de {price}"),
    T(PT, "a encomenda {fake} continua em preparação"),
    T(ANY, "a fatura {fakeinv} diz {price} mas no site era {price}"),
    T(PT, "CTT {tracking} parado no centro de distribuição desde {date}"),
    T(ANY, "o carregador do {model} serve no {model} de {year}?"),
    T(BR, "pedido {order16} em separação desde {date}, é normal?"),
    T(ANY, "devolvi {qty} itens dia {date} e o estorno de {price} não caiu"),
    T(ANY, "beleza, espero até {date} então, {w.thanks}"),
    T(
        PT,
        "Bom dia, a encomenda {order} devia chegar a {date} entre as {time} e as {time}, mas o seguimento {tracking} diz entregue no {postal}. Foram debitados {price}. Podem verificar? Obrigada",
    ),
    # ---- acrescentos: slots raros, entradas, mais negativos ------------------------------------------
    T(PT, "o webhook apontava para {URLCRED} e agora dá erro"),
    T(ANY, "a câmera mostra ip {IP} e mac {MAC} mas não pareia"),
    T(PT, "chaves de acesso que o técnico pediu: {AKEY} e {SKEY}"),
    T(ANY, "quero trocar o cartão da assinatura", "{CARD:spaced} {w.exp} {EXP}", "{w.cvv} {CVV}"),
    T(BR, "meu email: {EMAIL:emailsp} manda a nota {invoice} lá"),
    T(ANY, "oi? tem alguém aí", "tô esperando desde {time}"),
    T(BR, "dá pra mudar a entrega do pedido {order} pro dia {date} depois das {time}?"),
    T(PT, "o débito de {price} de {date} é da anuidade ou da mensalidade? encomenda {order16}"),
    T(BR, "vi o {model} por {price} em outra loja, vocês cobrem?"),
    T(BR, "na nota tem uma referência {fake}, isso é meu cpf?? não reconheço"),
    T(PT, "a encomenda {tracking} foi para {postal} em vez da minha morada, encomendei a {date}"),
    T(BR, "lojista aqui, cnpj {CNPJ} e o responsável cpf {CPF}, preciso do contrato"),
    T(
        BR,
        "oi, é a quarta vez que escrevo e espero que alguém leia até o fim. dia {date} fiz o pedido {fake} (é o número do email de confirmação, não o da nota {invoice}) de {qty} unidades do {model}, total {price}. paguei no cartão {CARD} {w.exp} {EXP} e fui cobrada duas vezes, dia {date} e dia {date}. o rastreio {tracking} diz entregue às {time} no cep {postal}, só que esse não é o meu cep. liguei, abriram o protocolo {ticket} e prometeram estorno em cinco dias úteis, nada até agora. pra não ter desculpa: meu cpf {CPF}, telefone {PHONE}, email {EMAIL}, e se for mais fácil depositar, ag {ROUTING} conta {ACCT}. também recebi um sms estranho pedindo minha {w.pwd} do app (versão {version}), não respondi. sou cliente desde {year} e nunca tive problema. por favor me respondam hoje, o presente era pro dia {date}. obrigada",
    ),
    T(BR, "o número do pedido é {fake} e meu cpf é {CPF}, não confundam os dois"),
]
