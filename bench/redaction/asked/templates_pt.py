"""Portuguese chats (Brazil, Portugal), written by hand. Placeholders as in templates_en.py."""

DEV = [
    (
        "direct",
        "pt-BR pt-PT",
        """
A: Oi! Qual o melhor número pra gente te ligar?
C: é o {PHONE:a}
C: de manhã de preferência
A: Beleza. E o número do pedido?
C: {order_number}
""",
    ),
    (
        "polite",
        "pt-BR",
        """
A: Poderia me confirmar o seu CPF, por gentileza?
C: claro
C: {BR_CPF:a}
A: Obrigado!
C: é sobre a nota {invoice_number}
""",
    ),
    (
        "polite",
        "pt-PT",
        """
A: Pode indicar-me o seu NIF, por favor? É para a fatura.
C: sim
C: {PT_NIF:a}
A: Obrigada.
C: e o código postal é {postal_code}
""",
    ),
    (
        "bot",
        "pt-BR pt-PT",
        """
A: Digite sua senha de quatro dígitos.
C: {PIN:a}
A: Digite o número do protocolo.
C: {ticket_reference}
A: Obrigado, um atendente já vai falar com você.
C: ok
""",
    ),
    (
        "two_at_once",
        "pt-BR pt-PT",
        """
A: Preciso do número do cartão e da validade por favor
C: {CREDIT_DEBIT_NUMBER:a}
C: {CREDIT_DEBIT_EXPIRY:a}
A: E o código de segurança atrás?
C: {CREDIT_DEBIT_CVV:a}
C: é {price} né?
""",
    ),
    (
        "partial",
        "pt-BR pt-PT",
        """
A: Me passa só os quatro últimos dígitos do cartão?
C: {CARD_LAST4:a}
A: Obrigado. E só o início do CEP?
C: {postal_code}
C: ops vc queria só o começo
""",
    ),
    (
        "verify",
        "pt-BR",
        """
A: Pra confirmar a titularidade, qual o CNPJ da empresa?
C: pera
C: {BR_CNPJ:a:m}
C: {+}
A: Confirmado, obrigado.
C: show. a entrega era pra {date}
""",
    ),
    (
        "reask",
        "pt-BR pt-PT",
        """
A: Qual o seu e-mail?
C: {EMAIL:a:e}
A: Desculpa, não consegui ler direito, pode mandar de novo?
C: {EMAIL:a}
""",
    ),
    (
        "non_pii",
        "pt-BR pt-PT",
        """
A: Qual o código de rastreio?
C: {tracking_number}
A: Quantos itens vieram?
C: {quantity}
A: E qual modelo?
C: {product_model}
""",
    ),
    (
        "no_answer",
        "pt-BR pt-PT",
        """
A: Pode me informar o número da conta pro estorno?
C: mano eu só quero saber cadê meu pedido
C: ja faz duas semanas
A: Entendo, desculpa a demora. Vou verificar o pedido então.
C: valeu
""",
    ),
    (
        "different",
        "pt-BR pt-PT",
        """
A: Qual o número do pedido?
C: {PHONE:x}
C: esse é meu zap se precisar
A: Obrigado! Ainda preciso do número do pedido.
C: ah {order_number}
""",
    ),
    (
        "correction",
        "pt-BR pt-PT",
        """
A: Um telefone para contato?
C: {PHONE:a}
C: opa esse não, é o da minha mãe
C: o meu é {PHONE:n}
A: Anotado!
""",
    ),
    (
        "multi",
        "pt-BR pt-PT",
        """
A: Pode digitar o número do cartão?
C: {CREDIT_DEBIT_NUMBER:a:m}
C: {+}
C: {+}
A: Valeu! Validade?
C: {CREDIT_DEBIT_EXPIRY:a}
""",
    ),
    (
        "question_back",
        "pt-BR",
        """
A: Pode confirmar a agência?
C: do banco?
A: Isso, a agência da sua conta.
C: {BANK_ROUTING:a}
C: e a conta é {BANK_ACCOUNT_NUMBER:n}
""",
    ),
    (
        "wait",
        "pt-BR pt-PT",
        """
A: Qual seu usuário no app?
C: peraí vou ver
C: {USERNAME:a}
A: E a senha que você tá tentando?
C: {PASSWORD:a}
""",
    ),
    (
        "named",
        "pt-BR pt-PT",
        """
C: oi meu voo {flight_number} foi cancelado
C: meu telefone é {PHONE:n}
A: Sinto muito. Qual era a data do voo?
C: {date}
C: às {time}
""",
    ),
    (
        "verify",
        "pt-PT",
        """
A: Para avançar preciso do NIF do titular
C: {PT_NIF:a:m}
C: {+}
A: Obrigada, está confirmado.
C: a encomenda era de {price}
""",
    ),
    (
        "named",
        "pt-BR",
        """
C: boa tarde
C: meu cpf é {BR_CPF:n}
C: e o cnpj da loja {BR_CNPJ:n}
A: Obrigado, vou verificar.
""",
    ),
    (
        "multi",
        "pt-BR pt-PT",
        """
A: Qual telefone pra contato?
C: {PHONE:a:m}
C: {+}
C: {+}
A: Anotado, ligamos às {time}
""",
    ),
]

