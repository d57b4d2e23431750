"""Modelos de chat de atendimento em português, escritos à mão."""
# ruff: noqa: E501  (one template per line, kept whole on purpose)

TEMPLATES = """
oi, meu cartão foi recusado no pedido [order], o número é {CARD}
@pt-BR cartão {CARD:sd} validade {EXP} cvv {CVV}
@pt-BR moço o cartão é {CARD:noise} não passa de jeito nenhum
numero do cartao {CARD:sub}
meu cartão {CARD:mm} || {CARD:mm+}
vou mandar o cartão em duas partes || {CARD:mm} || {CARD:mm+}
{CARD:mm} || {CARD:mm+} || {CARD:mm+}
@pt-PT o número do cartão é {CARD:sp}
cobraram [price] duas vezes no dia [date] no cartão {CARD:sd}
@pt-AO bom dia, o meu cartão {CARD:ctx} está bloqueado
validade {EXP:cx} e código de segurança {CVV}
o cvv é {CVV:sp}
vence em {EXP} || código {CVV:ctx}
venc {EXP:cx} cvc {CVV}
vence no fim de {EXP} acho
os três números de trás: {CVV:sub}
@pt-BR minha senha do cartão é {PIN} bloqueia pfv
pin {PIN:sp}
@pt-PT o código {PIN:ctx} não funciona na loja [store]
pin: {PIN:noise}
senha do cartão {PIN:mm} || {PIN:mm+}
@pt-BR agência {ROUT} conta {ACCT}
@pt-BR ag {ROUT:ctx} cc {ACCT:sd}
@pt-BR conta corrente {ACCT:noise}
@pt-BR agencia {ROUT:sp} || conta {ACCT:ctx} || fiz o pix de [price] dia [date]
conta {ACCT:mm} || {ACCT:mm+}
@pt-PT número de conta {ACCT:ctx}
@pt-BR ag {ROUT} || conta {ACCT:sub}
@pt-PT o meu IBAN: {IBAN}
@pt-PT iban {IBAN:ib}
@pt-BR IBAN ¶ {IBAN:ib}
@pt-PT o iban é {IBAN:mm} || {IBAN:mm+}
@pt-PT devolvam os [price] para o {IBAN:sd} por favor
@pt-PT bic {SWIFT} || iban {IBAN}
código swift {SWIFT:ctx} para transferência internacional
@pt-AO swift do banco {SWIFT:sd}
meu email é {EMAIL}
e-mail: {EMAIL:em}
é {EMAIL:em} tudo minusculo
@pt-PT mail {EMAIL} || obrigada!!
o link https://conta.example.com/recuperar?email={EMAIL:pct} dá [error]
troquem meu email para {EMAIL} pfv, pedido [order]
@pt-BR meu cel {PHONE}
@pt-BR meu zap {PHONE:sd} liga depois das [time]
@pt-PT telemóvel {PHONE:noise}
@pt-BR meu número é {PHONE:sp}
@pt-AO telefone {PHONE:sub}
@pt-BR celular {PHONE:mm} || {PHONE:mm+}
@pt-BR meu whats {PHONE:mm} || {PHONE:mm+} || {PHONE:mm+}
@pt-PT liguem para o {PHONE:sd}
@pt-BR tel {PHONE:ctx}
@pt-AO o meu número {PHONE} || obrigado
@pt-BR https://ajuda.example.com/retorno?tel={PHONE:pct}
@pt-PT whatsapp {PHONE} se eu não atender
@pt-BR meu CPF {CPF}
@pt-BR cpf {CPF:sd}
@pt-BR cpf: {CPF:sp}
@pt-BR o cpf é {CPF:mm} || {CPF:mm+}
@pt-BR nota no cpf {CPF:ctx} por favor
@pt-BR cpf {CPF:sub} || não consigo cadastrar
@pt-BR cpf {CPF:noise}
@pt-BR CNPJ da empresa {CNPJ}
@pt-BR cnpj {CNPJ:sd} para a nota fiscal [invoice]
@pt-BR cnpj: {CNPJ:mm} || {CNPJ:mm+}
@pt-BR o cnpj é {CNPJ:noise}
@pt-BR faturar no cnpj {CNPJ:ctx}
@pt-BR cnpj {CNPJ:sub}
@pt-PT NIF {NIF}
@pt-PT o meu nif é {NIF:sd}
@pt-PT contribuinte {NIF:ctx} na fatura por favor
@pt-PT nif {NIF:mm} || {NIF:mm+}
@pt-PT número de contribuinte {NIF:noise}
@pt-PT nif {NIF:sp}
@pt-PT nif {NIF:sub}
passaporte {PASS:ctx}
@pt-BR número do passaporte {PASS:ctx} para o voo [flight]
@pt-PT o meu passaporte {PASS} || reserva [booking]
passaporte {PASS:sd}
@pt-BR cnh {DL:ctx}
@pt-PT carta de condução {DL:ctx}
@pt-AO carta de condução nº {DL} || válida até [date]
habilitação {DL:sd}
senha {PWD}
minha senha é {PWD} acho
a senha: {PWD:ctx} kkkk
https://admin:{PWD:url}@loja.example.com/painel não carrega
sftp://tiago:{PWD:url}@ftp.example.net
DB_PASSWORD={PWD:kv}
usuário {USER} senha {PWD}
meu usuário é {USER} || senha {PWD}
login: {USER}
cadastrei como {USER} em [year]
a conta {USER:ctx} não entra desde a [version]
AWS_ACCESS_KEY_ID={AKID:kv} ¶ AWS_SECRET_ACCESS_KEY={ASEC:kv}
access key {AKID} e secret {ASEC} dão [error]
aws_access_key_id={AKID:kv}
chave secreta aws {ASEC:ctx}
meu ip {IP}
o servidor {IP} não responde desde a [version]
ip {IP:sd} e endereço mac {MAC}
endereço MAC {MAC}
mac do roteador {MAC:sd}
oi
oii?? alguém aí
ok obrigado || tchau
meu pedido [order] não chega desde [date] || ???
o rastreio [tracking] não funciona
pedi [qty] unidades do [model] e veio uma
o app fecha na versão [version] com [error]
diz que tem [size] ocupados
já tentei [count] vezes
o reembolso de [price] sai quando || falaram dia [date]
@pt-BR cep [zip] || vocês entregam?
@pt-PT código postal [zip] || o meu telemóvel {PHONE}
quarto [room] chegada umas [time] reserva [booking]
voo [flight] cancelado dia [date] || reserva [booking] || email {EMAIL}
apólice [policy] || sinistro de [price]
o contrato [contract] diz [pct] de desconto
protocolo [ticket] ainda aberto
minha fatura subiu [pct]
blz
quero falar com um atendente
@pt-BR boa tarde seguem dados: cartão {CARD:noise} || validade {EXP:cx} || cvv {CVV:sp}
@pt-BR hackearam minha conta, usuário {USER}, email {EMAIL:em}, cel {PHONE:sd}
@pt-PT o débito de [price] foi para o iban {IBAN:ib} que não é meu
@pt-AO a minha conta {ACCT:ctx} e telefone {PHONE}
cvv {CVV} || não pera, {CVV}
validade {EXP:sp}
vence {EXP} e não [date]
senha {PIN:sub} né?
@pt-PT conta {ACCT:sp}
@pt-PT iban {IBAN:noise}
@pt-PT swift/bic {SWIFT:sd}
{EMAIL:em} || esse é meu email
@pt-BR meu número {PHONE:ctx} está errado no cadastro || protocolo [ticket]
git clone https://bia:{PWD:url}@git.example.org/loja.git dá [error]
PASSWORD={PWD:kv}
chave de acesso {AKID:sd}
AWS_SECRET_ACCESS_KEY = {ASEC:kv}
secret {ASEC}
ip fixo {IP:sub}
mac {MAC:noise}
o mac {MAC:ctx}
@pt-BR cartão {CARD:sub} dos [price]
@pt-PT cartão {CARD} cvv {CVV:ctx}
@pt-AO cartão {CARD:sd} || validade {EXP} || código {CVV:noise}
@pt-BR quero trocar o cartão, o novo é {CARD:sp}
@pt-BR agência {ROUT:noise} conta {ACCT:mm} || {ACCT:mm+}
paguei [price] por [qty] x [model] || e nada
cadê meu pedido?? [order]
@pt-BR me liga no {PHONE:noise} a partir das [time]
@pt-BR meu email do link {EMAIL:pct}
@pt-BR cpf {CPF:ctx} e cep [zip]
@pt-PT o meu número {PHONE:sp}
@pt-PT IBAN ¶ {IBAN:ib} ¶ obrigado
@en-US sorry i'm from the US, my phone is {PHONE} valeu
@pt-BR cpf {CPF:mm} || {CPF:mm+} || {CPF:mm+}
@pt-PT password do wifi {PWD} e ip {IP}
@pt-BR moro no cep [zip], cartão {CARD:mm} || {CARD:mm+}
@pt-BR o código do cartão {CVV:noise}
@pt-BR senha {PWD:sd}
@pt-BR oi, dúvida sobre a entrega [order] || chega ainda dia [date]?
@pt-PT aqui o número de conta: {ACCT:ctx} || e o bic {SWIFT}
@pt-BR confirmo email {EMAIL} e cel {PHONE:sd}
@pt-BR o modem mostra [error], ip {IP} || reiniciei [count] vezes
@pt-PT obrigada || boa noite
@pt-BR cnpj {CNPJ:sp}
@pt-PT nif {NIF:ctx} || morada código postal [zip]
@pt-BR gente pelo amor de deus, meu pedido [order] sumiu || meu zap pra contato {PHONE:sd}
@pt-PT boa tarde, cobraram-me [price] a dobrar, o iban é {IBAN:sd}
@pt-BR o app tá bugado na versão [version] || aparece [error]
@pt-BR meu email é {EMAIL:em} e o código não chega
@pt-BR vey o cartão {CARD:sd} foi recusado na loja [store] e tem saldo
@pt-BR pra nota fiscal: cpf {CPF:sd} e cnpj {CNPJ:ctx}
@pt-PT apontem o telemóvel {PHONE:noise} que o fixo já não uso
@pt-BR hi, sorry, meu cartão is {CARD:noise} ok?
@pt-BR enfim || a senha que coloquei foi {PWD} || não vai
@pt-PT ok mando o número {PHONE:mm} || {PHONE:mm+}
@pt-PT o nib/iban: {IBAN:sd}
@pt-BR o email da conta é {EMAIL}
@pt-BR chave pix é meu cel {PHONE}
@pt-BR cartão {CARD} venc {EXP:cx}
@pt-BR anotou? cartão {CARD:sd}, cvv {CVV}
@pt-BR mudei de número, agora é {PHONE:sd}
@pt-PT o email do trabalho {EMAIL:em}
@pt-BR login {USER} e ip do modem {IP}
@pt-BR conta {ACCT:ctx} pro estorno
@pt-BR o cartão que termina... ah toma o número todo {CARD}
@pt-PT a password temporária {PWD}
@pt-PT sou espanhol, o meu DNI {DNI} || para a reserva
@pt-PT dni espanhol {DNI:sd}
@pt-BR trabalho em portugal, meu NIF {NIF:sd} || e o cpf {CPF}
@pt-BR sou mexicano, minha CURP {CURP} serve?
@pt-BR curp {CURP:ctx} para o cadastro
@pt-BR já passei meu número ontem {PHONE}, protocolo [ticket] dá uma olhada pfv
@pt-BR então o cartão termina em... ah vai o número todo {CARD:sd} || validade {EXP} pronto
@pt-PT {EMAIL} || {PHONE:sd} está bem?
@pt-BR isso, conta {ACCT:ctx} || agência {ROUT}
@pt-BR o cvv? {CVV}, desculpa tava procurando o cartão
@pt-BR clonaram meu cartão!!! {CARD:noise}. compras de [price] que eu não fiz bloqueia agora
@pt-BR segue: ¶ cartão {CARD:sd} ¶ validade {EXP} ¶ cvv {CVV}
@pt-BR meu email é {EMAIL:em} não pera esse é o antigo || {EMAIL}
@pt-BR tentei {PWD} e depois {PWD} || usuário {USER} nada
@pt-BR acessaram pelo ip {IP} e não fui eu || bloqueiem a conta {USER}
@pt-PT o iban que dei estava errado, o certo é {IBAN:ib} desculpe
@pt-BR pro cadastro: cpf {CPF} || cel {PHONE:sd}
@pt-BR e o celular {PHONE:mm} || {PHONE:mm+} é esse
@pt-PT olá!! queria alterar o iban da conta, o novo é {IBAN:sd}
@pt-BR o pix é meu cpf {CPF:mm} || {CPF:mm+}
@pt-PT o nif {NIF:mm} || falta {NIF:mm+}
@pt-BR conta {ACCT:mm} || {ACCT:mm+} || {ACCT:mm+}
@pt-BR a conta é da minha mãe, email dela {EMAIL} || e o cel {PHONE:noise} || ela tem [count] anos tenham paciência kkk
@pt-PT liguei do {PHONE:sd} e a chamada caiu || referência [ticket]
@pt-BR é literalmente {CARD:sub} conferi [count] vezes
@pt-BR alô?? || então a conta é {ACCT:ctx} agência {ROUT:sd}
@pt-PT desculpe enganei-me, o email é {EMAIL} e não o outro
@pt-BR dá pra estornar os [price] no paypal? é {EMAIL:em}
@pt-BR meu número cadastrado {PHONE:sp} || não chega sms desde [date]
@pt-BR chegou o cartão novo {CARD:sd} || o cvv mudou, é {CVV} || venc {EXP:cx}
@pt-PT fiz reset ao router, o mac agora é {MAC} e a app está na [version]
@pt-BR não liga no {PHONE:ctx} que é do trampo, liga no {PHONE:sd}
@pt-BR o dev colou as credenciais no grupo: AWS_ACCESS_KEY_ID={AKID:kv} || o secret era {ASEC} || como revoga
@pt-BR pro imposto de renda, cpf {CPF:sp}
"""
