"""Spanish chats (es-ES, es-MX). Each template: locale, then the customer's messages."""
# ruff: noqa: E501  (chat messages are data; splitting them would hide what a customer typed)

DEV = [
    (
        "es-ES",
        "buenas, me han cobrado dos veces el recibo de la luz {=invoice} de {=amount}",
        "la tarjeta es {card.sd} caduca {exp.ce} y el cvv {cvv.pl}",
    ),
    (
        "es-MX",
        "oiga para la devolucion mi clabe es",
        "{clabe.mm1/2}",
        "{clabe.mm2/2}",
    ),
    (
        "es-MX",
        "mi curp {curp.pl} y rfc {rfc.ls}, el pedido es el {=order}",
    ),
    (
        "es-ES",
        "Hola, para el alta necesito dar mi DNI {dni.nz} y el NIE de mi pareja {nie.pl}",
        "mi movil es {phone.so}",
    ),
    (
        "es-ES",
        "el IBAN para domiciliar: {iban.ib}",
        "swift {swift.pl}, entidad y oficina {routing.sd}",
    ),
    (
        "es-MX",
        "soy de Guadalajara pero trabajé en EU, mi social security es {ssn.pl} y el itin de mi esposa {itin.sd}",
        "y del Reino Unido tengo national insurance {nino.pl}",
    ),
    (
        "es-ES",
        "el técnico dice que la ip del router es {ip.ls} y la mac {mac.nz}",
        "las credenciales del panel: https://{user.uc}:{pwd.uc}@router.example.es/admin",
    ),
    (
        "es-MX",
        "se filtraron las llaves de AWS de mi empresa\nAWS_ACCESS_KEY_ID={akey.kv}\nAWS_SECRET_ACCESS_KEY={skey.kv}",
    ),
    (
        "es-ES",
        "trabajo para una empresa brasileña, me piden CPF {cpf.pl} y CNPJ {cnpj.so}",
        "tambien mi numero de la seguridad social francesa {nir.sd}, la steuer-id alemana {steuer.pl} y el NIF portugués {nif.ls}",
    ),
    (
        "es-MX",
        "me llegó un correo raro a {email.es}, el link decía ?correo={email.pe}",
        "mi pasaporte es {passport.pl} y licencia de manejo {dl.pl}",
    ),
    (
        "es-ES",
        "el numero de tarjeta ya lo tiene, el pin?",
        "{pin.co}",
        "cuenta {acct.mm1/2}",
        "{acct.mm2/2} esa es",
    ),
    (
        "es-MX",
        "mi cel es {phone.mm1/2}",
        "{phone.mm2/2} gracias",
    ),
]

