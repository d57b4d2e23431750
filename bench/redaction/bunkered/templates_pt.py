"""Portuguese chats (pt-BR, pt-PT). Each template: locale, then the customer's messages."""
# ruff: noqa: E501  (chat messages are data; splitting them would hide what a customer typed)

DEV = [
    (
        "pt-BR",
        "oi, meu cartão foi recusado no pedido {=order}",
        "número {card.sd} validade {exp.ce} cvv {cvv.pl}",
    ),
    (
        "pt-BR",
        "meu cpf é {cpf.so} e o cnpj da loja {cnpj.pl}",
    ),
    (
        "pt-PT",
        "boa tarde, o meu NIF é {nif.sd} e o IBAN para reembolso {iban.ib}",
        "BIC {swift.pl}",
    ),
    (
        "pt-BR",
        "agência {routing.pl} conta {acct.ls}",
        "meu celular {phone.mm1/2}",
        "{phone.mm2/2} obrigada",
    ),
    (
        "pt-PT",
        "sou espanhol, DNI {dni.pl}, NIE da minha mulher {nie.nz}",
        "e o passaporte {passport.pl}",
    ),
    (
        "pt-BR",
        "para o México: CURP {curp.sd}, RFC {rfc.pl}, CLABE {clabe.pl}",
    ),
    (
        "pt-PT",
        "trabalhei na França e Alemanha: NIR {nir.ls}, Steuer-ID {steuer.pl}",
        "nos EUA SSN {ssn.pl}, ITIN {itin.so} e no Reino Unido NINO {nino.sd}",
    ),
    (
        "pt-BR",
        "o roteador {=model} tá com ip {ip.sd} e mac {mac.pl}",
        "acesso: http://{user.uc}:{pwd.uc}@modem.example.com.br/",
    ),
    (
        "pt-BR",
        "o dev subiu isso pro github:\nAWS_ACCESS_KEY_ID={akey.kv}\nAWS_SECRET_ACCESS_KEY={skey.kv}",
    ),
    (
        "pt-PT",
        "o link dizia ?email={email.pe}",
        "o meu email certo é {email.es}",
        "carta de condução {dl.pl}",
    ),
    (
        "pt-BR",
        "qual a senha do cartão? a minha é",
        "{pin.co}",
        "cartão {card.mm1/2#b}",
        "{card.mm2/2#b} esse",
    ),
    (
        "pt-PT",
        "o meu iban",
        "{iban.mm1/2#b}",
        "{iban.mm2/2#b} ok",
    ),
]

