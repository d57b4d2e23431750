"""Portuguese chats (pt-BR, pt-PT). Hand-written; syntax as in templates_en.py."""

NAMES = {
    "NATID": {
        "SSN": "número da segurança social",
        "PASSPORT_NUMBER": "número do passaporte",
        "ES_DNI": "DNI",
        "ES_NIE": "NIE",
        "MX_CURP": "CURP",
        "MX_RFC": "RFC",
        "FR_NIR": "número da segurança social",
        "DE_TAX_ID": "número fiscal",
        "BR_CPF": "CPF",
        "BR_CNPJ": "CNPJ",
        "PT_NIF": "NIF",
    },
    "IBAN": {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "IBAN",
        "BANK_ACCOUNT_NUMBER": "número da conta",
        "MX_CLABE": "CLABE",
    },
    "ROUTING": {"BANK_ROUTING": "agência", "SWIFT_CODE": "código BIC/SWIFT", "MX_CLABE": "CLABE"},
}

OPEN = {
    "dev": [
        "C: oi | C: tem alguém aí? | A: Olá! Aqui é a Carla, em que posso ajudar?",
        "A: Bem-vindo ao atendimento! Como posso te ajudar hoje? | C: meu pedido nao chegou ainda",
        "C: bom dia, estou com um problema na minha conta | A: Bom dia! Lamento, vamos resolver isso.",
    ],
    "sealed": [
        "A: Oi, tudo bem? Sou o Rafa do suporte 😊 | C: oi rafa, cobraram duas vezes no meu cartão 😡",
        "C: olá | C: preciso de ajuda com a fatura | A: Claro, primeiro preciso confirmar alguns dados.",
        "A: Boa tarde, obrigado por nos contactar. | C: boa tarde, quero alterar os meus dados",
    ],
}

CLOSE = {
    "dev": [
        "A: Posso ajudar em mais alguma coisa? | C: nao, era só isso. valeu | A: Tenha um ótimo dia!",
        "C: ok perfeito muito obrigada | A: Eu que agradeço!",
    ],
    "sealed": [
        "A: Mais alguma coisa hoje? | C: não, tudo certo, brigadão 🙌",
        "C: obrigado pela ajuda!! | C: 👍 | A: Por nada, vou encerrar o atendimento.",
    ],
}

