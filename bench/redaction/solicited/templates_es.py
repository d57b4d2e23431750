"""Spanish chats (es-ES, es-MX, es-US). Hand-written; syntax as in templates_en.py."""

NAMES = {
    "NATID": {
        "SSN": "número de seguro social",
        "PASSPORT_NUMBER": "número de pasaporte",
        "ES_DNI": "DNI",
        "ES_NIE": "NIE",
        "MX_CURP": "CURP",
        "MX_RFC": "RFC",
        "FR_NIR": "número de seguridad social",
        "DE_TAX_ID": "número fiscal",
        "BR_CPF": "CPF",
        "BR_CNPJ": "CNPJ",
        "PT_NIF": "NIF",
    },
    "IBAN": {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "IBAN",
        "BANK_ACCOUNT_NUMBER": "número de cuenta",
        "MX_CLABE": "CLABE",
    },
    "ROUTING": {
        "BANK_ROUTING": "número de ruta",
        "SWIFT_CODE": "código BIC",
        "MX_CLABE": "CLABE interbancaria",
    },
}

OPEN = {
    "dev": [
        "C: hola | C: buenas tardes, alguien?? | A: ¡Hola! Le atiende Marta, ¿en qué puedo ayudarle?",
        "A: Bienvenido al servicio de atención al cliente. ¿Cuál es el motivo de su consulta? | C: no me llego el pedido 😤",
        "C: oigan me cobraron algo que no reconozco | A: Lamento las molestias, vamos a revisarlo juntos.",
    ],
    "sealed": [
        "A: Hola, soy Jorge del equipo de soporte 😊 ¿Cómo te ayudo? | C: hola jorge, problema con mi tarjeta",
        "C: buenos dias | C: tengo una duda con la factura | A: Buenos días, con gusto le ayudo.",
        "A: ¡Qué tal! Gracias por escribirnos. | C: q onda, necesito cambiar mis datos",
    ],
}

CLOSE = {
    "dev": [
        "A: ¿Hay algo más en lo que pueda ayudarle? | C: no, eso es todo. gracias | A: ¡Que tenga buen día!",
        "C: vale perfecto muchas gracias | A: A usted, ¡un saludo!",
    ],
    "sealed": [
        "A: ¿Algo más por hoy? | C: nop todo bien, mil gracias 🙌",
        "C: ok graciasss | C: 👍👍 | A: Gracias a ti, cierro el chat.",
    ],
}