SEALED = [
    (
        "pt-BR",
        "Boa noite, quero pagar o boleto {=invoice} de {=amount} no cartão {card.pl}",
        "validade {exp.pl} código de segurança {cvv.pl}",
    ),
    (
        "pt-BR",
        "cartão {card.mm1/2}",
        "{card.mm2/2}",
        "venc {exp.ce}",
    ),
    (
        "pt-PT",
        "o número do cartão é {card.mm1/3}",
        "{card.mm2/3}",
        "{card.mm3/3} desculpe cortou",
    ),
    (
        "pt-BR",
        "vou ler pra vc: {card.so}, cvv {cvv.so}",
    ),
    (
        "pt-BR",
        "cartao {card.nz} val {exp.ce} cvc {cvv.pl}",
    ),
    (
        "pt-PT",
        "enganei-me num dígito, o correto é {card.ls#b}",
    ),
    (
        "pt-BR",
        "esqueci a senha do cartão, a antiga era {pin.pl}, cartão final... ah segue inteiro {card.sd}",
    ),
    (
        "pt-PT",
        "o PIN do multibanco é {pin.so}, posso mudar?",
    ),
    (
        "pt-BR",
        "usuário {user.pl} senha {pwd.pl}",
        "desde a atualização {=version} não entra",
    ),
    (
        "pt-PT",
        "o meu utilizador é {user.ls}",
        "a palavra-passe",
        "{pwd.co}",
    ),
    (
        "pt-BR",
        "no arquivo de config tinha DB_PASSWORD={pwd.kv} e DB_USER={user.kv}, isso vazou?",
    ),
    (
        "pt-BR",
        "o estagiário colou a access key {akey.pl} e a secret {skey.pl} no grupo do whats",
    ),
    (
        "pt-PT",
        "credenciais do servidor:\naws_access_key_id={akey.kv}\naws_secret_access_key={skey.kv}",
    ),
    (
        "pt-BR",
        "a impressora manda pra ftp://{user.uc}:{pwd.uc}@arquivos.example.com.br mas parou às {=time}",
    ),
    (
        "pt-BR",
        "meu email {email.pl}",
        "ou o do trabalho {email.es#b}",
    ),
    (
        "pt-PT",
        "o link de cancelamento https://loja.example.pt/sair?email={email.pe} não funciona",
    ),
    (
        "pt-BR",
        "me liga no {phone.pl} depois das {=time}",
    ),
    (
        "pt-PT",
        "telemóvel {phone.sd} ou o fixo {phone.so#b}",
    ),
    (
        "pt-BR",
        "meu zap é {phone.mm1/2}",
        "{phone.mm2/2}",
    ),
    (
        "pt-BR",
        "no cadastro aparece tel={phone.pe}, tá certo?",
    ),
    (
        "pt-BR",
        "a encomenda {=tracking} não chegou no CEP {=zip}, número {=street}. Tel {phone.ls}",
    ),
    (
        "pt-BR",
        "agência {routing.sd} conta corrente {acct.pl}",
        "pro estorno de {=amount}",
    ),
    (
        "pt-PT",
        "o IBAN é {iban.ib}",
    ),
    (
        "pt-PT",
        "IBAN: {iban.mm1/3}",
        "{iban.mm2/3}",
        "{iban.mm3/3}",
    ),
    (
        "pt-BR",
        "transferência pra Alemanha: IBAN {iban.pl!DE} e SWIFT {swift.sd!DE}",
    ),
    (
        "pt-PT",
        "código SWIFT {swift.pl}, conta {acct.nz}, balcão {routing.ls}",
    ),
    (
        "pt-BR",
        "CPF {cpf.pl}, nascimento {=date}",
    ),
    (
        "pt-BR",
        "meu cpf {cpf.mm1/2}",
        "{cpf.mm2/2}",
    ),
    (
        "pt-BR",
        "o cnpj da empresa",
        "{cnpj.co}",
    ),
    (
        "pt-BR",
        "CNPJ {cnpj.sd} e CPF do sócio {cpf.ls}",
    ),
    (
        "pt-PT",
        "número de contribuinte {nif.pl}, código postal {=zip}",
    ),
    (
        "pt-PT",
        "o NIF da minha mãe {nif.mm1/2}",
        "{nif.mm2/2}",
    ),
    (
        "pt-PT",
        "passaporte {passport.pl}, carta de condução {dl.sd}",
        "levantamento dia {=date} às {=time}",
    ),
    (
        "pt-BR",
        "CNH {dl.ls} e passaporte {passport.nz}",
    ),
    (
        "pt-PT",
        "vivo em Vigo, o meu DNI {dni.sd} e NIE do meu sócio {nie.pl}",
    ),
    (
        "pt-BR",
        "meu marido é mexicano: CURP {curp.pl}, RFC {rfc.nz}",
        "CLABE dele {clabe.ls}",
    ),
    (
        "pt-BR",
        "CLABE {clabe.mm1/2}",
        "{clabe.mm2/2}",
    ),
    (
        "pt-PT",
        "trabalhei em Paris, número da segurança social francesa {nir.sd}",
        "e em Hamburgo a Steuer-ID {steuer.ls}",
    ),
    (
        "pt-BR",
        "declaração americana: SSN {ssn.pl}, ITIN da minha esposa {itin.sd}",
    ),
    (
        "pt-PT",
        "morei em Manchester, National Insurance {nino.pl}",
        "e nos EUA tinha SSN {ssn.ls}",
    ),
    (
        "pt-BR",
        "quarto {=room}, wifi não conecta. IP {ip.pl} MAC {mac.sd}",
    ),
    (
        "pt-PT",
        "o firewall bloqueou {ip.nz} e o equipamento {mac.ls}",
    ),
    (
        "pt-BR",
        "minha Steuer-ID alemã {steuer.mm1/2}",
        "{steuer.mm2/2}",
    ),
    (
        "pt-PT",
        "NIE {nie.so}, CURP {curp.sd}",
        "voo {=flight} lugar {=seat}",
    ),
    (
        "pt-BR",
        "golpe? pediram por sms minha senha {pin.nz} e o cartão {card.pl#c}",
    ),
    (
        "pt-PT",
        "NIR {nir.pl}, RFC {rfc.sd}, DNI {dni.ls}",
    ),
    (
        "pt-BR",
        "comprei {=qty} unidades, e a conta pra depósito é {acct.so}",
    ),
    (
        "pt-PT",
        "NIF {nif.nz}, CNPJ da filial {cnpj.pl}, o meu ITIN {itin.pl}",
    ),
    (
        "pt-BR",
        "vou explicar tudo de novo pq já falei com três atendentes: dia {=date} caiu uma cobrança de {=amount} que eu não fiz, mandaram bloquear o cartão {card.sd}, bloqueei, e agora o seguro {=policy} foi cancelado??",
        "meu email {email.pl}",
    ),
    (
        "pt-PT",
        "Nome: Joana\nNIF: {nif.pl}\nTelemóvel: {phone.pl}\nIBAN: {iban.pl}\nCódigo postal: {=zip}",
        "copiei do formulário que dá erro",
    ),
    (
        "pt-BR",
        "minha sogra tá ditando, ela mistura espanhol: {phone.so:mix}",
        "desculpa kkkk",
    ),
    (
        "pt-BR",
        "segue o cartão de novo",
        "{card.co}",
        "o de crédito, não o de débito",
    ),
]
