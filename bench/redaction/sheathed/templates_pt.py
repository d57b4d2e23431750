"""Portuguese chat templates for corpus 22 (one template per line, messages split by ' || ')."""
# ruff: noqa: E501 - one chat template per line; wrapping would split messages

TEMPLATES = r"""
oi, meu pedido {order} ainda não chegou || era pra chegar dia {date}
[pt-BR] oi, segue o cartão: {CARD} validade {EXP} cvv {CVV}
número do cartão {CARD:sp}, validade {EXP}, código de segurança {CVV}
meu cartão é {CARD:mm1} || {CARD:mm2} || foi mal, enviou antes
[pt-BR] o cartão é {CARD:noise} vence {EXP:cexp}
[pt-PT] olá, o número do cartão é {CARD}, válido até {EXP}
[pt-AO] bom dia, o cartão é {CARD}, validade {EXP}
cartão {CARD:leet} val {EXP:cexp}
vou escrever por extenso pro corretor não zoar: {CARD:words}
cartão: {CARD} || validade: {EXP} || cvv: {CVV}
o código atrás é {CVV}
[pt-BR] vcs me cobraram {price} duas vezes!! cartão {CARD}
[pt-BR] quero parcelar em {inst}x no cartão {CARD:sp}, val {EXP:cexp}, cvv {CVV}
cartão {CARD:mm1} || {CARD:mm2} || {CARD:mm3} || vence {EXP}
o cvv é {CVV:words}
[pt-BR] my card is {CARD}, exp {EXP}, o código {CVV}
[pt-BR] a senha do cartão é {PIN} e a maquininha da loja {store} recusa
[pt-PT] mudei o PIN para {PIN:leet} e agora diz errado
[pt-BR] senha de quatro dígitos: {PIN:words}
[pt-PT] o código do multibanco {PIN:sp}
vocês querem minha senha do cartão?? || tá, é {PIN}
PIN {PIN:mm1} || {PIN:mm2}
[pt-BR] meu CPF é {CPF}
[pt-BR] cpf {CPF:sp}
[pt-BR] CPF: {CPF:mm1} || {CPF:mm2}
[pt-BR] cpf {CPF:noise}
[pt-BR] cpf {CPF:leet}
[pt-BR] meu cpf {CPF:words}
[pt-BR] chave pix é meu CPF: {CPF}
[pt-BR] o CNPJ da empresa é {CNPJ}
[pt-BR] cnpj {CNPJ:sp}
[pt-BR] CNPJ {CNPJ:mm1} || {CNPJ:mm2}
[pt-BR] cnpj {CNPJ:noise}
[pt-BR] cnpj {CNPJ:leet}
[pt-BR] CNPJ {CNPJ:words}
[pt-PT] o meu NIF é {NIF}
[pt-PT] contribuinte {NIF:sp}
[pt-PT] NIF {NIF:mm1} || {NIF:mm2}
[pt-PT] nif {NIF:noise}
[pt-PT] NIF {NIF:leet}
[pt-PT] número de contribuinte {NIF:words}
[pt-PT pt-AO] fatura com NIF {NIF} por favor
moro na Espanha, meu DNI é {DNI}
DNI {DNI:sp}
DNI {DNI:mm1} || {DNI:mm2}
tenho NIE espanhol: {NIE}
NIE {NIE:noise}
NIE {NIE:mm1} || {NIE:mm2}
CURP mexicano {CURP}
CURP {CURP:sp}
RFC da empresa no México: {RFC}
RFC {RFC:mm1} || {RFC:mm2}
transferência para a CLABE {CLABE}
CLABE {CLABE:noise}
CLABE {CLABE:mm1} || {CLABE:mm2}
meu número da segurança social francesa (NIR) {NIR}
NIR {NIR:sp}
NIR {NIR:mm1} || {NIR:mm2}
trabalho na Alemanha, Steuer-ID {STEUER}
Steuer-ID {STEUER:sp}
Steuer-ID {STEUER:mm1} || {STEUER:mm2}
[pt-BR] meu SSN americano {SSN}
SSN {SSN:sp}
ITIN {ITIN}
ITIN {ITIN:sp}
National Insurance do Reino Unido {NINO}
NINO {NINO:sp}
número do passaporte {PASSPORT}
passaporte {PASSPORT}, voo {flight} dia {date}
passaporte {PASSPORT:sp} || reserva {booking}
passaporte {PASSPORT:mm1} || {PASSPORT:mm2}
passaporte {PASSPORT:leet}
[pt-BR] número da CNH {DL}
[pt-PT] carta de condução {DL}
[pt-AO] carta de condução nº {DL}
CNH {DL:sp}
carta {DL:mm1} || {DL:mm2}
minha senha é {PASSWORD}
senha: {PASSWORD}
coloquei {PASSWORD} de senha e diz incorreta
usuário {USER} || senha {PASSWORD}
[pt-BR] meu usuário é {USER}
[pt-PT] o meu utilizador é {USER}
login: {USER} senha: {PASSWORD}
senha {PASSWORD:mm1} || {PASSWORD:mm2}
no .env está {PASSWORD:kv}
conectamos com {PASSWORD:url} e dá erro {err}
url de conexão: {PASSWORD:url}
meu email é {EMAIL}
email: {EMAIL:esp}
é {EMAIL:esp}
manda pra {EMAIL:esp} por favor
o link {EMAIL:pct} diz que expirou
email {EMAIL:mm1} || {EMAIL:mm2}
[pt-BR] meu e-mail {EMAIL}, pedido {order}
[pt-BR] meu celular {PHONE}
[pt-BR] meu zap {PHONE:sp}
[pt-PT] o meu telemóvel {PHONE}
[pt-AO] o meu número {PHONE:noise}
me liga no {PHONE:sp} depois das {time}
número {PHONE:words}
tel {PHONE:leet}
meu número {PHONE:mm1} || {PHONE:mm2}
cel {PHONE:mm1} || {PHONE:mm2} || {PHONE:mm3}
o link {PHONE:pct} não abre
meu número {PHONE} ou da minha filha {PHONE#2}
minha mãe mora em Lisboa, o número dela {PHONE@PT}
[pt-PT] o meu irmão está no Brasil, {PHONE@BR}
[pt-BR] tô em Portugal, meu número daqui {PHONE@PT}
[pt-AO] o meu número português {PHONE@PT}
[pt-PT] IBAN {IBAN}
[pt-PT] o meu iban: {IBAN:ibanb}
IBAN:\n{IBAN:ibanb}
IBAN {IBAN:mm1} || {IBAN:mm2}
para o reembolso: {IBAN:ibanb}
IBAN {IBAN:leet}
IBAN {IBAN:noise}
[pt-PT] NIB/IBAN {IBAN:ibanb} BIC {SWIFT}
código SWIFT {SWIFT}
BIC {SWIFT:sp}
SWIFT {SWIFT:mm1} || {SWIFT:mm2}
[pt-BR] agência {ROUTING} conta {ACCT}
[pt-BR] ag {ROUTING:sp} cc {ACCT:sp}
[pt-BR] conta corrente {ACCT}, agência {ROUTING}
[pt-PT] número de conta {ACCT}
conta {ACCT:mm1} || {ACCT:mm2}
conta {ACCT:leet}
conta {ACCT:words}
[pt-BR] agência {ROUTING:noise}
[pt-BR] agência {ROUTING:mm1} || {ROUTING:mm2}
[pt-BR] agencia {ROUTING:leet}
[pt-BR] agência {ROUTING:words}
access key é {AWSKEY} e a secret {AWSSECRET}
AWS_ACCESS_KEY_ID {AWSKEY}
segue o arquivo:\n{AWSKEY:kv}\n{AWSSECRET:kv}
{AWSSECRET:kv}
a secret key {AWSSECRET}
key {AWSKEY:mm1} || {AWSKEY:mm2}
access key {AWSKEY:sp}
IP do roteador {IP}
IP {IP} e MAC {MAC}
endereço MAC {MAC}
MAC {MAC:sp}
IP {IP:noise}
MAC {MAC:mm1} || {MAC:mm2}
[pt-BR] show, vlw
[pt-AO] obrigado, mano
[pt-BR] o rastreio {track} tá parado desde {date}
pedido {order} marcado como entregue mas não chegou nada, meu contato {PHONE}
pedi {qty} unidades e vieram {n}, a conta é {EMAIL}
o {model} mostra erro {err}
o app fecha na versão {ver}, usuário {USER}
quero mudar pro plano de {size}, quanto custa? || aparece {price}
[pt-BR] a nota {inv} tá com {price} em vez de {price#2}
reserva {booking} dia {date}, quarto {room}, dá pra trocar?
voo {flight} cancelado, reserva {booking}
tem {pct} de desconto se eu levar {qty}? pago no cartão {CARD} val {EXP}
minha apólice {policy} vence dia {date}, manda os documentos pra {EMAIL:esp}
quero cancelar o contrato {contract}, reembolso no {IBAN:ibanb}
a loja {store} abre às {time}? a retirada tá no número {PHONE}
o chamado {ticket} está aberto há {n} dias, me liga no {PHONE:sp}
[pt-BR] CEP {zip} e celular {PHONE}
[pt-PT] código postal {zip}, telemóvel {PHONE}
[pt-AO] telemóvel {PHONE:sp}
pera cartão errado || usa esse {CARD} val {EXP:cexp}
visa {CARD:noise} || vence {EXP}
qual é o código de segurança? || ah tá, {CVV}
cvv {CVV} || validade {EXP:cexp}
[pt-BR] eae || não consigo entrar na conta || usuário {USER}
[pt-PT] boa tarde, cobraram {price} a mais || o meu email {EMAIL}
[pt-BR] bom dia || minha encomenda {track} não chegou
[pt-AO] boa tarde || preciso mudar o número para {PHONE}
já mando || {EMAIL}
desculpa || errei o número, é {PHONE}
[pt-BR] meus dados: {CPF} / {PHONE} / {EMAIL}
[pt-BR] hi, preciso de help com minha conta || username {USER}
morei em Madrid, DNI {DNI:noise}
DNI {DNI:leet}, copiei rápido
NIE {NIE:sp} (cartão de residência espanhol)
NIE {NIE:leet}
minha esposa é mexicana, CURP {CURP:mm1} || {CURP:mm2}
CURP {CURP:noise}
RFC para a fatura {inv}: {RFC:sp}
RFC {RFC:noise}, CP {zip}
transferência de {price} para a CLABE {CLABE:sp}
CLABE {CLABE:leet}
vou soletrar a CLABE: {CLABE:words}
trabalhei na França, NIR {NIR:noise}
NIR {NIR:leet} desde {year}
trabalho em Munique, Steuer-ID {STEUER:noise}
Steuer-ID {STEUER:leet} do ano {year}
morei nos EUA, SSN {SSN:mm1} || {SSN:mm2}
SSN {SSN:noise}
meu SSN é {SSN:words}
ITIN {ITIN:mm1} || {ITIN:mm2} || pro imposto de {year}
ITIN {ITIN:noise}
trabalhei em Londres, NINO {NINO:mm1} || {NINO:mm2}
NINO {NINO:noise}
vou ler o cartão: {CARD:words}
[pt-BR] senha {PIN:noise}, não anota em lugar nenhum
o código atrás? || {CVV}
[pt-BR] ok || {CPF}
[pt-PT] sim || {NIF}
{EMAIL}
{PHONE}
[pt-BR] oi, comprei um {model} na loja {store} por {price} || meu email {EMAIL:esp} || CEP {zip}
[pt-PT] olá, a encomenda {track} voltou ao armazém dia {date} || telemóvel {PHONE} || código postal {zip}
[pt-BR] boa noite, quero remarcar a reserva {booking} do dia {date} || celular {PHONE} || passaporte {PASSPORT}
[pt-PT] boa tarde, a fatura {inv} de {price} foi cobrada duas vezes || IBAN da conta {IBAN:ibanb}
[pt-AO] boa tarde, o pedido {order} de {price} ainda não chegou a Luanda || contacto {PHONE}
[pt-BR] oi, a matrícula da faculdade da minha filha de {price} passou duas vezes no meu cartão {CARD:sp} || dia {date} || meu celular {PHONE}
[pt-PT] mudei de banco, atualizem o débito direto do tarifário {contract} || novo IBAN {IBAN:ibanb} || BIC {SWIFT}
[pt-PT] o senhorio quer a caução por transferência para {IBAN:ibanb} || é mesmo da vossa agência? referência {inv}
[pt-BR] quero cancelar a academia, contrato {contract} || parem de debitar da conta {ACCT}, agência {ROUTING}
[pt-BR] meu voo {flight} foi cancelado e a companhia pediu o passaporte {PASSPORT} || reembolso via PIX no CPF {CPF}
[pt-BR] o técnico da operadora veio, o roteador tem MAC {MAC} || pega IP {IP} mas sem internet, erro {err}
[pt-PT] mudei-me para o Porto, telemóvel novo {PHONE} || o brasileiro {PHONE@BR} podem apagar
nosso estagiário colou as chaves no chamado {ticket} 🤦 || {AWSKEY:kv} || {AWSSECRET:kv}
[pt-BR] vou alugar um carro no fds, reserva {booking} || CNH {DL} || pago no cartão {CARD} val {EXP:cexp}
[pt-PT] trabalho na Suíça, o salário cai na conta {IBAN@CH} || telemóvel {PHONE} || NIF {NIF}
[pt-BR] o fornecedor mexicano quer receber na CLABE {CLABE:sp} || RFC {RFC} pra nota {inv}
[pt-BR] minha avó mora em Lisboa, pro pedido {order} precisa do NIF dela {NIF} || telefone {PHONE@PT}
[pt-BR] cliquei em {EMAIL:pct} achando que era do banco || digitei minha senha {PASSWORD} antes de perceber 😩
[pt-PT] o {model} comprado na vossa loja {store} deixou de carregar, fatura {inv} de {price} || liguem-me para {PHONE:sp}
[pt-BR] mandem as notas pro email novo {EMAIL} || o antigo {EMAIL#2} não existe desde {year}
a atendente falou pra mandar o IBAN em partes || {IBAN:mm1} || {IBAN:mm2} || {IBAN:mm3}
[pt-BR] chegou a senha nova {PIN} pelo correio e o caixa eletrônico não aceita || cartão {CARD}, tô viajando, hotel quarto {room}
[pt-BR] trabalhei em Miami, tenho ITIN {ITIN} || agora pedem SSN e não tenho || email {EMAIL}
[pt-BR] vocês pediram o CNPJ da empresa no chamado {ticket} || {CNPJ:mm1} || {CNPJ:mm2}
[pt-BR] usuário {USER}, senha {PASSWORD:mm1} || {PASSWORD:mm2} || ops
[pt-AO] o multicaixa engoliu o meu cartão {CARD:noise} às {time} || estou em Luanda, contacto {PHONE}
[pt-BR] hola, hablo portuñol, meu CPF é {CPF} y mi teléfono {PHONE} || gracias, obrigado
sorry, vou escrever em inglês rapidinho || my card is {CARD:sp}, exp {EXP}
📱{PHONE} ✉️{EMAIL}
(meu CPF: {CPF}) caso precisem
foi mal errei!! é {CARD} não {CARD#2}
Email: {EMAIL}\nTelefone: {PHONE}\nPedido: {order}
[pt-PT] NIF: {NIF}\nCódigo postal: {zip}\nIBAN: {IBAN}
MINHA SENHA É {PASSWORD} E CONTINUA DANDO ERRO!!!
[pt-BR] ok so meu phone é {PHONE} e o CEP {zip}
[pt-BR] beleza, chave pix é o email {EMAIL} 👍
cartão "{CARD}" validade "{EXP}"
[pt-PT] é o {PHONE}!! o outro {PHONE#2} já não uso
iban={IBAN} (copiado da app do banco)
[pt-BR] paguei o boleto de {price} e ainda tá como pendente || meu CPF {CPF} e email {EMAIL}
[pt-BR] o PIX caiu errado, mandei pra chave {PHONE} mas era pra ser o CNPJ {CNPJ} || valor {price}
[pt-BR] os Correios devolveram a encomenda {track}, CEP {zip} tá certo || meu celular {PHONE:mm1} || {PHONE:mm2}
[pt-BR] caí num golpe, me ligaram falando que era do banco e passei a senha {PIN} 😭 || cartão {CARD:sp}, bloqueia por favor
[pt-PT] paguei por MB Way do {PHONE} mas não chegou, foram {price}
[pt-PT] paguei por referência multibanco, entidade {entity}, valor {price}, mas a encomenda {order} continua pendente || o meu NIF {NIF}
[pt-PT] os CTT dizem que a encomenda {track} está na loja {store} || telemóvel {PHONE:sp}
[pt-BR] vendi no Mercado Livre e o dinheiro não caiu na conta {ACCT}, agência {ROUTING} || usuário {USER}
[pt-BR] quero parcelar em {inst}x sem juros, cartão {CARD} val {EXP} || CPF na nota {CPF:sp}
[pt-PT] a fatura da luz com contador {meter} veio com {price} || contribuinte {NIF:noise}
[pt-AO] paguei por Multicaixa Express do número {PHONE} mas o pedido {order} não atualizou
[pt-BR] o roteador mostra IP {IP} e erro {err} || MAC {MAC}
[pt-PT] para o débito direto: IBAN {IBAN:mm1} || {IBAN:mm2} || BIC {SWIFT}
[pt-BR] recebi um email pedindo pra confirmar minha senha, coloquei {PASSWORD} 😬 || login {USER}
"""
