"""Modelos de chat em português (material selado: não ajustar detectores com este arquivo)."""

LOCALES = ["pt-BR", "pt-BR", "pt-BR", "pt-PT", "pt-PT", "pt-AO"]

TEMPLATES = r"""
oi meu cartão foi recusado
é o {CARD}

cartão {CARD:sd} validade {EXP} cvv {CVV}

boa tarde, o pagamento do pedido {@order} não passou. cartão {CARD}

{CARD:nz}

vai o número {CARD:mm1}
{CARD:mm2}

mando em partes
{CARD:mm1}
{CARD:mm2}
{CARD:mm3}

os números do cartão: {CARD:ls}

o código atrás é {CVV} e vence {EXP}

val {EXP:cx} cvc {CVV}

data de validade {EXP:cx}

código de segurança {CVV:sp}

{CARD:sp}

Cartão: {CARD}{NL}Validade: {EXP}{NL}CVV: {CVV}

vcs me cobraram {@price} duas vezes no dia {@date}!! cartão {CARD:sd}

não lembro o final, segue tudo {CARD:nz}

o que precisa
nº cartão {CARD:ls} venc {EXP:cx}

a senha do cartão é {PIN}

meu pin {PIN:sp} depois eu troco

o caixa eletrônico da loja {@store} engoliu meu cartão, digitei {PIN}

olá
meu número de conta é {ACCT}

conta {ACCT:ctx}

nº da conta {ACCT:sd}

é {ACCT:mm1}
{ACCT:mm2}

@pt-BR
agência {ROUT} conta {ACCT}

@pt-BR
ag {ROUT:sd} cc {ACCT:ctx}

@pt-BR
agencia {ROUT:nz}

@pt-BR
meu cpf {CPF}

@pt-BR
CPF: {CPF:sd}

@pt-BR
cpf {CPF:nz}

@pt-BR
cpf {CPF:ls}

@pt-BR
{CPF:mm1}
{CPF:mm2}

@pt-BR
o cpf é {CPF:sp}

@pt-BR
cnpj da empresa {CNPJ}

@pt-BR
CNPJ {CNPJ:sd} pra nota fiscal {@invoice}

@pt-BR
cnpj {CNPJ:nz}

@pt-BR
{CNPJ:mm1}
{CNPJ:mm2}

@pt-BR
manda o pix pro meu cpf {CPF}

@pt-PT pt-AO
o meu NIF é {NIF}

@pt-PT
contribuinte {NIF:sd}

@pt-PT
nif {NIF:nz}

@pt-PT
nº de contribuinte {NIF:ls}

@pt-PT
{NIF:mm1}
{NIF:mm2}

@pt-PT
fatura com nif {NIF} por favor, é a {@invoice}

meu IBAN {IBAN}

IBAN {IBAN:ib}

devolvam os {@price} para esse iban {IBAN:ib}

IBAN:{NL}{IBAN:ib}{NL}BIC {SWIFT}

o swift é {SWIFT}

pra transferência: {IBAN:sd} / {SWIFT}

{IBAN:mm1}
{IBAN:mm2}

desculpa o iban certo é {IBAN:ls}

meu email é {EMAIL}

manda a fatura {@invoice} pro {EMAIL} pfv

email {EMAIL:em}

{EMAIL:em}

o link https://conta.example.com/recuperar?email={EMAIL:pe} dá erro {@error}

tentei https://ajuda.example.org/entrar?email={EMAIL:pe} nada

email novo: {EMAIL}
o antigo era {EMAIL}

me liga no {PHONE}

meu cel {PHONE:sd} depois das {@time}

zap {PHONE:nz}

{PHONE}

meu número {PHONE:sp}

o tel {PHONE:mm1}
{PHONE:mm2}

telefone {PHONE:ls}

mandaram o código por sms pro {PHONE} e não chegou

https://envios.example.net/sms?tel={PHONE:pe}

meu passaporte {PASS}

passaporte nº {PASS:sd} vence {@date}

reserva {@booking}, número do passaporte {PASS}

passaporte {PASS:ls}

cnh {DL}

minha carteira de motorista {DL:sd}

@pt-PT pt-AO
carta de condução {DL}

senha {PWD}

a senha é {PWD} não ri

usuário: {USER}{NL}senha: {PWD}

meu usuário {USER}

o user é {USER} acho

login {USER} e senha {PWD}

https://admin:{PWD:url}@roteador.example.net

coloquei ftp://rafa:{PWD:url}@arquivos.example.com e não conecta

AWS_ACCESS_KEY_ID={AKID:kv}{NL}AWS_SECRET_ACCESS_KEY={AKS:kv}

aws_secret_access_key = {AKS:kv}

access key {AKID} secret {AKS}

DB_PASSWORD={PWD:kv}

meu .env{NL}MAIL_USER=financeiro{NL}MAIL_PASS={PWD:kv}

meu ip {IP}

ip do roteador {IP} mac {MAC}

o mac do aparelho {MAC}

o MAC {MAC} fica bloqueado

ip {IP} redirecionamento parou desde a {@version}

oi

obrigado!!

o pedido {@order} não chegou, o rastreio {@track} diz entregue

comprei {@qty} {@model} e veio um só

ok valeu, protocolo {@ticket}

voo {@flight} do dia {@date} cancelado, quero reembolso de {@price}

quarto {@room}, chego às {@time}

já são {@days} dias!!!

o app na versão {@version} fecha com erro {@error}

meu plano tem {@data} e acabou

aumentaram {@percent} sem avisar

quero falar com um atendente

a fatura {@invoice} do dia {@date} tá errada

apólice {@policy} renovar

contrato {@contract} cancelar pfv

alô? tem alguém?

ok
cartão {CARD:mm1}
{CARD:mm2}

foi sem querer
{CARD:mm1}
{CARD:mm2}

o final
{PHONE:mm1}
{PHONE:mm2}
esse é meu cel

@pt-BR
o cpf
{CPF:mm1}
{CPF:mm2}
{CPF:mm3}

cartão {CARD:ls}, cvv {CVV:ls}

validade {EXP}

vencimento {EXP} código {CVV}

cartão novo
{CARD:sd}
val {EXP:cx}

@pt-BR
cep {@zip}, cel {PHONE}

@pt-PT
código postal {@zip} e telemóvel {PHONE}

@pt-PT
o meu telemóvel é o {PHONE:sd}

@pt-AO
bom dia, o meu número é {PHONE} e paguei {@price}

@pt-AO
o meu IBAN {IBAN:ib}

a senha {PIN:sd}

pin {PIN:ls}

senha do cartão {PIN:nz}

já passei o cartão {CARD:sp} pq pedir de novo

cartão {CARD:sd} comprei {@qty} itens por {@price}

o IBAN:{NL}{IBAN:ib}

IBAN -> {IBAN:nz}

transferi {@price} para {IBAN} em {@date}, ref {@invoice}

bic {SWIFT:sd}

muda meu telefone pra {PHONE:sd}

número novo {PHONE:nz} antigo {PHONE}

a senha temporária {PWD} não funcionou

minha senha {PWD} tem símbolo será isso?

passaporte {PASS:nz}

cnh {DL:ls}

mac {MAC:sd}

ip {IP:nz}

{EMAIL:em} esse é meu email

número da conta {ACCT:sp}

sim
{ACCT}

sim {CVV}

{EXP}

{PHONE}

{EMAIL}

@pt-BR
{CPF}

cartão {CARD:mm1}
{CARD:mm2}
pronto é isso

número do cel {PHONE:mm1}
{PHONE:mm2}
{PHONE:mm3}

IBAN {IBAN:mm1}
{IBAN:mm2}
{IBAN:mm3}

a chave aws vazou no protocolo {@ticket}: {AKID}

o secret {AKS} tem que trocar

{CARD} val {EXP:cx} cod {CVV}

sorry no portuguese, card {CARD} exp {EXP}

@pt-BR
cnpj {CNPJ:ls}
"""

TEMPLATES += r"""
@pt-BR
oi tudo bem? to tentando pagar o boleto e dá erro {@error}
meu cpf {CPF}
obg

@pt-BR
moça o pix caiu errado
era pra conta {ACCT:ctx}
agência {ROUT}

@pt-BR
kkkk esqueci a senha de novo
usuário {USER}

@pt-PT
boa tarde, a encomenda {@order} ainda não chegou
o meu telemóvel {PHONE}
obrigada

@pt-PT
olá, a fatura vem sem contribuinte
nif {NIF}

@pt-AO
bom dia mano, o cartão não passa
{CARD:sd}

peraí vou pegar o cartão
pronto
{CARD:sd}

continua sem funcionar
já reiniciei o {@model}

senha de quatro? {PIN:ctx}

hi, sorry pt is bad, my account {ACCT}
"""

TEMPLATES += r"""
@pt-BR
cep {@zip}, cpf {CPF}, entrega dia {@date} às {@time}

já tentei {@count} vezes, cartão {CARD:sd} pedido {@order}

pedido {@order} {CARD:sd} {@price}

@pt-PT
{@count} emails enviados, telemóvel {PHONE} ticket {@ticket}

fatura {@invoice} {IBAN:ib} {@price}
"""