SCENES = {
    "dev": {
        "contact": [
            "A: Preciso do seu e-mail e de um telefone. | C: {a:EMAIL} | C: e {a:PHONE}",
            "A: O número veio cortado, pode digitar completo? | C: blz {a:PHONE~letter_digits}",
            "A: Em qual número podemos te ligar? | C: é o {a:PHONE/a} | C: {a:PHONE/b}",
            "A: Pode confirmar o e-mail cadastrado, por favor? | C: claro {a:EMAIL}",
            "A: Qual o melhor telefone pra contato? | C: o do cadastro? | A: Isso, esse mesmo. | C: {a:PHONE}",
            "A: Para qual e-mail mando o comprovante? | C: {a:EMAIL~email_obfuscated} pfv",
            "C: ah meu zap mudou, agora é {n:PHONE} | A: Obrigado, vou atualizar.",
            "A: Qual é o seu telemóvel? | C: posso antes perguntar se a loja abre ao domingo? | A: Abre sim, das dez às seis.",
        ],
        "card": [
            "A: Por favor, digite o número do cartão. | C: {a:CARD}",
            "A: O número do cartão e a validade, por favor. | C: {a:CARD} validade {n:EXP}",
            "A: Pode confirmar os quatro últimos dígitos do cartão? | C: {a:CARDEND}",
            "A: Qual é o código de segurança atrás? | C: pera | C: {a:CVV}",
            "A: Esse número não parece certo, pode mandar de novo? | C: foi mal cartão errado, é {a:CARD}",
        ],
        "bank": [
            "A: Qual é o seu [IBAN]? | C: {a:IBAN/a} | C: {a:IBAN/b}",
            "A: Pode confirmar a [ROUTING] para a transferência? | C: deixa eu ver | C: pronto {a:ROUTING}",
            "A: E o número da conta? | C: {a:ACCT}",
        ],
        "id": [
            "A: Último passo: o seu [NATID] sem espaços, por favor. | C: {a:NATID~plain}",
            "C: segue meu passaporte {n:PASSPORT} pra reserva | A: Obrigado, anotado.",
            "A: Para confirmar sua identidade, informe o seu [NATID]. | C: {a:NATID}",
            "A: Qual o número da sua carteira de motorista? | C: o que vem no cartão? | A: Exato. | C: {a:DRIVER}",
            "A: Poderia confirmar o seu [NATID]? | C: pra que vcs precisam disso | A: Só para confirmar o titular. | C: ta bom. {a:NATID}",
        ],
        "login": [
            "A: Qual é o usuário que você usa para entrar? | C: {a:USER}",
            "A: Digite a sua senha de quatro dígitos. | C: {a:PIN}",
            "A: Que endereço IP aparece no alerta? | C: tá escrito {a:IP}",
            "C: recebi um email estranho com esse ip {x:IP} é golpe? | A: Não clique em nada, vou verificar.",
        ],
        "keep": [
            "A: Por volta de que horas o entregador passou? | C: umas {k:time}",
            "A: Qual voo atrasou? | C: o {k:flight} do dia {k:date}",
            "A: Qual é o número do pedido? | C: {k:order}",
            "A: Tem o código de rastreio? | C: tenho {k:tracking}",
            "A: Qual o CEP de entrega? | C: {k:zip}",
            "A: Quantas unidades faltaram? | C: {k:qty}",
            "A: Em que dia chegou? | C: dia {k:date} acho",
            "A: Me passa o número do pedido? | C: peraí vou procurar | C: {k:order} | A: Obrigado, achei.",
            "C: e o preço subiu pra {k:price} de um dia pro outro?? | A: Vou verificar.",
            "A: Qual é o modelo? | C: o {k:model}, comprei em {k:year}",
            "A: Tem o número do protocolo anterior? | C: {k:ticket}",
        ],
    },
    "sealed": {
        "contact": [
            "A: E-mail e celular pra mandar o código? | C: {a:PHONE} | C: email {n:EMAIL}",
            "A: Esse número não funcionou, pode reenviar? | C: opa desculpa {a:PHONE~spaced_or_dashed}",
            "A: Qual número para retornarmos a ligação? | C: {a:PHONE~spelled_out}",
            "A: Poderia confirmar o celular vinculado ao seu perfil? | C: {a:PHONE/a} | C: {a:PHONE/b} | C: {a:PHONE/c}",
            "A: Para qual e-mail envio a confirmação? | C: {a:EMAIL}",
            "A: Me passa seu e-mail? | C: e minha encomenda ta parada faz uma semana | A: Já vejo isso, primeiro o e-mail. | C: blz {a:EMAIL}",
            "A: Telefone cadastrado, por favor | C: acho que é {a:PHONE} mas posso ter mudado",
            "A: Tem outro contacto telefónico? | C: não tenho. posso pagar com mbway? | A: Sim, pode.",
        ],
        "card": [
            "A: Digite o número grande na frente do cartão. | C: {a:CARD~split_by_noise}",
            "A: Qual o número do cartão? | C: {a:CARD/a} | C: {a:CARD/b}",
            "A: Preciso da validade e dos três números atrás. | C: {a:EXP} e {a:CVV}",
            "A: Só os quatro últimos do cartão que usou. | C: termina em {n:CARDEND}",
            "A: Introduza o PIN do cartão para continuar. | C: {a:PIN~spelled_out}",
        ],
        "bank": [
            "A: Envie por favor o [IBAN] para o reembolso. | C: o meu iban é {n:IBAN}",
            "A: Para o débito direto preciso da [ROUTING] e do número da conta. | C: {a:ROUTING} | C: {a:ACCT}",
            "A: Sabe o código SWIFT do banco? | C: sei sim {a:SWIFT}",
        ],
        "id": [
            "A: Digite o seu [NATID] abaixo para continuar. | C: {a:NATID/a} | C: {a:NATID/b}",
            "C: serve minha carta de condução? é {n:DRIVER} | A: Serve sim.",
            "A: Qual é o seu [NATID]? | C: um momento | C: {a:NATID/a} | C: {a:NATID/b}",
            "A: Por segurança, confirme o número do passaporte. | C: {a:PASSPORT}",
            "A: Me informe o seu [NATID] para localizar o contrato. | C: o número do pedido não serve? é {k:order} | A: Infelizmente preciso do documento. | C: aff ok {a:NATID}",
        ],
        "login": [
            "A: Qual é o seu nome de usuário? | C: acho que {a:USER} ou com ponto",
            "A: Por favor não compartilhe sua senha aqui. | C: ops já mandei antes, senha {n:PASSWORD} 🙈",
            "A: De qual IP você estava conectado? | C: {a:IP}",
        ],
        "keep": [
            "A: Que dia prefere a entrega? | C: dia {k:date} depois das {k:time}",
            "A: Quantos quer devolver? | C: só {k:qty}",
            "A: Pode me passar a referência da encomenda? | C: {k:order}",
            "A: Qual o código postal da conta? | C: {k:zip} 🏠",
            "A: Que horas era a janela de entrega? | C: lá pelas {k:time}",
            "A: Em qual loja comprou? O número da loja vem no recibo. | C: loja {k:store}",
            "A: Qual o número da nota fiscal? | C: {k:invoice}",
            "A: Qual é o seu voo? | C: {k:flight} amanhã",
            "A: Qual a versão do app? | C: {k:version}",
            "A: Quanto foi cobrado? | C: {k:price} duas vezes!!",
            "C: pedi {k:qty} e só veio um | A: Desculpe. Qual o número do pedido? | C: {k:order}",
        ],
    },
}
