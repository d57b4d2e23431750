"""Portuguese customer messages (Brazil, Portugal).

SEALED MATERIAL: these templates are the sealed split. Do not read them while tuning a detector.
"""

from .tpl import expand

BR = r"""
oi, meu cpf é {CPF}
cpf {CPF.sp}
CPF: {CPF.sub}
meu cpf {CPF.mm1} || {CPF.mm2}
o cpf é {CPF.sw}
cnpj da empresa {CNPJ}
CNPJ {CNPJ.nz}
agência {ROUT} conta {ACCT}
ag {ROUT.cx} cc {ACCT.cx}
conta {ACCT.mm1} || {ACCT.mm2}
meu celular {PHONE}
zap {PHONE.sp}
me liga no {PHONE.sw}
cel {PHONE.nz}
o numero é {PHONE.mm1} || {PHONE.mm2}
cartão {CARD.sp} validade {EXP}
cartao {CARD} venc {EXP.ce} cvv {CVV}
o código de segurança é {CVV}
o cvv? {CVV.sw}
senha do cartão {PIN}
minha senha {PWD} não funciona
email {EMAIL}
meu email {EMAIL.es}
o link https://pagamento.example.com/?email={EMAIL.pct}&pedido={k:order_number} não abre
passaporte {PASS}
cnh {DL}
o ip do modem é {IP}, erro {k:error_code}
meu pedido {k:order_number} não chegou, rastreio {k:tracking_number}
paguei {k:price} em {k:quantity} vezes
valeu, obrigado
cartão {CARD.sub} foi cobrado duas vezes
"""

PT = r"""
o meu nif é {NIF}
NIF {NIF.sp}
contribuinte {NIF.mm1} || {NIF.mm2}
o meu iban {IBAN}
IBAN {IBAN.ib}
iban {IBAN.mm1} || {IBAN.mm2} || {IBAN.mm3}
o bic é {BIC}
telemóvel {PHONE}
liguem-me para o {PHONE.sw}
cartão {CARD.nz} validade {EXP}
o código pin {PIN.sw}
passaporte {PASS}
carta de condução {DL}
email {EMAIL.es}
"""

