"""Portuguese conversations (customer side only): BR, PT and expats."""

TEMPLATES = r"""
BR: oi, fui cobrado duas vezes no pedido {=order} || cartão {CARD} validade {EXP}
BR: o cartão é {CARD|sp}
BR: numero do cartao {CARD|noise}
BR: ta aqui {CARD|sub}
BR: cartão {CARD|multi:1} || {CARD|multi:2}
BR: vou mandar em duas partes {CARD|multi:1} || e depois {CARD|multi:2}
BR: cartao {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3}
BR: o cvv é {CVV}
BR: codigo de seguranca {CVV|words}
BR: os {=qty:3} numeros de tras: {CVV}
BR: validade {EXP}
BR: val{EXP|cexp}
BR: venc {EXP|cexp} cvv {CVV}
BR: vence em {EXP|words}
BR: minha senha do cartão é {PIN}
BR: senha {PIN|words}
BR: a senha de {=qty:4} digitos é {PIN|sub}
BR: meu cpf é {CPF}
BR: cpf {CPF|sp}
BR: cpf: {CPF|noise}
BR: cpf {CPF|multi:1} || {CPF|multi:2}
BR: meu cpf {CPF|words}
BR: cpf {CPF|sub}
BR: cnpj da empresa {CNPJ}
BR: CNPJ {CNPJ|sp}
BR: cnpj {CNPJ|noise} pra nota fiscal
BR: cnpj {CNPJ|multi:1} || {CNPJ|multi:2}
BR: nf no cnpj {CNPJ} por favor
BR: agencia {ROUT} conta {ACCT}
BR: ag {ROUT} cc {ACCT|sp}
BR: conta corrente {ACCT|multi:1} || {ACCT|multi:2}
BR: meu celular {PHONE}
BR: whats {PHONE|sp}
BR: me liga no {PHONE|noise}
BR: meu numero é {PHONE|words}
BR: {PHONE|multi:1} || {PHONE|multi:2}
BR: cel {PHONE|sub}
BR: meu email {EMAIL}
BR: email {EMAIL|mailw}
BR: o link https://loja.example/descadastrar?email={EMAIL|pct}&origem=app nao funciona
BR: senha do app {PWD}
BR: minha senha é {PWD} mas diz que ta errada
BR: coloquei {PWD} de senha e agora não entro
BR: git push https://joao:{PWD|urlpw}@git.example.com/time/app.git da erro {=code:403}
BR: meu .env⏎AWS_ACCESS_KEY_ID={AKID|kv}⏎AWS_SECRET_ACCESS_KEY={ASK|kv}
BR: access key {AKID} e secret {ASK}, vazei sem querer no github
BR: DB_PASSWORD={PWD|kv}
BR: ip do roteador {IP}
BR: mac {MAC} e ip {IP}
BR: passaporte {PASS}
BR: numero do passaporte {PASS}, voo {=flight} dia {=date}
BR: cnh {DL}
BR: numero da cnh {DL}
BR: cep {=postal}
BR: pedido {=order} chegou quebrado, paguei {=price}
BR: rastreio {=track} parado desde {=date}
BR: valeu!
BR: blz
BR: não, era só isso, obrigado
BR: desculpa errei, o celular é {PHONE#2} e não {PHONE}
BR: o cartão {CARD} || cvv {CVV} || validade {EXP}
BR: protocolo {=ticket} e nada ainda
BR: boleto {=invoice} de {=price} veio errado
BR: meu roteador {=model} reinicia toda hora depois da atualização {=version}
BR: oi || tenho um problema na fatura {=invoice} || cobraram {=price} em vez de {=price}
BR: {=qty:2}
BR: sim, a do dia {=date} às {=time}
BR: MEU CARTÃO {CARD} FOI CLONADO
BR: cartão: {CARD}⏎validade: {EXP}⏎cvv: {CVV}
BR: o numero do cartao é {CARD|words}
BR: pix na chave cpf {CPF} ou email {EMAIL}
BR: chave pix {EMAIL} ou celular {PHONE}
BR: iban {IBAN@BR}
PT: olá, o meu NIF é {NIF}
PT: nif {NIF|sp}
PT: contribuinte {NIF|noise}
PT: nif {NIF|multi:1} || {NIF|multi:2}
PT: número de contribuinte {NIF|words}
PT: nif {NIF|sub}
PT: fatura com nif {NIF} por favor
PT: o meu IBAN {IBAN}
PT: iban⏎{IBAN|ibx}
PT: iban {IBAN|ibx} para o reembolso
PT: iban {IBAN|multi:1} || {IBAN|multi:2} || {IBAN|multi:3}
PT: nib {ACCT}
PT: o nib é {ACCT|sp}
PT: o BIC é {SWIFT}
PT: transferência para {IBAN} bic {SWIFT}
PT: o meu telemóvel {PHONE}
PT: telemóvel {PHONE|sp}
PT: liguem-me para o {PHONE|noise}
PT: o número é {PHONE|words}
PT: {PHONE|multi:1} || {PHONE|multi:2} || {PHONE|multi:3}
PT: o meu email {EMAIL|mailw}
PT: cartão multibanco {CARD|sp} validade {EXP}
PT: código pin {PIN|words}
PT: código de segurança {CVV|words}
PT: passaporte {PASS}
PT: carta de condução {DL}
PT: código postal {=postal}
PT: obrigada!
PT: encomenda {=order} de {=price}
PT: palavra-passe {PWD}
PT: a minha palavra passe é {PWD}
PT: validade {EXP|words}
PT: o cartão é {CARD|multi:1} || {CARD|multi:2}
PT: vivo em espanha, NIE {NIE@ES}
BR: moro na alemanha, Steuer-ID {STID@DE}
PT: o meu marido é francês, número de segurança social {NIR@FR}
BR: moro nos EUA, meu SSN {SSN@US}
PT: sou brasileira, cpf {CPF@BR}
BR: conta em portugal {IBAN@PT|ibx}
BR: a url https://ajuda.example.net/retorno?tel={PHONE|pct}&lang=pt mostra o numero errado
BR: servidor {IP} retorna {=code} desde a versão {=version}
BR: mac do roteador {MAC}
BR: usuario admin, senha {PWD}
BR: [default]⏎aws_access_key_id = {AKID|kv}⏎aws_secret_access_key = {ASK|kv}
BR: SMTP_PASSWORD={PWD|kv}
PT: tentei https://cliente:{PWD|urlpw}@portal.example.org e não dá
BR: quantos? {=qty:3}
BR: cpf {CPF} e email {EMAIL}
BR: meu cartão {CARD} ops quis dizer {CARD#2}
BR: validade {EXP} ou {EXP#2}, não lembro
BR: email é {EMAIL} ou {EMAIL#2}
BR: cpf {CPF|multi:1} || {CPF|multi:2} || {CPF|multi:3}
BR: cel {PHONE|multi:1} || {PHONE|multi:2} || {PHONE|multi:3}
BR: conta {ACCT|multi:1} || {ACCT|multi:2} || {ACCT|multi:3}
BR: cvv {CVV|sub}
BR: a senha é {PIN}
BR: senha: {PWD}
BR: minha senha do banco é {PIN} não conta pra ninguém kkk
BR: voo {=flight} cancelado, somos {=qty:4}
BR: loja {=store} do shopping
BR: to muito irritado
BR: agendamento dia {=date} às {=time} pode ser?
BR: encomenda {=track}
BR: numero da conta {ACCT|words}
BR: conta {ACCT|sub}
BR: swift do meu banco é {SWIFT}
BR: ip {IP} || mac {MAC}
BR: chave {AKID} || secret {ASK}
BR: meu cpf {CPF} e o da minha mãe {CPF#2}
BR: cartão de crédito {CARD|sp}, venc {EXP}, cvv {CVV}
BR: boa tarde, dúvida sobre o pedido {=order}
BR: isso, {=qty:2} unidades
PT: bom dia, esqueci a palavra-passe, a antiga era {PWD}
PT: número do cartão: {CARD|noise}
PT: email {EMAIL}
PT: o meu email é {EMAIL|mailw} obrigado
BR: cnpj {CNPJ|words}
BR: cnpj {CNPJ|sub}
PT: telemóvel {PHONE|sub}
BR: olá? || tem alguém aí
BR: {CPF}
BR: sim {CPF|sp}
BR: {CNPJ}
PT: {NIF}
PT: sim, {NIF|sp}
BR: {IBAN@BR}
BR: ok {CARD|sp}
BR: {EMAIL}
BR: isso, {PHONE}
BR: {CVV}
BR: {PIN} essa é a senha
BR: peraí vou procurar
BR: {PASS}
BR: ok {PWD}
BR: oi || então || dia {=date} pedi {=qty:2} coisas e só chegou uma
PT: está bem, obrigado
BR: {ACCT} é a conta
BR: meu numero {PHONE|multi:1} || ops mandei antes {PHONE|multi:2}
BR: cartão {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4}
PT: cartão {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3}
BR: oi, é sobre o seguro do carro {=policy} || pediram minha cnh {DL}
BR: a conta de luz de {=meter} tá absurda, meu email {EMAIL}
BR: preciso renovar o passaporte, o numero é {PASS}
BR: pro cadastro no gov pedem cpf {CPF|sp}, aqui é seguro?
BR: cobrança de {=price} dia {=date} que eu não fiz, cartão {CARD|sp}
BR: liguei ontem umas {=time} e mandaram eu escrever aqui, meu cel {PHONE}
BR: cartão novo: {CARD} {EXP} {CVV}
BR: {CARD|sp} {EXP|cexp} {CVV}
BR: já passei meu email {EMAIL} umas {=count} vezes
BR: tenho um {=model} na versão {=version} e o app fecha quando digito a senha {PIN}
BR: nos logs do servidor {IP} apareceu a chave {AKID}, dá pra revogar?
BR: emiti a nota pro cnpj {CNPJ} mas saiu com o cpf {CPF} errado
PT: o reembolso para {IBAN|ibx} por favor
PT: paguei {=price} com o cartão {CARD} mas a encomenda {=order} foi cancelada
PT: nas finanças pedem o nif {NIF} e diz inválido
BR: foi mal, o pix certo é {EMAIL#2} não {EMAIL}
BR: pera || {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4} || pronto
BR: aff || tanto faz || a senha é {PWD} resolve aí
BR: curl https://deploy:{PWD|urlpw}@ci.example.com/hook não funciona
BR: `export AWS_SECRET_ACCESS_KEY={ASK|kv}` tava no print, é grave?
BR: o mac do celular {MAC} não conecta no wifi do hotel, quarto {=room}
PT: leitura do contador {=meter}, contrato {=contract}
BR: cupom da loja {=store}, paguei com o cartão {CARD|noise}
BR: anota aí meu numero {PHONE|words}
PT: enviem para {EMAIL|mailw} se faz favor
"""
