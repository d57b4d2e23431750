"""Spanish chats (Spain, Mexico, US), written by hand. Placeholders as in templates_en.py."""

DEV = [
    (
        "direct",
        "es-ES es-MX es-US",
        """
A: Hola! ¿A qué número te podemos llamar?
C: sí es el {PHONE:a}
C: por la tarde mejor
A: Perfecto. ¿Y el número de pedido?
C: {order_number}
""",
    ),
    (
        "polite",
        "es-ES",
        """
A: ¿Me podría confirmar su DNI, por favor?
C: claro {ES_DNI:a}
A: Gracias. ¿Y el código postal de entrega?
C: {postal_code}
C: es en la calle de atras
""",
    ),
    (
        "polite",
        "es-MX",
        """
A: ¿Me regala su CURP por favor? Es para el trámite de garantía.
C: si claro
C: {MX_CURP:a}
A: Gracias! ¿Y su RFC para la factura?
C: {MX_RFC:a}
""",
    ),
    (
        "bot",
        "es-ES es-MX es-US",
        """
A: Por favor, introduzca su PIN de cuatro dígitos.
C: {PIN:a}
A: Introduzca el número de ticket de su compra.
C: {ticket_reference}
C: ya
""",
    ),
    (
        "two_at_once",
        "es-ES es-MX es-US",
        """
A: Para el cobro necesito el número de la tarjeta y la fecha de caducidad porfa
C: {CREDIT_DEBIT_NUMBER:a}
C: {CREDIT_DEBIT_EXPIRY:a}
A: Y el código de seguridad de atrás?
C: {CREDIT_DEBIT_CVV:a}
C: son {price} verdad?
""",
    ),
    (
        "partial",
        "es-ES es-MX es-US",
        """
A: ¿Me dices los últimos cuatro dígitos de la tarjeta?
C: {CARD_LAST4:a}
A: Vale. ¿Y los últimos cuatro del teléfono?
C: {PHONE_LAST4:a}
C: creo q si
""",
    ),
    (
        "verify",
        "es-MX",
        """
A: Para verificar su identidad, ¿me comparte su CLABE interbancaria?
C: dejame ver
C: {MX_CLABE:a:m}
C: {+}
A: Gracias, ya quedó verificado.
C: va, el pedido llegó el {date}
""",
    ),
    (
        "reask",
        "es-ES es-MX es-US",
        """
A: ¿Me pasas tu correo?
C: {EMAIL:a:e}
A: Perdona, no me sale bien, ¿me lo puedes volver a escribir?
C: {EMAIL:a}
C: asi?
""",
    ),
    (
        "non_pii",
        "es-ES es-MX es-US",
        """
A: ¿Cuál es el número de seguimiento?
C: {tracking_number}
A: ¿Cuántas unidades pediste?
C: {quantity}
A: ¿Y qué modelo?
C: el {product_model}
""",
    ),
    (
        "no_answer",
        "es-ES es-MX es-US",
        """
A: ¿Me confirmas el número de cuenta para el reembolso?
C: oye pero por qué tarda tanto
C: llevo una semana esperando
A: Lo entiendo, perdona. Sin la cuenta no puedo tramitarlo.
C: pues mandadlo a la tarjeta y ya
""",
    ),
    (
        "different",
        "es-ES es-MX es-US",
        """
A: ¿Cuál es su número de pedido?
C: {EMAIL:x}
C: a ese correo me llego todo
A: Gracias, con el correo lo busco.
C: ok
""",
    ),
    (
        "correction",
        "es-ES es-MX es-US",
        """
A: ¿Un teléfono de contacto?
C: {PHONE:a}
C: uy no perdon ese es el de mi hermana
C: el mio es {PHONE:n}
A: Sin problema, anotado.
""",
    ),
    (
        "multi",
        "es-ES es-MX es-US",
        """
A: ¿Me puedes escribir el número de la tarjeta?
C: {CREDIT_DEBIT_NUMBER:a:m}
C: {+}
A: ¿Algo más? Creo que falta un trozo
C: {+}
C: ahi esta
""",
    ),
    (
        "question_back",
        "es-ES",
        """
A: ¿Me facilita su NIE?
C: el de la tarjeta verde?
A: Sí, ese mismo.
C: vale es {ES_NIE:a}
""",
    ),
    (
        "wait",
        "es-ES es-MX es-US",
        """
A: ¿Cuál es tu usuario en la app?
C: un segundo
C: {USERNAME:a}
A: ¿Y la contraseña que intentas usar? Solo para ver si tiene caracteres raros.
C: mmm es {PASSWORD:a}
""",
    ),
    (
        "named",
        "es-US",
        """
C: hola, tengo un problema con mi cuenta de banco
C: mi número de seguro social es {SSN:n}
A: Por favor no comparta ese dato por aquí. ¿Me da el número de orden?
C: {order_number}
C: perdon
""",
    ),
    (
        "verify",
        "es-ES",
        """
A: Para continuar necesito el NIE o el DNI del titular
C: tengo NIE
C: {ES_NIE:a:n}
A: Gracias. ¿Fecha de la compra?
C: {date}
""",
    ),
    (
        "named",
        "es-MX",
        """
C: buenas tardes
C: quiero mi factura, mi RFC es {MX_RFC:n}
C: y la CLABE para el reembolso {MX_CLABE:n}
A: Claro, en breve le llega.
C: el pedido fue de {price}
""",
    ),
    (
        "multi",
        "es-ES es-MX es-US",
        """
A: ¿A qué número te llamamos?
C: {PHONE:a:m}
C: {+}
C: {+}
A: Gracias, te llamamos entre las {time} y las {time}
""",
    ),
]

