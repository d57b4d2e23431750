"""Portuguese customer turns (Brazil and Portugal). Same slot syntax as templates_en."""

DEV = [
    (
        "oi, cobraram {#price} duas vezes",
        "cartao {CARD} validade {EXP:cx} cvv {CVV}",
        "pedido {#order}",
    ),
    "Nome: Beatriz Costa\nCPF: {CPF}\nCelular: {PHONE}\nEmail: {EMAIL}\nCEP: {#postal}\nPassaporte: {PASSPORT}",
    ("a transferencia nao caiu", "meu iban {IBAN:br}", "swift {SWIFT}"),
    ("numero do cartao {CARD@a}", "{CARD@a}", "{CARD@a} pronto"),
    ("nao consigo entrar, usuario {USER}", "mudei a senha pra {PWD} faz {#duration}"),
    "o tecnico deixou isso no roteador: ftp://{USER:url}:{PWD:url}@nas.example.org isso ta certo??",
    "vazou meu arquivo de config\nAWS_ACCESS_KEY_ID={AKID:kv}\nAWS_SECRET_ACCESS_KEY={AKSEC:kv}\nsocorro",
    ("trabalhei no mexico, curp {CURP} rfc {RFC}", "a clabe pro reembolso {CLABE}"),
    "nos EUA: SSN {SSN}, ITIN da minha esposa {ITIN}, routing {ROUTING}, conta {ACCT}",
    ("em londres eu tinha NI number {NINO}", "e na franca o numero da secu {NIR}"),
    "documentos: DNI espanhol {DNI}, NIE {NIE}, NIF {NIF}, steuer-id {IDNR}, CNPJ da empresa {CNPJ}",
    ("o modem {#model} cai toda hora, tipo a cada {#duration}", "ip {IP} mac {MAC}"),
    (
        "recebi um link estranho https://conta.example.com/validar?email={EMAIL:pct}",
        "pede minha senha do cartao {PIN}, sao voces?",
    ),
    "carteira de motorista {DL}, placa {#plate}, apolice {#policy}",
    ("aquele que o outro atendente pediu", "{NIF:ctx}"),
]

SEALED = [
    ("ola", "alguem ai?", "quero cancelar, contrato {#contract}"),
    "nao entra com o usuario {USER}, a senha era {PWD} acho",
    ("pagamento no cartao {CARD}", "vence {EXP} codigo de seguranca {CVV}"),
    "cobraram {#price} dia {#date} na loja {#store}, cartao {CARD}, quero estorno",
    ("troquei de numero", "antigo {PHONE}", "novo {PHONE}"),
    "pode me ligar no {PHONE} ou mandar email {EMAIL}, depois das {#time}",
    ("meu email {EMAIL}", "foi mal errei, e {EMAIL}"),
    "email: {EMAIL:at} (escrevi assim pq o chat apaga)",
    ("pediram o cpf pra confirmar", "{CPF}"),
    "cpf {CPF} e da minha filha {CPF}, os dois na apolice {#policy}",
    ("empresa", "cnpj {CNPJ}"),
    "CPF: {CPF:noise} desculpa os emojis kkk",
    ("conta {ACCT}", "a conta corrente daqui, nao o iban"),
    ("estorno pro iban {IBAN}", "bic {SWIFT}", "isso"),
    ("vou colar o iban", "{IBAN:br}"),
    ("reserva {#booking}, passaporte {PASSPORT}", "voo {#flight} assento {#seat}"),
    "carta de conducao {DL} e a matricula do carro {#plate}",
    ("recebi email de login de {IP}", "nao fui eu, moro em {#postal}"),
    "servidor {IP} nao responde desde {#time}, sdk {#version}, mac {MAC}",
    ("celular novo, o velho tinha mac {MAC}", "tira ele dos aparelhos, tenho {#count}"),
    "subi as chaves sem querer\naws_access_key_id = {AKID}\naws_secret_access_key = {AKSEC}\nrevoga ai",
    ("chave {AKID}", "secret {AKSEC}", "tava no print do chamado {#ticket}"),
    "string de conexao: postgres://{USER:url}:{PWD:url}@db.example.net/vendas e grave?",
    "DB_PASSWORD={PWD:kv}\nDB_USER={USER:kv}\nvazaram no log da versao {#version}",
    ("o caixa engoliu meu cartao", "senha {PIN}", "numero inteiro {CARD}"),
    "pin {PIN:spell} escrevi por extenso rs",
    ("me liga no {PHONE:spell}", "depois das {#time}"),
    ("cartao {CARD:noise}", "cvv {CVV:sub} validade {EXP:cx}"),
    ("o numero e {CARD@b}", "{CARD@b}"),
    ("meu zap {PHONE@c}", "{PHONE@c}", "{PHONE@c}"),
    ("conta {ACCT@d}", "{ACCT@d} poupanca"),
    ("curp mexicano {CURP}", "rfc pra nota {RFC}"),
    "deposita na clabe {CLABE} ref {#customer_ref}",
    ("sou de portugal", "nif {NIF}", "o da empresa tambem precisam?"),
    "numero da seguranca social francesa {NIR}, preciso na fatura {#invoice}",
    ("morei nos estados unidos", "social security {SSN}", "itin {ITIN}"),
    "steuer-id alemao {IDNR} e NINO britanico {NINO}, DNI {DNI}, NIE {NIE}",
    ("pro salario: ABA {ROUTING}", "conta {ACCT}"),
    ("quanto custa o plano de {#size}", "tem {#percent} de desconto?"),
    ("leitura do relogio {#meter}", "a fatura veio {#price}, o dobro"),
    "quarto {#room}, checkout {#time}, reserva {#booking}, da pra sair mais tarde?",
    ("liguei ontem", "mandaram escrever aqui", "chamado {#ticket} e nada"),
    ("toma", "{CARD:ctx}\n{EXP:ctx}\n{CVV:ctx}"),
    ("que mais", "{CPF:ctx} o que ta no meu rg, nascimento {#date}"),
    "troca o email {EMAIL:at} pelo {EMAIL}",
    "o link: https://pagamento.example.net/ok?tel={PHONE:pct}&ref=abc e confiavel?",
    ("meu iban de novo", "{IBAN:sub}"),
]

