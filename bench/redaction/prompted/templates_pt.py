"""Portuguese chat templates (pt-BR, pt-PT), written by hand.

Every list is split by position: even entries feed the dev split, odd entries the sealed split.
"""

OPEN = ["oi", "ola, tenho um problema com meu pedido", "oi alguem ai?", "nao consigo entrar na minha conta",
        "boa tarde", "oii meu cartao foi recusado", "ola, uma duvida rapida", "bom dia, fui cobrado duas vezes",
        "e ai", "ola queria atualizar meus dados", "oi a encomenda chegou partida", "boa noite, me mandaram falar aqui"]
GREET = ["Olá, sou a Beatriz. Como posso ajudar?", "Bem-vindo ao apoio ao cliente! Em que posso ajudar hoje?",
         "Oi, obrigado pelo contato. Vamos ver isso agora.", "Bom dia, antes de começar preciso confirmar alguns dados.",
         "Oi 😊 claro, te ajudo com isso.", "Obrigado por aguardar, um atendente entrou na conversa.",
         "Olá! Vou abrir a sua conta, um instante.", "Oi! Posso ajudar sim, só preciso de alguns dados."]
ASK = {
    "CREDIT_DEBIT_NUMBER": ["Qual é o número do cartão?", "Poderia confirmar o número completo do seu cartão?",
                            "Por favor, digite os dezesseis dígitos do cartão.", "pagou com qual cartao? preciso do numero",
                            "Em qual cartão quer o estorno? O número, por favor.", "Me passa o número do cartão?"],
    "CREDIT_DEBIT_CVV": ["E o código de segurança?", "Digite os três dígitos no verso do cartão.", "Qual o CVV?",
                         "Pode me informar o CVC, por favor?"],
    "CREDIT_DEBIT_EXPIRY": ["Quando vence o cartão?", "Qual a data de validade?", "Informe a validade (MM/AA).",
                            "e a validade?"],
    "PIN": ["Por favor, digite sua senha de quatro dígitos.", "Qual é o PIN do cartão?",
            "Pode confirmar o código PIN?", "preciso do pin da conta"],
    "BANK_ACCOUNT_NUMBER": ["Qual é o número da conta?", "Digite o número da sua conta.",
                            "Em qual conta quer o reembolso? Só o número.", "Pode confirmar o número da conta?"],
    "BANK_ROUTING": ["E a agência?", "Qual o número da agência?", "Informe a agência da sua conta.", "agencia?"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["Pode enviar o seu IBAN?", "Indique o IBAN para a transferência.",
                                          "Poderia confirmar o IBAN para o reembolso?", "iban por favor"],
    "SWIFT_CODE": ["E o código SWIFT/BIC do banco?", "Qual é o BIC?", "Tem o swift à mão?",
                   "Introduza o código SWIFT do seu banco."],
    "EMAIL": ["Qual é o e-mail da conta?", "Poderia confirmar o seu endereço de e-mail?",
              "Para qual e-mail envio a confirmação?", "Digite o e-mail usado no cadastro.",
              "Qual e-mail tem registado?", "me passa teu email"],
    "PHONE": ["Para qual número ligamos?", "Pode confirmar o telefone da conta?",
              "Digite seu celular com DDD.", "Qual o seu telemóvel?", "Um telefone para contato?",
              "Que número está associado à conta?"],
    "PASSPORT_NUMBER": ["Qual o número do passaporte?", "O passaporte usado na reserva?",
                        "Indique o número do passaporte como aparece no documento.", "numero do passaporte?"],
    "DRIVER_ID": ["Pode informar o número da CNH?", "Digite o número da sua carta de condução.",
                  "Qual número aparece na sua habilitação?", "precisamos da cnh pro aluguel"],
    "PASSWORD": ["Qual senha você tentou?", "Digite a senha temporária que recebeu.",
                 "qual senha ta usando agora?", "Pode confirmar a palavra-passe antiga?"],
    "USERNAME": ["Qual é o seu usuário?", "Com que nome de utilizador entra?", "Digite seu login.",
                 "qual o user da conta?"],
    "IP_ADDRESS": ["Qual o endereço IP do roteador?", "Pode dizer o IP que aparece no erro?",
                   "Envie o endereço IP de onde está a ligar-se.", "que ip aparece?"],
    "BR_CPF": ["Qual é o seu CPF?", "Para confirmar a identidade, me informa o CPF do titular?",
               "Digite o CPF, somente números.", "cpf por favor"],
    "BR_CNPJ": ["Qual o CNPJ da empresa?", "Pode informar o CNPJ para a nota fiscal?", "Digite o CNPJ do cadastro.",
                "cnpj?"],
    "PT_NIF": ["Qual é o seu NIF?", "Para a fatura preciso do número de contribuinte.", "Introduza o NIF, por favor.",
               "nif para a fatura?"],
}
NAMED = {
    "CREDIT_DEBIT_NUMBER": ["meu cartao é {v}", "cartão {v}", "é o visa {v}", "nº do cartão: {v}", "cartao de debito {v}",
                            "o numero do cartao é {v}"],
    "CREDIT_DEBIT_CVV": ["cvv {v}", "o codigo de seguranca é {v}", "cvc: {v}", "atras ta {v}"],
    "CREDIT_DEBIT_EXPIRY": ["validade {v}", "vence {v}", "valido ate {v}", "exp {v}"],
    "PIN": ["pin {v}", "minha senha é {v}", "PIN: {v}", "o pin é {v}"],
    "BANK_ACCOUNT_NUMBER": ["conta {v}", "minha conta é {v}", "nº da conta {v}", "c/c {v}"],
    "BANK_ROUTING": ["agencia {v}", "ag {v}", "a agência é {v}", "ag.: {v}"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["IBAN {v}", "meu iban é {v}", "iban: {v}", "o IBAN é {v}"],
    "SWIFT_CODE": ["swift {v}", "BIC: {v}", "o bic é {v}", "codigo swift {v}"],
    "EMAIL": ["meu email é {v}", "email: {v}", "é {v} meu email", "e-mail {v}", "manda pra {v}"],
    "PHONE": ["meu numero é {v}", "me liga no {v}", "cel {v}", "tel: {v}", "o meu telemóvel é {v}", "zap {v}"],
    "PASSPORT_NUMBER": ["passaporte {v}", "meu passaporte é {v}", "nº passaporte: {v}", "o passaporte {v}"],
    "DRIVER_ID": ["cnh {v}", "minha cnh é {v}", "carta de conducao {v}", "habilitação {v}"],
    "PASSWORD": ["a senha é {v}", "senha: {v}", "coloquei {v} de senha", "palavra-passe {v}"],
    "USERNAME": ["usuario {v}", "user: {v}", "meu login é {v}", "utilizador {v}"],
    "IP_ADDRESS": ["o ip é {v}", "IP: {v}", "aparece ip {v}", "endereco ip {v}"],
    "BR_CPF": ["cpf {v}", "meu cpf é {v}", "CPF: {v}", "o cpf do titular é {v}"],
    "BR_CNPJ": ["cnpj {v}", "o cnpj é {v}", "CNPJ: {v}", "cnpj da empresa {v}"],
    "PT_NIF": ["nif {v}", "o meu nif é {v}", "contribuinte {v}", "NIF: {v}"],
}
FILLER = ["é o {v}", "claro: {v}", "ok {v}", "sim, {v}", "{v} acho", "hmm {v}", "deve ser {v}",
          "{v} 👍", "ta aqui {v}", "blz {v}", "{v} esse", "ah {v}", "é {v}", "{v}!!", "pronto, {v}",
          "seria {v}", "{v} kkk", "bom, {v}", "isso {v}", "{v} se nao me engano"]
KEEP_ASK = {
    "order_number": ["Qual é o número do pedido?", "Pode me passar o número do pedido do e-mail de confirmação?",
                     "Digite o número do seu pedido.", "tem o numero do pedido ai?"],
    "tracking_number": ["Qual o código de rastreio?", "Pode enviar o número de rastreamento?",
                        "Cole o código de rastreio do e-mail.", "rastreio?"],
    "postal_code": ["Qual é o CEP?", "Pode confirmar o código postal da entrega?",
                    "Só os primeiros dígitos do código postal, por favor.", "e o cep?"],
    "date": ["Quando chegou a entrega?", "Em que dia foi a cobrança?", "Que dia fica bom para o técnico?",
             "quando fez a compra?"],
    "time": ["Que horas podemos ligar?", "Por volta de que horas foi?", "A que horas veio o estafeta?",
             "horario pra ligacao?"],
    "price": ["Quanto foi cobrado?", "Que valor aparece no extrato?", "quanto foi?", "Qual foi o total do recibo?"],
    "quantity": ["Quantos itens faltam?", "Quantas unidades pediu?", "quantas caixas chegaram?",
                 "Quantas unidades precisa trocar?"],
    "product_model": ["Qual é o modelo?", "Que modelo aparece na etiqueta?", "qual modelo vc tem?",
                      "Pode dizer o modelo do produto?"],
    "invoice_number": ["Tem o número da nota fiscal?", "Qual o nº da fatura?", "Digite o número da nota.",
                       "qual fatura é?"],
    "ticket_reference": ["Tem o protocolo do atendimento anterior?", "Qual o número do chamado?",
                         "Indique a referência do contacto anterior.", "protocolo?"],
    "year": ["O carro é de que ano?", "Em que ano comprou?", "desde que ano tem a conta?", "Ano de fabricação?"],
    "flight_number": ["Qual é o número do voo?", "Em que voo estava?", "Digite o número do seu voo.", "nº do voo?"],
    "store_number": ["Em que loja comprou? O número vem no recibo.", "Qual o número da loja?",
                     "Digite o número da loja.", "numero da loja?"],
    "version": ["Qual versão do app você tem?", "Que versão do firmware aparece?",
                "Pode ver a versão nas definições?", "versao?"],
}
KEEP_NAMED = {
    "order_number": ["pedido {k}", "meu numero de pedido é {k}", "pedido nº {k}", "é o pedido {k}"],
    "tracking_number": ["rastreio {k}", "o codigo de rastreio é {k}", "rastreamento {k}", "tracking: {k}"],
    "postal_code": ["cep {k}", "codigo postal {k}", "o cep é {k}", "CEP: {k}"],
    "date": ["chegou dia {k}", "cobraram dia {k}", "pedi em {k}", "desde o dia {k}"],
    "time": ["as {k}", "por volta das {k}", "depois das {k}", "ele veio as {k}"],
    "price": ["foi {k}", "cobraram {k}", "tiraram {k}", "total {k}"],
    "quantity": ["{k} itens", "faltam {k}", "so chegaram {k}", "{k} caixas"],
    "product_model": ["é o {k}", "modelo {k}", "tenho um {k}", "o {k}"],
    "invoice_number": ["nota {k}", "fatura {k}", "nf {k}", "a nota fiscal é {k}"],
    "ticket_reference": ["protocolo {k}", "chamado {k}", "ticket {k}", "referencia {k}"],
    "year": ["é de {k}", "comprei em {k}", "desde {k}", "ano {k}"],
    "flight_number": ["voo {k}", "eu tava no {k}", "nº do voo {k}", "no {k}"],
    "store_number": ["loja {k}", "loja nº {k}", "foi na loja {k}", "filial {k}"],
    "version": ["versao {k}", "o app diz {k}", "to na {k}", "firmware {k}"],
}
QBACK = ["o do cartao?", "qual deles", "o comprido?", "o novo ou o antigo?", "o da frente ou de tras?",
         "o do cadastro?", "pra que precisa disso", "é seguro mandar aqui?"]
CONFIRM = ["Sim, esse por favor.", "O que está registado na conta.", "Isso, esse mesmo.",
           "É só para verificar, do nosso lado aparece mascarado.", "Sim, o atual por favor.", "O que temos no cadastro."]
ONE_SEC = ["um seg", "deixa eu ver", "pera vou procurar", "so um minuto vou buscar a carteira", "ok espera",
           "um momento", "ja vai", "peraí"]
REASK = ["Desculpe, não parece correto, pode enviar de novo?", "Hmm, não encontrei, pode verificar?",
         "Parece faltar um dígito, pode reenviar?", "Perdão, não entendi, digite de novo por favor.",
         "Não confere, tenta mais uma vez?", "Pode me confirmar de novo?"]
CORRECT = ["desculpa errei, é {v}", "opa nao esse é o antigo. {v}", "pera, {v}", "foi mal é {v}",
           "desculpa digitei errado {v}", "nao nao é {v}"]
CHANGE = ["e minha encomenda cade", "nao tenho aqui agora", "pq é tao complicado", "quero falar com uma pessoa",
          "esquece so quero o reembolso", "depois eu procuro", "precisa mesmo?", "pera meu filho ta chorando"]
ACK = ["Obrigado, anotado.", "Perfeito, obrigado.", "Certo, um momento enquanto verifico.", "Obrigada! Vou conferir.",
       "Ok, obrigado pelo dado.", "Ótimo, deixa eu ver.", "Registado, obrigado.", "Obrigado, só um instante."]
TWO_ASK = ["Preciso do número do cartão e da validade, por favor.", "Pode me passar o número do cartão e o vencimento?",
           "Digite o número do cartão e em seguida a validade.", "numero do cartao e validade pfv"]
TWO_ANS = ["{a} validade {b}", "{a} vence {b}", "{a} e {b}", "{a}, {b}", "{a} ate {b}", "{a} {b}"]
LAST4_ASK = {
    "CREDIT_DEBIT_NUMBER": ["Quais são os quatro últimos dígitos do cartão?", "Pode confirmar os últimos quatro do cartão?",
                            "Qual cartão? Só os quatro finais.", "quatro ultimos do cartao pfv"],
    "PHONE": ["Quais os últimos dígitos do telefone cadastrado?", "Só os quatro últimos do seu número.",
              "Confirme os quatro últimos dígitos do celular, por favor.", "ultimos quatro do tel?"],
}
LAST4_NAMED = ["termina em {v}", "final {v}", "os ultimos quatro {v}", "o que acaba em {v}"]
CHAT = ["é a terceira vez que escrevo", "ok", "obg", "kkk ok", "da erro aqui", "o app fecha sozinho",
        "so quero que resolva sinceramente", "tem jeito mais rapido?", "entendi", "certo", "tranquilo",
        "estranho", "affs", "ok muito obrigado", "beleza", "pode ser", "e quanto tempo demora?", "hmm ok", "sim", "nao",
        "perfeito", "me manda por email?", "to no trabalho desculpa a demora", "ta bom"]
UNPROMPTED = ["{v}", "toma {v}", "{v} <- esse", "usa {v} pfv", "{v} ??", "tenta {v}"]
CLOSE = ["obrigado pela ajuda", "ok tchau", "otimo obrigada!", "abraço", "obrigado, bom dia", "é isso, valeu"]
BYE = ["De nada! Posso ajudar em mais alguma coisa?", "Que bom que ajudei. Tenha um ótimo dia!",
       "Obrigado pelo contato. Até mais!", "Tudo resolvido. Tchau!", "Deixei uma nota na sua conta. Bom dia!",
       "Foi um prazer. Até logo."]