SEALED = [
    (
        "direct",
        "es-ES es-MX es-US",
        """
A: buenas! cual es tu mail?
C: {EMAIL:a}
A: gracias, y un cel?
C: {PHONE:a}
C: whatsapp mejor 😅
""",
    ),
    (
        "polite",
        "es-ES",
        """
A: ¿Sería tan amable de indicarme el IBAN donde quiere la devolución?
C: si
C: {INTERNATIONAL_BANK_ACCOUNT_NUMBER:a}
A: Muchas gracias. La devolución de {price} llegará en unos días.
C: genial
""",
    ),
    (
        "polite",
        "es-MX",
        """
A: ¿Me podría proporcionar su número de pasaporte, por favor?
C: ok
C: {PASSPORT_NUMBER:a}
A: Gracias. ¿Cuál es su vuelo?
C: {flight_number}
C: sale el {date} a las {time}
""",
    ),
    (
        "bot",
        "es-ES es-MX es-US",
        """
A: Escriba su número de teléfono, sin el prefijo si puede.
C: {PHONE:a:m}
C: {+}
A: Gracias. Escriba su código postal.
C: {postal_code}
""",
    ),
    (
        "bot",
        "es-US",
        """
A: Ingrese su número de ruta bancaria.
C: {BANK_ROUTING:a}
A: Ingrese su número de cuenta.
C: {BANK_ACCOUNT_NUMBER:a}
A: Un agente le atenderá en breve.
C: gracias
""",
    ),
    (
        "two_at_once",
        "es-ES es-MX es-US",
        """
A: Pásame tarjeta, caducidad y CVV y lo cobramos
C: {CREDIT_DEBIT_NUMBER:a}
C: cad {CREDIT_DEBIT_EXPIRY:n}
C: {CREDIT_DEBIT_CVV:a}
A: Listo, cobrado.
""",
    ),
    (
        "partial",
        "es-ES es-MX es-US",
        """
A: Solo necesito las cuatro últimas cifras de la cuenta
C: {ACCT_LAST4:a}
A: Perfecto, coincide.
C: y cuando me devuelven los {price}?
""",
    ),
    (
        "verify",
        "es-ES",
        """
A: Por seguridad, ¿me dice su DNI?
C: sí es el {ES_DNI:a}
A: Y la fecha de nacimiento?
C: {date} del {year}
""",
    ),
    (
        "verify",
        "es-MX",
        """
A: Para validar la cuenta necesito tu RFC con homoclave
C: es {MX_RFC:a:m}
C: {+}
A: Gracias, validado ✅
C: ok y mi pedido {order_number}?
""",
    ),
    (
        "reask",
        "es-ES es-MX es-US",
        """
A: Me das el número de la tarjeta?
C: {CREDIT_DEBIT_NUMBER:a:n}
A: No me sale, ¿lo puedes mandar otra vez sin espacios?
C: {CREDIT_DEBIT_NUMBER:a:p}
""",
    ),
    (
        "non_pii",
        "es-ES es-MX es-US",
        """
A: ¿En qué tienda lo compraste? El número viene en el ticket.
C: {store_number}
A: ¿Y el número de factura?
C: {invoice_number}
A: ¿Qué versión tiene la app?
C: {version}
""",
    ),
    (
        "non_pii",
        "es-ES es-MX es-US",
        """
A: ¿Me das el número de pedido porfa?
C: {order_number}
A: ¿Y el código de incidencia que te dimos?
C: {ticket_reference}
C: lo abrí el {date}
""",
    ),
    (
        "no_answer",
        "es-ES es-MX es-US",
        """
A: ¿Me dices la contraseña de la wifi para configurarlo en remoto?
C: no se la se
C: la puso mi hijo
A: Vale, entonces lo dejamos para cuando esté él.
C: mañana por la mañana
""",
    ),
    (
        "different",
        "es-ES es-MX es-US",
        """
A: ¿Cuál es el correo de la cuenta?
C: {PHONE:x}
C: llamame mejor q no tengo el correo a mano
A: Vale, te llamo.
""",
    ),
    (
        "correction",
        "es-MX es-US es-ES",
        """
A: ¿Número de cuenta?
C: {BANK_ACCOUNT_NUMBER:a}
C: no espera
C: me equivoqué, es {BANK_ACCOUNT_NUMBER:a}
A: Anotado, gracias!
""",
    ),
    (
        "multi",
        "es-ES es-MX es-US",
        """
A: ¿Me compartes el número de la cuenta?
C: va
C: {BANK_ACCOUNT_NUMBER:a:m}
C: {+}
C: {+}
A: gracias!
""",
    ),
    (
        "question_back",
        "es-MX",
        """
A: ¿Me confirmas la CURP?
C: la del INE o la mia?
A: La tuya.
C: ahh ok {MX_CURP:a}
""",
    ),
    (
        "wait",
        "es-ES es-MX es-US",
        """
A: ¿Qué IP te sale en la configuración del router?
C: espera q lo busco
C: vale
C: {IP_ADDRESS:a}
A: Gracias. ¿Modelo del router?
C: {product_model}
""",
    ),
    (
        "named",
        "es-ES es-MX es-US",
        """
C: hola buenas
C: quiero cambiar el email de la cuenta, el nuevo es {EMAIL:n}
C: y mi móvil es el {PHONE:n}
A: Hecho, ¡gracias!
""",
    ),
    (
        "verify",
        "es-ES",
        """
A: Identifíquese con su NIE por favor
C: {ES_NIE:a}
A: Gracias. ¿Y el teléfono?
C: {PHONE:a}
C: es fijo
""",
    ),
    (
        "named",
        "es-MX",
        """
C: hola necesito ayuda con un reembolso
C: mi clabe es {MX_CLABE:n:m}
C: {+}
A: Gracias, ¿el número de pedido?
C: {order_number}
""",
    ),
    (
        "multi",
        "es-ES es-MX es-US",
        """
A: ¿Me escribes tu correo?
C: {EMAIL:a:m}
C: {+}
A: Recibido!
C: y el paquete llega el {date}?
""",
    ),
]