SEALED = [
    (
        "es-ES",
        "Hola buenas tardes, quiero pagar la multa {=ticket} con tarjeta: {card.pl}",
        "fecha de caducidad {exp.pl}",
        "cvc {cvv.pl}",
    ),
    (
        "es-MX",
        "mi tarjeta es {card.mm1/2}",
        "{card.mm2/2}",
        "vence {exp.ce}",
    ),
    (
        "es-ES",
        "tarjeta {card.mm1/3}",
        "{card.mm2/3}",
        "{card.mm3/3} perdón se me cortó",
    ),
    (
        "es-MX",
        "no me pasa el pago de {=amount} en la tienda, la tarjeta termina... bueno te la paso completa {card.nz}",
        "exp {exp.ce} y código de seguridad {cvv.pl}",
    ),
    (
        "es-ES",
        "te la dicto: {card.so}",
        "caduca en {exp.so}",
    ),
    (
        "es-MX",
        "oye me equivoqué en un numero, la buena es {card.ls}",
    ),
    (
        "es-ES",
        "llevo {=duration} minutos esperando!! la tarjeta que quiero dar de baja es la {card.sd} y el PIN lo cambié a {pin.pl}",
    ),
    (
        "es-MX",
        "el cajero se tragó mi tarjeta en la sucursal de Insurgentes {=street}, mi nip es {pin.nz}",
    ),
    (
        "es-ES",
        "usuario: {user.pl}\ncontraseña: {pwd.pl}\nno puedo entrar desde el {=date}",
    ),
    (
        "es-MX",
        "mi usuario de la app es {user.pl} y la contra {pwd.ls}",
        "la versión de la app es {=version}",
    ),
    (
        "es-ES",
        "la clave que me pediste",
        "{pwd.co}",
    ),
    (
        "es-ES",
        "en el fichero de configuración tenía DB_PASS={pwd.kv} y usuario DB_USER={user.kv}, ya lo he cambiado?",
    ),
    (
        "es-MX",
        "el proveedor nos mandó esto por whatsapp:\naws_access_key_id={akey.kv}\naws_secret_access_key={skey.kv}\nes seguro?",
    ),
    (
        "es-ES",
        "la clave secreta de AWS que se subió a github es {skey.ls}, la de acceso {akey.sd}",
    ),
    (
        "es-ES",
        "para el FTP uso ftp://{user.uc}:{pwd.uc}@ftp.example.es y me da error de timeout a las {=time}",
    ),
    (
        "es-MX",
        "mi correo es {email.pl}",
        "no perdón, es {email.es#b}",
    ),
    (
        "es-ES",
        "el enlace de recuperar contraseña es https://cuenta.example.es/reset?email={email.pe}&t=x y dice caducado",
    ),
    (
        "es-ES",
        "llamadme al {phone.pl} a partir de las {=time}, gracias",
    ),
    (
        "es-MX",
        "mi número es {phone.sd} o el de mi mamá {phone.so#b}",
    ),
    (
        "es-ES",
        "el tlf de contacto {phone.ls}, el pedido {=order} sigue sin llegar",
    ),
    (
        "es-MX",
        "mi celular es {phone.mm1/3}",
        "{phone.mm2/3}",
        "{phone.mm3/3}",
    ),
    (
        "es-ES",
        "en el formulario sale tel={phone.pe} pero ese no es mi número",
        "el mio acaba diferente, es {phone.nz#b}",
    ),
    (
        "es-MX",
        "quiero que me depositen a mi CLABE {clabe.pl}",
        "la transferencia es de {=amount}",
    ),
    (
        "es-MX",
        "clabe interbancaria {clabe.nz}, banco {routing.pl}, cuenta {acct.pl}",
    ),
    (
        "es-MX",
        "la CLABE de la escuela es",
        "{clabe.co}",
    ),
    (
        "es-ES",
        "mi IBAN es {iban.mm1/2}",
        "{iban.mm2/2}",
    ),
    (
        "es-ES",
        "Buenos dias, cambiad la domiciliación del gimnasio a {iban.ib}, código BIC {swift.sd}",
    ),
    (
        "es-ES",
        "el número de cuenta antiguo era entidad {routing.pl} cuenta {acct.sd} pero ahora tengo {iban.pl#b}",
    ),
    (
        "es-MX",
        "para recibir de España me pidieron un swift, el del banco es {swift.pl}",
        "y mi cuenta {acct.ls}",
    ),
    (
        "es-ES",
        "DNI {dni.pl}, fecha nacimiento {=date}, código postal {=zip}",
    ),
    (
        "es-ES",
        "mi dni es {dni.mm1/2}",
        "{dni.mm2/2}",
    ),
    (
        "es-ES",
        "soy extranjero, mi NIE es {nie.so}",
        "y el pasaporte {passport.pl!MX}",
    ),
    (
        "es-ES",
        "necesito el duplicado del carnet de conducir, numero {dl.pl}, y el NIE de mi hijo {nie.nz}",
    ),
    (
        "es-MX",
        "mi CURP es {curp.sd}",
        "rfc con homoclave {rfc.pl}",
    ),
    (
        "es-MX",
        "el SAT me dice que mi RFC {rfc.mm1/2}",
        "{rfc.mm2/2} no existe, pero si existe!",
    ),
    (
        "es-MX",
        "La curp de mi hijo para la inscripción",
        "{curp.co}",
        "grupo {=room}",
    ),
    (
        "es-MX",
        "para la renta del carro: licencia {dl.sd}, pasaporte {passport.ls}",
        "vuelo {=flight} llega a las {=time}",
    ),
    (
        "es-ES",
        "vivo en Madrid pero soy de São Paulo. Mi CPF {cpf.sd} y el CNPJ de la empresa {cnpj.pl}",
    ),
    (
        "es-MX",
        "trabajé en Alemania, mi steuer id es {steuer.nz} y en Francia el numero de seguro social {nir.pl}",
    ),
    (
        "es-ES",
        "para la casa de Oporto me piden el NIF portugués {nif.pl}",
        "y el CPF brasileño de mi marido {cpf.ls}",
    ),
    (
        "es-MX",
        "mi esposo es gringo, su SSN {ssn.sd} y el mio es ITIN {itin.pl}",
    ),
    (
        "es-ES",
        "viví en Londres, mi national insurance number es {nino.sd}, y en EEUU tenía social {ssn.ls}",
    ),
    (
        "es-ES",
        "el portátil no se conecta al wifi del hotel, habitación {=room}, mi ip {ip.pl} mac {mac.sd}",
    ),
    (
        "es-MX",
        "el modem {=model} no da internet, la MAC {mac.pl} y me asigna la ip {ip.nz}",
    ),
    (
        "es-ES",
        "hola, el NIR francés de mi madre es {nir.mm1/2}",
        "{nir.mm2/2}",
    ),
    (
        "es-MX",
        "Mi cuenta es la {acct.mm1/2}",
        "{acct.mm2/2}",
        "el deposito de {=amount} no aparece",
    ),
    (
        "es-ES",
        "el NIF de Portugal {nif.so}, la steuer-id {steuer.sd} y el DNI {dni.ls}",
    ),
    (
        "es-MX",
        "la factura sale a nombre de la empresa CNPJ {cnpj.nz} en Brasil, curp del representante {curp.ls}",
    ),
    (
        "es-MX",
        "mire, le explico todo desde el principio porque ya hablé con otros tres asesores y nadie me resuelve: el {=date} me llegó un cargo de {=amount} que yo no hice, llamé, me dijeron que cancelara la tarjeta {card.sd}, la cancelé, y ahora me quieren cobrar la anualidad otra vez",
        "mi correo {email.pl} por si me quieren escribir",
    ),
    (
        "es-ES",
        "Nombre: Lucía\nDNI: {dni.pl}\nTeléfono: {phone.pl}\nIBAN: {iban.pl}\nCP: {=zip}",
        "os lo copio del formulario que no me deja enviar",
    ),
    (
        "es-ES",
        "mi hermana me dicta el número porque yo no veo bien: {phone.so:mix}",
        "ella habla catalán y se lía con los números jaja",
    ),
    (
        "es-MX",
        "oiga ya le di mi tarjeta",
        "{card.co}",
        "la de débito, no la de crédito",
    ),
]