DEV += [
    ("a conta de novo", "{ACCT@e}", "{ACCT@e}"),
    ("meu cel {PHONE@f}", "{PHONE@f}", "{PHONE@f} com ddd"),
    "aff to cansada. titular Sofia Santos, email {EMAIL:at}, cel {PHONE:noise}, ultimo pagamento {#amount} em {#date}",
    "- cartao: {CARD:sub}\n- validade: {EXP}\n- cvv: {CVV:spell}\n- cep: {#postal}",
    (
        "Assunto: sinistro {#policy}",
        "passaporte {PASSPORT:sp}, cnh {DL}, e meu cpf por garantia {CPF:spell}",
    ),
    "achei: {IBAN:br} e o BIC {SWIFT:sp}, foram {#amount}, fatura {#invoice}",
]

SEALED += [
    ("e a terceira vez que escrevo", "cartao {CARD@g}", "{CARD@g}", "{CARD@g} vence {EXP:cx}"),
    ("cpf {CPF@h}", "{CPF@h}", "{CPF@h}"),
    ("vou dividir por causa dos robos kkk", "{NIF@i}", "{NIF@i}"),
    ("me chama no zap {PHONE@j}", "{PHONE@j}"),
    "Seguem meus dados.\nNome completo: Ines Fernandes\nData de nascimento: {#date}\nNIF: {NIF:sp}\nTelemovel: {PHONE:sp}\nEmail: {EMAIL}\nApolice: {#policy}",
    "alias a conta do meu filho e {USER} e botei a senha {PWD} dia {#date}, deve ser isso",
    (
        "to no aeroporto, mudou o portao, voo {#flight}",
        "localizador {#booking}, passaporte {PASSPORT:sub}",
    ),
    "ta aqui a cnh {DL:sp} e a do segundo condutor {DL}, contrato {#contract}",
    ("o de debito e {CARD:spell}", "cvv {CVV}"),
    "por favor nao liguem pro {PHONE:sub} que e do trampo, melhor {PHONE} ou {EMAIL:at}",
    (
        "pq meu cartao ta recusando",
        "final... enfim inteiro: {CARD:sp}, validade {EXP:spell}",
        "tentei {#count} vezes na loja {#store}",
    ),
    "cnpj {CNPJ:sub} (e pro imposto de {#year})",
    ("duvida rapida", "o plano de {#size} tem roaming?", "e {#price} e por mes?"),
    "pro estorno: conta {ACCT:sp}, ou o IBAN {IBAN}",
    ("pediram o swift aqui", "{SWIFT}", "banco em lisboa"),
    ("numero novo -> {PHONE:spell}", "o {PHONE} ja era"),
    "pera cvv errado, e {CVV} nao {CVV}",
    ("sim sou eu", "a senha que cadastrei na agencia {PIN:sp}"),
    "colega americano: SSN {SSN:sp}, ITIN {ITIN:sub}",
    "franca: NIR {NIR:spell}; alemanha: steuer-id {IDNR:sp}",
    "mexico: CURP {CURP:sp}, RFC {RFC:sub}, CLABE {CLABE:noise}",
    "espanha: DNI {DNI:noise}, NIE {NIE:sp}; uk NINO {NINO:noise}",
]

