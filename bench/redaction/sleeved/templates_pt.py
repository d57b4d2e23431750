"""Portuguese customer chat templates (hand-written for Brazil, Portugal and Angola).

Same slot syntax as templates_en.py. No digits in the text itself.
"""

TEMPLATES = """
oi
fui cobrado duas vezes no pedido [order]
o cartão é {CARD} validade {EXP}

@pt-BR
meu cartão {CARD:sd} tá sendo recusado e nem venceu, validade {EXP}

olá
quero trocar o cartão cadastrado
{CARD:sd}
cvv {CVV}

numero do cartao {CARD:noise} obg

@pt-BR
então o número é {CARD:mm}
{+}
foi mal acabou a bateria, vencimento {EXP}

{CARD:mm}
{+}
{+}
esse é o cartão, código de segurança {CVV}

o cartão final {CARD4:ctx} não é meu, nunca comprei [qty] tênis por [price]

estorna no cartão com final {CARD4:ctx} por favor

cartão: {CARD:sub}

é o {CARD:spell}

val {EXP:cexp} cvv {CVV}

validade {EXP:cexp}

data de validade {EXP} e os três números de trás {CVV}

o codigo de seguranca é {CVV:spell}

CVV {CVV:ctx}

{CVV}

minha senha do cartão é {PIN} mas o app diz que tá errada

@pt-PT
o pin é {PIN:spell} não digam a ninguém ahah

senha nova {PIN:ctx}, a antiga era {PIN:ctx}

@pt-BR
agência {ROUTING} conta {ACCT:ctx}

@pt-BR
conta corrente {ACCT:ctx}¶agência {ROUTING:ctx}¶valor [price]

@pt-BR
agência {ROUTING:spell}, conta {ACCT:spell}

@pt-PT
o meu número de conta é {ACCT:ctx}

@pt-BR
conta {ACCT:mm}
{+}

@pt-BR
boa tarde, preciso mudar a conta do débito automático
conta {ACCT:sd}

minha conta é {ACCT:noise}

nº da conta {ACCT:sub} (poupança)

@pt-PT
IBAN {IBAN} BIC {SWIFT}

devolvam para o meu IBAN {IBAN:ib} por favor

@pt-PT
o iban é¶{IBAN:ib}

@pt-PT
aqui vai o iban {IBAN:mm}
{+}
swift {SWIFT}

código SWIFT: {SWIFT} se precisarem para a transferência de [price]

iban: {IBAN}

banco: {SWIFT:ctx}

@pt-BR
meu CPF é {CPF}

@pt-BR
cpf {CPF:sd}

@pt-BR
CPF {CPF:mm}
{+}
{+}

@pt-BR
cpf {CPF:noise}

@pt-BR
CPF: {CPF:sub}

@pt-BR
meu cpf é {CPF:spell}

@pt-BR
o cpf do titular {CPF:ctx}

@pt-BR
o CNPJ da empresa é {CNPJ}

@pt-BR
cnpj {CNPJ:ctx} pra nota fiscal

@pt-BR
CNPJ {CNPJ:mm}
{+}

@pt-PT
NIF {NIF}

@pt-PT
o meu contribuinte é {NIF:sd}

@pt-PT
nº de contribuinte {NIF:ctx} para a fatura

@pt-PT
NIF {NIF:mm}
{+}

@pt-PT
nif {NIF:spell}

@pt-PT
contribuinte {NIF:sub}

manda a nota pro {EMAIL} por favor

meu email eh {EMAIL:esp}

{EMAIL}

o link de redefinir https://conta.example.com/reset?email={EMAIL:pct}&t=expirado diz expirado

recebi isso https://mail.example.net/descadastrar?e={EMAIL:pct} e nunca me cadastrei

e-mail {EMAIL:esp} tudo minúsculo

@pt-BR
meu email é {EMAIL} e o do trampo {EMAIL:esp}

me liga no {PHONE} dps das [time] pq to no trampo

meu número {PHONE:sd}

@pt-BR
meu zap {PHONE:noise}

tel {PHONE:sub}

é {PHONE:spell}

@pt-BR
meu cel é {PHONE:mm}
{+}
{+}

meu número é {PHONE:mm}
{+}

o link que recebi https://ajuda.example.com/retorno?tel={PHONE:pct}&h=[time] é de vocês?

@pt-PT
o meu telemóvel {PHONE} mandem sms

@pt-AO
o meu número Unitel {PHONE}

@pt-BR
celular {PHONE:sd} ou fixo {PHONE}

passaporte {PASSPORT}

n do pasaporte {PASSPORT:ctx} válido até [date]

meu passaporte é {PASSPORT} e a reserva [booking]

@pt-BR
CNH {DRIVER}

@pt-BR
minha carteira de motorista {DRIVER:ctx}

@pt-PT
carta de condução {DRIVER}

carta {DRIVER:ctx} emitida em [year]

a senha e {PASSWORD}

senha: {PASSWORD} (eu sei vou trocar)

meu usuário é {USER} e senha {PASSWORD}

usuário {USER}

login: {USER}¶senha: {PASSWORD}

a url que me passaram https://backup:{PASSWORD:url}@arquivos.example.net/compartilhado é seguro colar aqui?

ftp://admin:{PASSWORD:url}@ftp.example.org/envios não funciona desde [date]

DB_PASSWORD={PASSWORD:kv}

segue meu .env, o deploy falha com [error]¶AWS_ACCESS_KEY_ID={AKID:kv}¶AWS_SECRET_ACCESS_KEY={ASK:kv}

chave aws {AKID} secreta {ASK}

access key: {AKID}

a secret key é {ASK}

export AWS_SECRET_ACCESS_KEY={ASK:kv}

meu ip é {IP}

ip do roteador {IP} e mac do aparelho {MAC}

o aparelho com MAC {MAC} cai do wifi toda hora, firmware [version]

ip fixo {IP:ctx} parou depois da atualização [version]

oi
tem alguém aí?
meu cartão {CARD:sd} foi bloqueado

muito obrigado!! bom dia pra vc

cadê minha encomenda? rastreio [tracking]

@pt-BR
o pedido [order] era pra chegar dia [date] e nada

paguei [price] por [qty] itens e só chegaram [count]

o [model] que comprei parou depois de [count] dias

app versão [version] fecha no login, erro [error]

protocolo [ticket] aberto desde [date]

meu voo [flight] de [date] foi cancelado, localizador [booking]

a loja [store] tava fechada às [time]

quarto [room], saí dia [date] e cobraram [price]

minha apólice [policy] renova em [date], por que [pct] mais cara

o contrato [contract] acaba em [year], posso cancelar antes?

só usei [size] de dados e cobraram [size]

@pt-BR
CEP [zip]

@pt-PT
código postal [zip]

valeu
tchau

beleza
precisa de mais alguma coisa?

oi, no meu cartão {CARD} cobraram [price] dia [date] pelo pedido [order] que cancelei

@pt-BR
cartão {CARD:sd}, venc {EXP:cexp}, cep [zip]

cvv {CVV:ctx} / validade {EXP}

os números do cartão {CARD:noise}
e vence {EXP}

desculpa digitei errado, é {CARD:sub}

cartão {CARD:mm}
{+}
val {EXP:cexp}
cvv {CVV}

meu tel {PHONE} e email {EMAIL}

podem me chamar no {PHONE:sd} ou {EMAIL:esp}

contato: {PHONE} / {EMAIL}

manda o código pro {PHONE:noise}

@pt-BR
o número é {PHONE:spell}

meu whats {PHONE}

sim é {PHONE:mm}
{+}

@pt-PT
liguem-me para o {PHONE} antes das [time]

@pt-AO
conta {ACCT:spell}, balcão [store]

obrigado, o número do protocolo é [ticket]

já tentei [count] vezes
continua o erro [error]

por favor escalem o protocolo [ticket]
já são [count] semanas

usuário: {USER}
senha: {PASSWORD}
podem ver por que não consigo entrar?

mudei pra {PASSWORD} e continua inválida

senha nova {PASSWORD:ctx}

mac: {MAC}¶ip: {IP}¶versão [version]

@pt-BR
oi
minha conta é {ACCT:ctx}
agência {ROUTING}

@pt-BR
agência {ROUTING:mm}
{+}

conta {ACCT:mm}
{+}
{+}
é conta corrente não poupança

iban {IBAN:ib} o titular sou eu

o dinheiro tem que ir para {IBAN:ib} ref [invoice]

meu passaporte é {PASSPORT:ctx}, vence [date]

senha do cartão {PIN:sub}

preciso de cartão novo, o antigo (final {CARD4:ctx}) foi roubado no caixa eletrônico

tá, é {CARD}

[qty] x [model] a [price] cada, pago com o cartão {CARD:sd}

é {CVV:ctx}

{PIN:ctx}

{PHONE}

{EMAIL:esp}

{ACCT:ctx}

@pt-BR
{CPF}

@pt-PT
{NIF}

desculpa esse não era. é {CARD:sd}

o email é {EMAIL} e o pedido [order]

me cadastrei com {EMAIL} em [year] e não consigo entrar

meu email antigo {EMAIL} não existe mais, usem {EMAIL:esp}

o link https://loja.example.com/rastreio?pedido=[order]&email={EMAIL:pct} diz pedido não encontrado

meu ip {IP} foi bloqueado depois de [count] tentativas

servidor {IP:ctx}

ssh root@{IP} com a senha {PASSWORD}

mysql://app:{PASSWORD:url}@bd.example.internal/prod é a string de conexão

SMTP_PASSWORD={PASSWORD:kv}¶SMTP_HOST=smtp.example.com

nossa chave vazou?? {AKID} / {ASK}

o pedido era [order] pago com o {CARD4:ctx}

ok valeu pela ajuda, dou [count] estrelas

como está a fatura [invoice]?
diz [price] em aberto

cancelem a assinatura, me cobram [price] todo mês desde [date]

@pt-PT
vivi em Espanha, o meu NIE é {NIE}

@pt-PT
o DNI do meu marido {DNI}

@pt-PT
trabalhei em França, numéro de sécu {NIR}

@pt-PT
steuer-id da Alemanha {STEUER}

@pt-BR
mando dinheiro pro méxico, a CLABE é {CLABE}

@pt-BR
pra nota no méxico, RFC {RFC} e CURP {CURP}

@pt-BR
trabalhei em Londres, NI number {NINO}

@pt-BR
moro nos EUA, meu SSN {SSN}

@pt-BR
ITIN {ITIN}

@pt-PT
o número de conta é o {IBAN:ib}, o antigo fechei

email {EMAIL:esp} obrigado

pin {PIN}

@pt-BR
tô fora do país, meu cel {PHONE:sub}

@pt-PT
conta {IBAN:mm}
{+}
{+}

o código de [count] dígitos é {PIN:ctx}

cartão {CARD:sd}¶validade {EXP}¶cvv {CVV}

@pt-BR
pix? a chave é meu cpf {CPF}

@pt-BR
chave pix {EMAIL}

@pt-BR
chave pix é o celular {PHONE}

@pt-PT
mb way para o {PHONE}

@pt-AO
bom dia, iban {IBAN}

@pt-PT
steuer-id {STEUER:ctx} do recibo alemão

@pt-PT
DNI {DNI:ctx}

@pt-BR
CLABE {CLABE:mm}
{+}

@pt-BR
CURP {CURP:ctx}

@pt-BR
RFC {RFC:ctx} da empresa mexicana

@pt-BR
social security {SSN:sd}

@pt-BR
itin {ITIN:ctx}

@pt-PT
NIE {NIE:sd}

@pt-PT
NIR {NIR:ctx}

@pt-BR
national insurance {NINO:ctx}

o cartão é {CARD:mm}
{+}
pera
{+}

oi, tô tentando pagar o pedido [order] e dá erro
já tentei [count] vezes
o cartão é {CARD:mm}
{+}

@pt-PT
boa tarde, o débito direto de [date] foi devolvido
iban {IBAN:mm}
{+}
{+}

@pt-BR
sim o número do meu marido é {PHONE:mm}
{+}
e o meu {PHONE}
qualquer um

podem confirmar o email que vocês têm? deve ser {EMAIL}
e o celular termina em {PHONE:mm}
{+}

@pt-BR
oi
me cobraram [price] duas vezes
cartão final {CARD4:ctx}
pedido [order]

então o cartão
{CARD:mm}
{+}
{+}

@pt-BR
minha conta {ACCT:mm}
{+}
o estorno de [price] não caiu desde [date]

@pt-BR
cpf {CPF:mm}
{+}
data de nascimento [date]
mais alguma coisa?

@pt-AO
bom dia
o meu número {PHONE:mm}
{+}
liguem depois das [time]

@pt-PT
estou à espera há [min] minutos
o meu nif {NIF:mm}
{+}
{+}

o cvv?
{CVV:mm}
{+}

@pt-BR
meu cnpj {CNPJ:mm}
{+}
pra emitir a nota de [price]

@pt-BR
gente não consigo entrar
meu usuário {USER}
tentei {PASSWORD} e {PASSWORD}
o cel cadastrado é {PHONE}

@pt-PT
olá, usaram o meu cartão {CARD:sd} na loja [store] e não fui eu
[price] em [date]
o meu telemóvel {PHONE} se precisarem

@pt-BR
lá vai
{CARD:mm}
{+}
validade {EXP}, cvv {CVV}

@pt-BR
oi, tô tentando pagar con la tarjeta, digo, cartão {CARD:sd}
vence {EXP}
código {CVV:ctx}

mudança: email novo {EMAIL}
telefone novo {PHONE:sd}
o antigo era {PHONE}

@pt-AO
bom dia, atualizem o meu número {PHONE}
e o email {EMAIL:esp}
passaporte caso precisem {PASSPORT}

qual vocês precisam
cartão ou conta
a conta é {ACCT:ctx}
o cartão {CARD4:ctx}

@pt-PT
voltei de França
o meu numéro de sécu era {NIR:ctx}
e o IBAN francês {IBAN:ib}

o código de trás é {CVV:spell}
e vence {EXP:cexp}

@pt-BR
cpf {CPF:sd}
passaporte {PASSPORT:ctx}
celular {PHONE:spell}

o servidor {IP} não enxerga o {IP}
mac da placa de rede {MAC}

no CI tá AWS_ACCESS_KEY_ID={AKID:kv}
AWS_SECRET_ACCESS_KEY={ASK:kv}
troquem por favor

@pt-BR
cartão {CARD:noise}
validade {EXP}
ah cvv {CVV}

@pt-PT
o iban é {IBAN:mm}
{+}
{+}
bic {SWIFT}

@pt-BR
conta {ACCT:sub}
cpf {CPF:ctx}

liga no {PHONE:noise}
ou manda email {EMAIL}
valeu

a senha é {PIN:ctx}
não pera essa é a antiga
a nova {PIN:spell}

@pt-BR
meu número {PHONE:mm}
{+}
{+}
e o email {EMAIL}

@pt-PT
nif {NIF:sd}
telemóvel {PHONE}
email {EMAIL}

@pt-BR
entrega no CEP [zip], meu cel {PHONE} se o entregador não achar

pedido [order] / cartão {CARD4:ctx} / [price] / [date]

@pt-PT
olá outra vez
o reembolso de [price] era para ir para {IBAN:ib}
não para a conta antiga {ACCT:ctx}

@pt-BR
mano me cobraram [price] x [count]
cartão {CARD:sd}
resolve aí pf

ok meu número novo é {PHONE:sd} o antigo {PHONE:sub} foi cancelado

@pt-BR
oi de novo, cpf {CPF:sd}, apólice [policy]
meu número {PHONE:noise}

o email de redefinir não chega
meu email {EMAIL}
coloquei senha nova {PASSWORD} às [time]

@pt-AO
bom dia, conta {ACCT:noise} balcão [store]
telefone registado {PHONE}

coloquei validade {EXP:cexp} e diz inválido
cartão {CARD:sub}

minha reserva [booking], voo [flight] dia [date]
passaporte {PASSPORT}
email {EMAIL:esp}

@pt-BR
foi mal o corretor
é {PHONE:spell}

@pt-PT
o cvv é {CVV:ctx} e o número grande {CARD:noise}

enviado do meu [model]
email {EMAIL} senha {PASSWORD}

o roteador {IP} reinicia sozinho, é um [model] firmware [version]
mac {MAC}

@pt-BR
pix no cpf {CPF:sub} ou no email {EMAIL:esp}

@pt-BR
agência {ROUTING:spell}, conta {ACCT:ctx}, é pro estorno de [price] da nota [invoice]

@pt-PT
nif {NIF:ctx} e telemóvel {PHONE:spell}

"""  # noqa: E501 (each line is one verbatim chat message)