SCENES = {
    "dev": {
        "contact": [
            "A: Necesito su correo y un teléfono, por favor. | C: {a:EMAIL} | C: y {a:PHONE}",
            "A: Escriba de nuevo el móvil completo, que se cortó. | C: va {a:PHONE~letter_digits}",
            "A: ¿A qué número le podemos llamar? | C: sí es el {a:PHONE/a} | C: {a:PHONE/b}",
            "A: ¿Me confirma el correo electrónico de la cuenta? | C: claro {a:EMAIL}",
            "A: ¿Me das un teléfono de contacto? | C: el de la cuenta? | A: Sí, ese mismo. | C: {a:PHONE}",
            "A: ¿A qué correo le enviamos el comprobante? | C: a {a:EMAIL~email_obfuscated} porfa",
            "A: Necesito un número de contacto. | C: mi cel es {n:PHONE}",
            "A: ¿Me deja un teléfono por si se corta el chat? | C: una pregunta, hacen envios a canarias? | A: Sí, a toda España.",
        ],
        "card": [
            "A: Por favor, introduzca el número de su tarjeta. | C: {a:CARD}",
            "A: El número de la tarjeta y la fecha de caducidad, por favor. | C: {a:CARD} caduca {n:EXP}",
            "A: ¿Me confirma los últimos cuatro dígitos de la tarjeta? | C: {a:CARDEND}",
            "A: ¿Cuál es el código de seguridad de atrás? | C: un seg | C: {a:CVV}",
            "A: Ese número no parece correcto, ¿me lo puede enviar de nuevo? | C: perdon me equivoque, es {a:CARD}",
        ],
        "bank": [
            "A: ¿Cuál es su [IBAN]? | C: {a:IBAN/a} | C: {a:IBAN/b}",
            "A: ¿Me confirma el [ROUTING] para la transferencia? | C: dejame ver | C: ya, es {a:ROUTING}",
            "A: ¿Y el número de cuenta? | C: {a:ACCT}",
        ],
        "id": [
            "A: Último paso: su [NATID] sin espacios. | C: {a:NATID~plain}",
            "C: les paso mi pasaporte {n:PASSPORT} para la reserva | A: Gracias, anotado.",
            "A: Para verificar su identidad, indíqueme su [NATID]. | C: {a:NATID}",
            "A: ¿Me puede dar el número de su licencia de conducir? | C: el q viene en la tarjeta? | A: Exacto. | C: {a:DRIVER}",
            "A: ¿Podría confirmarme su [NATID]? | C: para que lo necesitan | A: Solo para comprobar que es el titular. | C: ok. {a:NATID}",
        ],
        "login": [
            "A: ¿Con qué usuario inicia sesión? | C: {a:USER}",
            "A: Introduzca su PIN de cuatro dígitos. | C: {a:PIN}",
            "A: ¿Qué dirección IP aparece en el aviso? | C: pone {a:IP}",
        ],
        "keep": [
            "A: ¿Sobre qué hora pasó el repartidor? | C: como a las {k:time}",
            "A: ¿Qué vuelo se retrasó? | C: el {k:flight} del {k:date}",
            "A: ¿Cuál es el número de pedido? | C: {k:order}",
            "A: ¿Tiene el número de seguimiento? | C: si {k:tracking}",
            "A: ¿Cuál es el código postal de entrega? | C: {k:zip}",
            "A: ¿Cuántas unidades faltaron? | C: {k:qty}",
            "A: ¿Qué día le llegó? | C: el {k:date} creo",
            "A: ¿Me pasa el número de pedido? | C: espera lo busco | C: {k:order} | A: Gracias, ya lo tengo.",
            "C: y ademas el precio subio a {k:price} de un dia pa otro?? | A: Déjeme revisarlo.",
            "A: ¿Qué modelo es? | C: el {k:model}, lo compre en {k:year}",
            "A: ¿Tiene el número de incidencia anterior? | C: {k:ticket}",
        ],
    },
    "sealed": {
        "contact": [
            "A: ¿Me pasa email y celular para mandarle el código? | C: {a:PHONE} | C: email {n:EMAIL}",
            "A: Ese número rebotó, ¿me lo manda otra vez? | C: chale perdon {a:PHONE~spaced_or_dashed}",
            "A: ¿A qué número te devolvemos la llamada? | C: {a:PHONE~spelled_out}",
            "A: ¿Podría confirmar el móvil asociado a su perfil? | C: {a:PHONE/a} | C: {a:PHONE/b} | C: {a:PHONE/c}",
            "A: ¿A qué email mando la confirmación? | C: {a:EMAIL}",
            "A: ¿Me das tu correo? | C: oye y mi paquete lleva una semana parado | A: Ahora lo miro, primero necesito el correo. | C: va {a:EMAIL}",
            "A: Teléfono registrado, por favor | C: creo q es {a:PHONE} pero igual lo cambie",
        ],
        "card": [
            "A: Escriba el número largo que aparece en el frente de la tarjeta. | C: {a:CARD~split_by_noise}",
            "A: ¿Cuál es el número de tarjeta? | C: {a:CARD/a} | C: {a:CARD/b}",
            "A: Necesito la fecha de vencimiento y los tres dígitos de atrás. | C: {a:EXP} y {a:CVV}",
            "A: Solo los últimos cuatro de la tarjeta con la que pagó. | C: termina en {n:CARDEND}",
            "A: Introduzca el PIN de su tarjeta para continuar. | C: {a:PIN~spelled_out}",
        ],
        "bank": [
            "A: Envíeme por favor el [IBAN] donde quiere el reembolso. | C: mi cuenta es {n:IBAN} esa mero",
            "A: Para la domiciliación necesito el [ROUTING] y el número de cuenta. | C: {a:ROUTING} | C: {a:ACCT}",
            "A: ¿Me indica el código SWIFT del banco? | C: sale, es {a:SWIFT}",
        ],
        "id": [
            "A: Escriba su [NATID] abajo para continuar. | C: {a:NATID/a} | C: {a:NATID/b}",
            "C: les sirve mi licencia? es {n:DRIVER} | A: Sí, con eso basta.",
            "A: ¿Cuál es su [NATID]? | C: un momento | C: {a:NATID/a} | C: {a:NATID/b}",
            "A: Por seguridad, confirme su número de pasaporte. | C: {a:PASSPORT}",
            "A: Facilíteme su [NATID] para localizar la póliza. | C: no sirve el numero de pedido? es {k:order} | A: Lo siento, necesito el documento. | C: ufff vale {a:NATID}",
        ],
        "login": [
            "A: ¿Cuál es su nombre de usuario? | C: creo que {a:USER} o con punto",
            "A: Por favor no comparta su contraseña aquí. | C: uy ya la puse antes, es {n:PASSWORD} 🙈",
            "A: ¿Desde qué IP se conectaba? | C: {a:IP}",
            "C: en el router me sale {x:IP} eso es normal? | A: Sí, no se preocupe por eso.",
        ],
        "keep": [
            "A: ¿Qué día le viene bien la entrega? | C: el {k:date} después de las {k:time}",
            "A: ¿Cuántos quiere devolver? | C: {k:qty} nomas",
            "A: ¿Me comparte la referencia del pedido? | C: {k:order}",
            "A: ¿Qué código postal tiene la cuenta? | C: {k:zip} 🏠",
            "A: ¿A qué hora era la franja de entrega? | C: sobre las {k:time}",
            "A: ¿En qué tienda lo compró? El número de tienda viene en el ticket. | C: tienda {k:store}",
            "A: ¿Cuál es el número de factura? | C: {k:invoice}",
            "A: ¿En qué vuelo viaja? | C: {k:flight} mañana",
            "A: ¿Qué versión de la app tiene? | C: {k:version}",
            "A: ¿Cuánto le cobraron? | C: {k:price} dos veces!!",
            "C: pedi {k:qty} y solo llego uno | A: Disculpe. ¿Cuál es el número de pedido? | C: {k:order}",
        ],
    },
}