DEV += [
    (
        "oii meu marido colocou o debito automatico no cartao errado",
        "tem que ser {CARD:sp} e nao {CARD}",
        "o certo vence {EXP:sub}",
    ),
    "copiei das minhas notas:\nbanco: iban {IBAN:sub}\nconta {ACCT:noise}\nswift {SWIFT}",
    (
        "o formulario diz invalido",
        "coloquei {CPF:sp} no meu e {CPF} no do meu filho, e os pontos??",
    ),
    (
        "morei em madri entao ainda tenho NIE",
        "{NIE:noise}",
        "e o ssn de quando morei em miami {SSN:sub}",
    ),
    "os codigos de verificacao vao pro {PHONE:sub} que eu perdi, troca pra {EMAIL:at} pfv, usuario {USER}",
]

SEALED += [
    (
        "sinceramente nao confio nesse chat",
        "mas ta. passaporte {PASSPORT}",
        "validade {#date}, emitido em {#year}",
    ),
    "avisa se faltar algo: {NIF:sp} (nif) {CNPJ} (cnpj) {IDNR:noise} (alemanha)",
    ("o roteador fica em http://{IP}/admin", "login {USER} / {PWD}", "firmware {#version}"),
]

SEALED += [
    "o senhorio (um pesadelo, longa historia) quer o comprovativo da caucao, mandem pra {EMAIL} com copia pra {EMAIL:at}? foram {#amount}",
    ("corretor maldito", "{CARD:sub}", "^ esse e o cartao, os o sao zeros"),
    "cancela o chip antigo, o numero era {PHONE:noise}, o novo ta no pedido {#order}",
    (
        "o titular sou eu, minha mae ta escrevendo desse celular",
        "o cpf dela {CPF}, o meu {CPF:noise}, mesmo endereco, cep {#postal}",
    ),
    "sou de sp - cnpj da empresa {CNPJ:sub}, urgente, o pix de {#price} voltou dia {#date}",
    ("to no escritorio", "nosso ip de saida {IP} e a mac do notebook {MAC:sp} se precisar liberar"),
    "Cartao: {CARD}  Validade: {EXP}  CVV: {CVV}  Titular: o mesmo da conta",
    (
        "voces aceitam transferencia por clabe",
        "a minha {CLABE:sp}",
        "valor {#amount}, fatura {#invoice}",
    ),
]

DEV += [
    (
        "presente pra minha irma, pedido {#order}, {#quantity} itens",
        "paga com {CARD:noise} por favor, cvv {CVV:sub}",
        "e o recibo pro {EMAIL:at}",
    ),
    "acho que me hackearam, mudaram o email pra {EMAIL} e o celular pra {PHONE:sp}. os certos sao {EMAIL:at} e {PHONE}",
    (
        "continuando o chamado {#ticket}",
        "a seguradora quer a cnh {DL:sub}, passaporte {PASSPORT} e cpf {CPF:noise}",
    ),
    ("nif pra fatura: {NIF:sp}", "a empresa no brasil e {CNPJ:noise} se pedirem"),
]

DEV += [
    "chegou o cartao novo, {CARD:sp} valido ate {EXP:cx}, coloca no plano de {#size}",
    "to lendo atras: {CVV:ctx}. e na frente {CARD:ctx}",
]