MORE = r"""
achei o cartão: {CARD.sp}
muda meu cel pra {PHONE} pfv o outro eu nao uso mais
[pt-PT] ok o meu mail é {EMAIL} e o telemóvel {PHONE.sp}
foi mal, a conta é {ACCT} não a que eu falei
minha sogra me emprestou o cartão dela {CARD}, pode?
[pt-PT] sou brasileira, o meu cpf {CPF} e o nif {NIF}
moro em lisboa, passaporte brasileiro {PASS} e telemóvel {PHONE@PT}
o pedido {k:order_number} diz entregue dia {k:date} às {k:time} mas eu tava em casa
o {k:product_model} dá erro {k:error_code} desde a versão {k:version}
tenho direito aos {k:percentage} no plano de {k:price} ou não?
[pt-PT] a encomenda {k:tracking_number} está parada desde {k:date}
reserva {k:booking_reference} pra {k:count} pessoas, dá pra incluir mais uma?
qual loja fica perto do cep {k:postal_code}? || a do centro
me cobraram {k:price} em vez de {k:plan_amount}
não, é só isso, muito obrigado pela paciência!!
pra que vocês precisam do meu cpf?? tá, {CPF}
vcs já têm meu email é {EMAIL} 🙄
NÚMERO DO CARTÃO {CARD} RÁPIDO TO NO CAIXA
[pt-PT] bom dia, débito direto do iban {IBAN}, obrigada
[pt-PT] bom dia, o meu passaporte {PASS} e telemóvel {PHONE}
cnh {DL}, passaporte {PASS}
👍 {PHONE}
é {EMAIL} ou {EMAIL#2}? não lembro qual coloquei
cep {k:postal_code} cvv {CVV} validade {EXP}
liguei mais cedo, protocolo {k:ticket_number} || falaram pra mandar o cpf aqui {CPF.sp}
meu banco é o itaú, agência {ROUT}
a senha do wifi é {PWD} e o ip do modem {IP}
titular sou eu, agência {ROUT} conta {ACCT}
fiz um pix de {k:price} e a conta {ACCT} não recebeu
anota aí: {CPF}
[pt-PT] o nif? {NIF}
[pt-PT] cartão {CARD.sp}, validade {EXP}
pedido {k:order_number} / cartão {CARD} / cobrado {k:price} em {k:date}
cep {k:postal_code}, cpf {CPF}
nota {k:invoice_number} paga com {CARD.sp} validade {EXP} às {k:time}
rastreio {k:tracking_number}, o telefone da etiqueta tem que ser {PHONE}
voo {k:flight_number} dia {k:date}, passaporte {PASS}
[pt-PT] contrato {k:contract_number} de {k:price} por mês, débito no {IBAN}
erro {k:error_code} na versão {k:version} quando coloco o cartão {CARD} cvv {CVV}
{CARD.mm1} || {CARD.mm2} || foi sem querer || {CARD.mm3}
conta {ACCT.mm1} || {ACCT.mm2} || {ACCT.mm3}
[pt-PT] telemóvel {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
cpf {CPF.mm1} || {CPF.mm2}
[pt-PT] cartão {CARD.mm1} || {CARD.mm2}
{CARD} esse é o certo
{EMAIL}
{PHONE} esse número
sim {ACCT.cx}
{CPF} esse é meu cpf
atrás tá escrito {CVV}
troca o email {EMAIL} por {EMAIL#2} por favor
[pt-PT] o meu nif {NIF}
[pt-PT] o código {PIN} não funciona no multibanco
o cartão {CARD} tá bloqueado
digitei errado no site, o certo é {CARD.sub}
fixo {PHONE} e celular {PHONE#2}
[pt-PT] iban {IBAN} swift {BIC}
meu email {EMAIL.es} tudo junto
é o {PHONE.sp} não o outro
então, cartão {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || validade {EXP}
[pt-PT] iban {IBAN.mm1} || {IBAN.mm2}
[pt-PT] nif {NIF.mm1} || {NIF.mm2} || {NIF.mm3}
correção: o cpf certo é {CPF}, tinha trocado dois números
moro em portugal, meu nif {NIF}
email {EMAIL} senha {PWD}
cartão {CARD.nz} venc {EXP.ce}
passaporte {PASS} e cnh {DL}
[pt-PT] o código do cartão é {PIN} acho eu
conta {ACCT.sp}
https://loja.example.org/reset?email={EMAIL.pct}&ref={k:booking_reference}
a chave {AKID} ainda tá ativa?
[pt-PT] cartão de cidadão não, o nif é {NIF.sp}
cnpj {CNPJ.sw}
oi || quero trocar a conta do débito automático || a conta nova é agência {ROUT} conta {ACCT}
a loja {k:store_number} abre domingo?
quanto custa o {k:product_model} com {k:data_size}?
faz {k:count} dias sem internet || ninguém resolve || o mac do roteador é {MAC}
alô?? || tem alguém aí || me cobraram {k:price} dia {k:date} do nada
ok pode fechar o protocolo {k:ticket_number}
blz || a access key é {AKID} e o secret {ASEC}
[pt-PT] export AWS_SECRET_ACCESS_KEY={ASEC.kv} aparece no print
[pt-PT] sftp://costa:{PWD.uc}@servidor.example.org não liga
[pt-PT] o iban {IBAN.ib} é o da conta nova
swift do banco {BIC}
meu cep é {k:postal_code}
[pt-PT] a encomenda {k:tracking_number} já chegou, obrigado
pera ai || o cartão é {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
vou mandar em partes || {CARD.mm1} || {CARD.mm2}
cpf {CPF.mm1} || {CPF.mm2} || {CPF.mm3}
cnpj {CNPJ.mm1} || {CNPJ.mm2}
meu zap é {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
cnpj: {CNPJ.sp}
agencia {ROUT} e conta corrente {ACCT.nz}
a agência é {ROUT.cx}
validade {EXP.ce}
venc {EXP.ce} cvv {CVV}
o cartão vence em {EXP} e foi recusado dia {k:date}
senha {PIN.sub}
a senha de quatro dígitos é {PIN}
email {EMAIL.es} tudo minúsculo
meu e-mail {EMAIL.es}
https://conta.example.com/confirmar?tel={PHONE.pct}&etapa={k:count} não carrega
o ip {IP} tá bloqueado?
meu ip {IP}
mac da tv {MAC}
endereço MAC {MAC}
passaporte n° {PASS} vence {k:date}
minha cnh {DL} tá com o nome errado
no .env ta DB_PASSWORD={PWD.kv}
aws_secret_access_key={ASEC.kv} colei sem querer no chamado
https://admin:{PWD.uc}@roteador.example.net parou
troquei a senha pra {PWD}
o cartão {CARD.sw}
cpf {CPF.nz}
celular {PHONE.sub}
o número é {PHONE} e não o antigo
[pt-PT] o meu nif {NIF.sw}
[pt-PT] nif {NIF.sub}
[pt-PT] contribuinte {NIF.nz}
[pt-PT] nif da empresa {NIF}
[pt-PT] o meu telemóvel é {PHONE.mm1} || {PHONE.mm2}
[pt-PT] cartão {CARD.sp} válido até {EXP}
[pt-PT] o pin é {PIN}
[pt-PT] palavra-passe {PWD.cx}
[pt-PT] nib antigo, o iban agora é {IBAN.ib}
[pt-PT] passaporte {PASS}
[pt-PT] swift {BIC}
[pt-PT] ip do router {IP}
[pt-PT] carta de condução n.º {DL}
[pt-PT] fatura {k:invoice_number} de {k:price} não reconheço
[pt-PT] o contrato {k:contract_number} termina em {k:year}
[pt-PT] leitura do contador {k:meter_reading}
[pt-PT] quarto {k:room_number}, saída a {k:date}
nota fiscal {k:invoice_number} de {k:price}
meu seguro {k:policy_number} cobre o {k:product_model}?
tenho {k:count} linhas e pago {k:price} por mês
o desconto de {k:percentage} não apareceu
minha franquia de {k:data_size} acabou do nada
a loja {k:store_number} mandou falar com vocês
reserva {k:booking_reference}, voo {k:flight_number}
obrigada pela ajuda
tá bom, aguardo
"""

TECH = r"""
segue a config\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASEC.kv}
a chave {AKID} vazou
ftp://silva:{PWD.uc}@arquivos.example.com não conecta
"""

TEMPLATES = expand([("pt-BR", BR), ("pt-PT", PT), ("pt-BR", TECH), ("pt-BR", MORE)])