SEALED = [
    (
        "direct",
        "pt-BR pt-PT",
        """
A: olá! qual seu email?
C: {EMAIL:a}
A: obrigado, e um celular?
C: {PHONE:a}
C: whats de preferencia 😅
""",
    ),
    (
        "polite",
        "pt-PT",
        """
A: Importa-se de me indicar o IBAN para o reembolso?
C: com certeza
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
A: Muito obrigado. O valor de {price} será devolvido em breve.
""",
    ),
    (
        "polite",
        "pt-BR",
        """
A: Poderia me passar o número do seu passaporte, por favor?
C: um momento
C: {PASSPORT_NUMBER:a}
A: Obrigado! E o número do voo?
C: {flight_number}
C: sai dia {date} às {time}
""",
    ),
    (
        "bot",
        "pt-BR pt-PT",
        """
A: Digite seu telefone com DDD.
C: {PHONE:a:m}
C: {+}
A: Digite seu CEP ou código postal.
C: {postal_code}
""",
    ),
    (
        "bot",
        "pt-BR",
        """
A: Informe o CPF do titular.
C: {BR_CPF:a:m}
C: {+}
A: Informe o número do pedido.
C: {order_number}
""",
    ),
    (
        "two_at_once",
        "pt-BR pt-PT",
        """
A: Me manda cartão, validade e CVV pra finalizar
C: {CREDIT_DEBIT_NUMBER:a}
C: val {CREDIT_DEBIT_EXPIRY:n}
C: {CREDIT_DEBIT_CVV:a}
A: Pagamento aprovado ✅
""",
    ),
    (
        "partial",
        "pt-BR pt-PT",
        """
A: Só os quatro últimos números do telefone cadastrado
C: {PHONE_LAST4:a}
A: Confere.
C: e quando volta os {price}?
""",
    ),
    (
        "verify",
        "pt-PT",
        """
A: Por motivos de segurança, qual é o seu NIF?
C: é o {PT_NIF:a}
A: E a data de nascimento?
C: {date} de {year}
""",
    ),
    (
        "verify",
        "pt-BR",
        """
A: Pra validar preciso do número da sua CNH.
C: pera ta no carro
C: {DRIVER_ID:a}
A: Validado, obrigado.
""",
    ),
    (
        "reask",
        "pt-BR pt-PT",
        """
A: Me passa o número do cartão?
C: {CREDIT_DEBIT_NUMBER:a:n}
A: Não deu certo aqui, pode mandar de novo sem espaços?
C: {CREDIT_DEBIT_NUMBER:a:p}
""",
    ),
    (
        "non_pii",
        "pt-BR pt-PT",
        """
A: Em qual loja você comprou? O número da loja tá no cupom.
C: {store_number}
A: E o número da nota fiscal?
C: {invoice_number}
A: Qual versão do aplicativo?
C: {version}
""",
    ),
    (
        "non_pii",
        "pt-BR pt-PT",
        """
A: Pode me passar o número do pedido?
C: {order_number}
A: E o protocolo do atendimento anterior?
C: {ticket_reference}
C: abri dia {date}
""",
    ),
    (
        "no_answer",
        "pt-BR pt-PT",
        """
A: Qual a senha do wifi pra configurar remotamente?
C: nao sei
C: quem colocou foi meu filho
A: Tudo bem, fazemos quando ele estiver aí.
C: amanhã de manhã
""",
    ),
    (
        "different",
        "pt-BR pt-PT",
        """
A: Qual o e-mail da conta?
C: {PHONE:x}
C: me liga q nao tenho o email aqui
A: Combinado, vou ligar.
""",
    ),
    (
        "correction",
        "pt-BR pt-PT",
        """
A: Número da conta?
C: {BANK_ACCOUNT_NUMBER:a}
C: não pera
C: errei, é {BANK_ACCOUNT_NUMBER:a}
A: Anotado, obrigado!
""",
    ),
    (
        "multi",
        "pt-BR pt-PT",
        """
A: Pode mandar o número da conta?
C: blz
C: {BANK_ACCOUNT_NUMBER:a:m}
C: {+}
C: {+}
A: valeu!
""",
    ),
    (
        "question_back",
        "pt-PT",
        """
A: Consegue confirmar o número?
C: o do cartão de cidadão?
A: Não, o NIF.
C: ah ok {PT_NIF:a}
""",
    ),
    (
        "wait",
        "pt-BR pt-PT",
        """
A: Qual IP aparece na página do roteador?
C: espera q vou procurar
C: {IP_ADDRESS:a}
A: Obrigado. Modelo do roteador?
C: {product_model}
""",
    ),
    (
        "named",
        "pt-BR pt-PT",
        """
C: olá
C: quero mudar o email da conta, o novo é {EMAIL:n}
C: e o meu telemóvel é {PHONE:n}
A: Feito, obrigado!
""",
    ),
    (
        "verify",
        "pt-BR",
        """
A: Me confirma o CNPJ da empresa?
C: {BR_CNPJ:a}
A: Certinho. E a agência?
C: {BANK_ROUTING:a}
""",
    ),
    (
        "named",
        "pt-BR pt-PT",
        """
C: oii
C: meu usuario é {USERNAME:n}
C: a senha {PASSWORD:n} não entra mais
A: Vou te mandar um link pra redefinir.
""",
    ),
    (
        "multi",
        "pt-BR pt-PT",
        """
A: Qual seu e-mail?
C: {EMAIL:a:m}
C: {+}
A: Recebido!
C: e meu pedido {order_number}?
""",
    ),
]
