"""Portuguese templates (Brazil, Portugal, and Portuguese speakers in the US and France)."""

# ruff: noqa: E501  (one conversation per line reads better than wrapped text)

TEMPLATES = """
oi, meu cartão é {CARD} validade {EXP} e o cvv {CVV}
número do cartão: {CARD.*} || validade {EXP.*} || código de segurança {CVV}
{CARD.sd} esse é o cartão que usei no pedido {#order}
fui cobrado duas vezes {#price} no cartão {CARD.nz}
o cartão termina em... enfim, o número todo é {CARD.ls}
o cartão é {CARD.sp}
cartao {CARD} venc {EXP.ce} cvv {CVV}
cartão {CARD.mm1} || {CARD.mm2}
o número é {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || vence {EXP} cvv {CVV}
desculpa errei, o cartão é {CARD.*}
"{CARD}" copiei do app do banco
Elo {CARD} / {EXP} / {CVV}
Cartão: {CARD.sd}⏎Validade: {EXP}⏎CVV: {CVV}
nº do cartão {CARD} val{EXP.ce} cód seg {CVV}
a validade é {EXP.sp} e os três números atrás {CVV.sp}
[pt-PT] o meu cartão multibanco {CARD.*}, válido até {EXP.*}
[pt-BR] meu cartão de crédito {CARD.*} vence {EXP.*}, a compra foi de {#price}
chegou o cartão novo, {CARD.*}. o antigo venceu em {#date}
olá! fiz o pedido em {#date} (nº {#order}) e paguei {#price} com o cartão {CARD}, não chegou nada
o cvv? é {CVV} || e vence {EXP.ce}
minha senha do cartão é {PIN}, quero trocar
esqueci o PIN, o antigo era {PIN.sp}
pin {PIN} e o caixa engoliu o cartão às {#time}
[pt-PT] o meu código pin é {PIN}
a senha que eu uso é {PWD} e aparece senha incorreta
senha: {PWD}
minha senha ({PWD}) parou de funcionar depois da versão {#ver}
digitei "{PWD}" três vezes e bloquearam a conta
senha {PWD} usuário meu email {EMAIL}
[pt-PT] a palavra-passe que uso é {PWD}
a senha provisória que mandaram é {PWD}, posso trocar?
[pt-BR] agência {ROUT} conta {ACCT}
[pt-BR] ag {ROUT.*} cc {ACCT.*}
[pt-BR] banco: Exemplo⏎agência: {ROUT}⏎conta corrente: {ACCT}⏎valor: {#price}
[pt-PT] número de conta {ACCT.*}
devolvam na minha poupança, conta {ACCT.*}
conta {ACCT.mm1} || {ACCT.mm2}
[pt-US] routing number {ROUT} e conta {ACCT}
IBAN {IBAN} BIC {SWIFT}
por favor o reembolso para {IBAN.ib}
o meu iban: {IBAN.*}
o iban é {IBAN.mm1} || {IBAN.mm2}
{IBAN.ib} (é o meu IBAN, da CGD)
[pt-PT] dados: IBAN {IBAN.*} / SWIFT {SWIFT}
código SWIFT {SWIFT} || e o iban {IBAN.*}
[pt-PT] NIB... quer dizer, IBAN {IBAN.ib}
meu CPF é {CPF}
CPF: {CPF.*}
cpf {CPF.sd} na nota por favor
cpf {CPF.nz}
o cpf é {CPF.ls}
cpf {CPF.mm1} || {CPF.mm2}
{CPF} é meu cpf
meu cpf {CPF.sp}
CNPJ da empresa {CNPJ}
cnpj: {CNPJ.*} para a nota fiscal {#inv}
a nota sai no CNPJ {CNPJ.sd}
CNPJ {CNPJ.nz} (razão social a mesma)
[pt-PT] o meu NIF é {NIF}
NIF: {NIF.*}
contribuinte {NIF.sd} na fatura por favor
nif {NIF.nz}
número de contribuinte {NIF.ls}
[pt-PT] NIF {NIF.mm1} || {NIF.mm2}
fatura com nif {NIF.sp}
{NIF} é o meu nif
número do passaporte {PASSPORT}
meu passaporte {PASSPORT}, vence em {#date}
Passaporte: {PASSPORT} (voo {#flight})
[pt-BR] CNH {DL}
[pt-PT] carta de condução {DL}
[pt-BR] habilitação nº {DL} || passaporte {PASSPORT}
para o aluguel: CNH {DL}, retirada na loja {#store}
me escreve em {EMAIL}
meu email é {EMAIL.es}
{EMAIL.es} é meu email, mandem a nota {#inv} pra lá
podem me contatar em {EMAIL} ou {PHONE}
contato: {EMAIL} / {PHONE.*}
o link diz https://loja.example.com/conta?email={EMAIL.pe}&ref={#ticket}
https://ajuda.example.org/recuperar?usuario={EMAIL.pe}
me liga no {PHONE}
meu número é {PHONE.*}, melhor depois das {#time}
{PHONE.sp}, esse é meu celular
[pt-BR] cel {PHONE.sd}
[pt-PT] telemóvel {PHONE.*}
[pt-BR] zap {PHONE}
manda mensagem no {PHONE.mm1} || {PHONE.mm2}
tel {PHONE.ls}
whatsapp: {PHONE.nz}
https://wa.example.com/send?phone={PHONE.pe}&text=oi
o IP do roteador é {IP} e cai toda hora
endereço IP {IP}, MAC {MAC}
o MAC do aparelho é {MAC.*} modelo {#model}
sem conexão, ip {IP}, firmware {#ver}
AWS_ACCESS_KEY_ID={AKID.kv}⏎AWS_SECRET_ACCESS_KEY={ASK.kv}
segue meu .env:⏎DB_HOST=db.example.internal⏎DB_USER=loja⏎DB_PASSWORD={PWD.kv}
minha access key é {AKID} e a secret {ASK}, a api dá acesso negado
string de conexão: postgres://loja:{PWD.uc}@db.example.com/pedidos
mysql://app:{PWD.uc}@db.example.net/vendas foi o que coloquei na config
SMTP_SENHA={PWD.kv}
cadê meu pedido {#order}?
ok obrigado || tchau
o rastreio diz {#track} mas não anda desde {#date}
pedi {#qty} unidades do {#model} por {#price}
oi tem alguém aí?
que horas fecha? a loja {#store} falou {#time}
meu protocolo é {#ticket}, aberto em {#date}
a nota {#inv} diz {#price} mas paguei menos
o {#model} é compatível com a versão {#ver}?
cancelaram meu voo {#flight} do dia {#date}, quero reembolso
tá || muito obrigada!! || bom dia
kkkk ok
posso parcelar em {#qty}x? o total é {#price}
comprei em {#year}, ainda tem garantia?
[pt-BR] CEP {#postal}, pedido {#order}
[pt-PT] código postal {#postal}
oi || meu cartão foi recusado || é o {CARD.*} validade {EXP.*}
olá || preciso mudar os dados bancários || novo iban {IBAN.*} || obrigado
pedido {#order} || paguei com o cartão {CARD} || o cvv era {CVV} se precisar
quero devolver {#qty} itens do pedido {#order} || estorno no cartão {CARD.sd}
podem me ligar? || {PHONE.*} || a partir das {#time}
meu email {EMAIL} não funciona mais, usem {EMAIL.es}
desculpa número errado, é {PHONE.*}
{CVV} é o código de segurança
{PIN} <- essa é a senha que coloquei semana passada
cartão {CARD} val {EXP} cvv {CVV} pedido {#order} total {#price}
verificação: passaporte {PASSPORT}, tel {PHONE}, email {EMAIL}
tô ditando: meu cartão é {CARD.sp} validade {EXP.sp}
áudio: me liga no {PHONE.sp}
senha: "{PWD}"⏎pin: {PIN}
login {EMAIL} senha {PWD}
a senha do wifi é {PWD} caso o técnico precise, visita dia {#date} às {#time}
usuário admin / senha {PWD}
Dados para reembolso:⏎Titular: o do pedido⏎IBAN: {IBAN.*}⏎BIC: {SWIFT}⏎Ref: {#inv}
validade {EXP.ce}, cvc {CVV.sp}
vence {EXP} (não {#date}, esse é o dia do pedido)
{EXP.*} é a validade
hi, sorry meu inglês: my card is {CARD} e vence {EXP}
[pt-US] my SSN é {SSN.*}
[pt-US] meu social security {SSN} e o cpf {CPF}
numero do cartao {CARD} validade {EXP} (sem acento, teclado americano)
conta {ACCT.sp}
{ACCT} é o número da minha conta
email novo: {EMAIL} (o antigo {EMAIL.es} foi desativado)
celular {PHONE.*} e fixo {PHONE.*}
o app versão {#ver} trava quando adiciono o cartão {CARD}
CVV {CVV.sp} || validade {EXP.ce}
por favor devolvam os {#price} no {IBAN.*}
[pt-BR] CPF {CPF} || e o CNPJ da loja é {CNPJ}, nota {#inv}
[pt-PT] NIF {NIF} || e a morada é a mesma, código postal {#postal}
boa tarde || só queria saber do meu pedido {#order} || dizia que chegava dia {#date} || ok vou esperar, obrigada
uma dúvida sobre troca || quantos dias eu tenho? comprei dia {#date}
vocês entregam em Portugal? || e quanto fica o frete de {#qty} itens?
a encomenda {#track} aparece entregue mas não está aqui || o vizinho também não recebeu
tem cupom? meu carrinho tá em {#price}
o app me deslogou de novo (versão {#ver})
dá pra mudar a entrega pra amanhã às {#time}? pedido {#order}
deixa, já achei
oi, quero cancelar o pedido {#order}, deu {#price} || e não cobrem de novo no cartão || é o {CARD.*} só pra garantir
{PHONE.*} - meu número, desculpa esqueci de mandar
(cartão: {CARD}) (val: {EXP}) (cvv: {CVV})
"{IBAN}" <- para o reembolso, não o antigo
então... cartão {CARD.*}, validade {EXP.*} e os três dígitos {CVV}
vou soletrar: {EMAIL.es}
meus dados:⏎- email: {EMAIL}⏎- tel: {PHONE}⏎- pedido: {#order}
os quatro últimos não bastam? tá: {CARD.*}
pede o código de segurança, coloquei {CVV} || tá certo? || o cartão vence {EXP.ce}
não pera, meu celular é {PHONE.*}, o outro era do trabalho
[pt-BR] nota fiscal no CPF {CPF.*} por favor
[pt-BR] CNPJ {CNPJ.mm1} || {CNPJ.mm2}
[pt-PT] o NIF na fatura está errado, o certo é {NIF.*}
obrigado!! || 👍
onde acho a nota fiscal? pedido {#order}
me cobraram {#price} em vez de {#price}
[pt-BR] tô na loja {#store} e dizem que meu pedido {#order} não está
o {#model} voltou ao estoque?
o email de confirmação diz voo {#flight}, saída às {#time}
[pt-PT] a minha morada fiscal é a mesma, contribuinte {NIF.*}
cartão {CARD} dia {#date} foi cobrado, rastreio {#track}
pedido {#order} / cartão {CARD.*} / val {EXP} / total {#price}
rastreio {#track} e meu cartão {CARD} (venc {EXP.ce})
[pt-BR] cpf {CPF} pedido {#order} CEP {#postal}
tel {PHONE} pedido {#order} entrega {#date} {#time}
iban {IBAN.*} fatura {#inv} valor {#price}
protocolo {#ticket} - minha nova senha do cartão é {PIN}, troquei às {#time}
senha {PWD} desde {#date}, versão do app {#ver}
passaporte {PASSPORT} voo {#flight} dia {#date}, somos {#qty}
numero do catrão {CARD} val {EXP}
meu cartao é {CARD.*} e o cvv {CVV} rapidinho pfv
vou te passar o número do cartão, é um de débito do meu banco que tenho há anos então espero que funcione: {CARD.*}. a validade tá na frente, diz {EXP}
{CARD} {EXP} {CVV}
{CARD}⏎{EXP}⏎{CVV}
Titular: o mesmo⏎Nº cartão: {CARD.sd}⏎Válido até: {EXP}⏎Cód. segurança: {CVV}
mais cedo mandei meu email antigo sem querer. o certo é {EMAIL}. o antigo (apaga por favor) era {EMAIL}.
tenho dois cartões, {CARD.*} e {CARD.*}, cobra no segundo
número da conta... um segundo || achei || {ACCT} || e a agência {ROUT}
[pt-BR] cc {ACCT.ls} ag {ROUT}
o tel do meu marido {PHONE}, o meu {PHONE.*}
meu email? é {EMAIL.es} (tudo minúsculo)
tentei a senha {PIN} e depois {PIN} e nenhuma deu
o código é {CVV}... não sei se precisa
passaporte {PASSPORT}, emitido em {#year}
[pt-BR] CPF: {CPF.sd} (tá no RG)
[pt-BR] cpf {CPF.mm1} || {CPF.mm2} || {CPF.mm3}
[pt-BR] CNPJ {CNPJ.ls} da minha empresa
[pt-PT] contribuinte n.º {NIF.mm1} || {NIF.mm2}
aqui o iban {IBAN.nz} obrigado
titular tanto faz. IBAN: {IBAN.ls}
o log de erro diz: usuario={EMAIL} ip={IP} mac={MAC}
curl -u admin:{PWD} https://api.example.com/pedidos
as chaves da AWS (troquem depois): {AKID} / {ASK}
desculpa, vou mandar em partes: {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
meu número {PHONE.mm1} || {PHONE.mm2} || liga depois das {#time}
é... meu cpf é {CPF.sp} acho
esquece o cartão, pago no paypal: {EMAIL}
[pt-US] hi, posso escrever em português? my card {CARD} e meu telefone {PHONE}
[pt-PT] olá, o meu NIF é {NIF.sd} e o telemóvel {PHONE.*}
alô? || é aqui o chat de reembolso?
meu pedido {#order} chegou danificado || a caixa veio amassada || e agora?
posso retirar na loja {#store}? fica mais perto
quanto tempo demora o reembolso? tô esperando desde {#date}
o {#model} veio na cor errada || posso trocar? || pedido {#order}
obrigada pela ajuda mais cedo! tudo resolvido
o preço de {#price} já inclui imposto?
preciso de mais {#qty} iguais, dá pra incluir no pedido {#order}?
ainda esperando... protocolo {#ticket}
o site caiu de novo || desde umas {#time}
"""