SEALED += [
    "ok o de debito {CARD:noise} que vence {EXP:cx}, cobra os {#price} nele",
    "como pediu, {CPF:ctx}, no meu nome, agencia de {#postal}",
]

DEV += [
    "voo {#flight} dia {#date} as {#time}, assento {#seat}, reserva {#booking}, cliente {#customer_ref}, da pra incluir mala? no app tava {#percent} off",
    (
        "o wifi do hotel me bloqueia, quarto {#room}",
        "meu ip {IP}, adaptador {MAC}, checkout {#time}, a loja {#store} me deu o vale em {#year}",
    ),
    "o relogio marca {#meter}, cep {#postal}, a encomenda {#tracking} nao chegou depois de {#duration}",
]

SEALED += [
    "encomenda {#tracking} consta entregue dia {#date} mas chegaram {#quantity} de {#count}, cep {#postal}, esperando faz {#duration}",
    ("o {#model} nao pareia, erro {#error}", "firmware {#version}, meu email pra garantia {EMAIL}"),
    ("meu usuario e {USER}", "mudei pro cep {#postal} e agora o app da erro {#error} no {#model}"),
]

DEV += [
    (
        "rapidinho antes do trampo",
        "o app da farmacia pede documento, uso o passaporte {PASSPORT:sp}",
        "se nao der, a cnh {DL}",
    ),
    "a receita recusa meu cpf {CPF:sub}, e quando coloco o cnpj do mei {CNPJ:sp} diz que nao bate, que isso",
    ("o robo pediu o nif", "{NIF:ctx}", "e antes que pergunte, o cartao vinculado e {CARD:noise}"),
    "socorro, minha cunhada em madri precisa do NIE pro aluguel: {NIE}, e o DNI do marido espanhol {DNI:sp}. caucao {#amount}",
]

SEALED += [
    (
        "entao historia engracada",
        "o gato andou no teclado enquanto eu digitava a senha",
        "e agora ta {PWD} sei la?? reseta pra mim, usuario {USER:plain}",
    ),
    "escrevo pelo meu avo que nao mexe com internet. cpf {CPF:spell}, telefone {PHONE}, mora no cep {#postal}",
    ("mando em duas que o app corta", "{IBAN@k}", "{IBAN@k}"),
    "sinceramente nem ligo pra taxa de {#price}, so quero o cartao {CARD:sp} desbloqueado antes da viagem dia {#date}",
    ("a moca da agencia anotou a senha nova num post-it", "{PIN}", "isso e normal? kkkk"),
    "o contador precisa: NIF {NIF}, o NI ingles {NINO:noise}, e a steuer-id alema {IDNR:spell} de quando morei em berlim",
    ("sim endereco ta certo", "e meu celular e {PHONE:noise} nao o {PHONE:sp} que ta ai"),
    "manda o extrato pro {EMAIL:at} - NAO pro do trabalho {EMAIL} que meu chefe le",
    ("desculpa", "errei o cartao: {CARD:sp}", "e a validade {EXP:cx}"),
    "urgente: o servidor {IP} mostrou credenciais na pagina de erro -> APP_SECRET={PWD:kv} e AWS_ACCESS_KEY_ID={AKID:kv}",
]

DEV += [
    "num do cartao {CARD:sp} venc. {EXP} cod seguranca {CVV} desculpa to digitando no onibus",
    (
        "conta bloqueada de novo",
        "usuario {USER}, a senha que tentei foi {PWD} e depois {PWD}",
        "nada funciona",
    ),
]

SEALED += [
    "o de debito termina em... ah vai inteiro: {CARD:noise}, venc {EXP}, e a senha se o caixa pedir {PIN:sub}",
    ("meu cpf {CPF:sp}", "desculpa cadastro de pessoa fisica"),
    "carteira de motorista {DL:sub}, passaport {PASSPORT}, os dois renovados em {#year}",
    ("respondendo o atendente: e o segundo", "{EMAIL:ctx}"),
    "ag/conta {ACCT} / iban {IBAN:br} - pro credito de {#amount} a partir de {#date}",
    ("manda o codigo pro {PHONE:sp}", "ops numero errado, e {PHONE:noise}"),
]

DEV += [("o cnpj da loja pra nota", "{CNPJ@m}", "{CNPJ@m}")]
