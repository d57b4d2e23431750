"""Spanish customer messages (Spain, Mexico, US, Argentina), hand-written. Same slot syntax as templates_en."""

LOCALES = ["es-ES", "es-MX", "es-US", "es-AR", "es-CO"]
DIGITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
NOISE = [" | ", " / ", " 👉 ", " y luego ", "\n", " 🙏 ", " - - "]
AT = [" arroba ", " (arroba) ", " @rroba "]
DOT = [" punto ", " (punto) ", " [punto] "]

LABELS = {
    "CREDIT_DEBIT_NUMBER": ["mi tarjeta", "el numero de la tarjeta"],
    "CREDIT_DEBIT_CVV": ["el cvv", "codigo de seguridad"],
    "CREDIT_DEBIT_EXPIRY": ["vencimiento", "fecha de caducidad"],
    "PIN": ["mi pin", "el nip"],
    "BANK_ACCOUNT_NUMBER": ["numero de cuenta", "mi cuenta"],
    "BANK_ROUTING": ["routing", "numero de ruta"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["mi IBAN", "el iban"],
    "SWIFT_CODE": ["codigo swift", "BIC"],
    "EMAIL": ["mi correo", "el mail"],
    "PHONE": ["mi cel", "mi telefono"],
    "SSN": ["mi seguro social", "SSN"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["mi ITIN", "numero itin"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["national insurance de UK", "mi NI"],
    "PASSPORT_NUMBER": ["pasaporte", "num de pasaporte"],
    "DRIVER_ID": ["licencia de conducir", "mi licencia"],
    "PASSWORD": ["contraseña", "la clave"],
    "USERNAME": ["usuario", "mi user"],
    "IP_ADDRESS": ["la ip", "mi IP"],
    "MAC_ADDRESS": ["la mac", "direccion MAC"],
    "AWS_ACCESS_KEY": ["access key", "la key de aws"],
    "AWS_SECRET_KEY": ["secret key", "la clave secreta"],
    "ES_DNI": ["DNI", "mi dni"],
    "ES_NIE": ["NIE", "mi nie"],
    "MX_CURP": ["CURP", "mi curp"],
    "MX_RFC": ["RFC", "mi rfc con homoclave"],
    "MX_CLABE": ["CLABE", "la clabe interbancaria"],
    "BR_CPF": ["CPF", "mi cpf de brasil"],
    "BR_CNPJ": ["CNPJ", "cnpj de la empresa"],
    "FR_NIR": ["numero de seguridad social frances", "NIR"],
    "DE_TAX_ID": ["Steuer-ID aleman", "id fiscal aleman"],
    "PT_NIF": ["NIF portugues", "mi nif"],
}

GENERIC = [
    ["hola buenas, {@}: {?}"],
    ["{@} es {?} por si sirve"],
    ["ok entonces {@} = {?} xfa arreglenlo ya"],
    ["perdon un seg", "{@} {?} grax"],
    ["la app me pide {@}, puse {?} y sale error [error_code]"],
    ["{@}?? es {?}"],
    ["{@} -> {?} pedido [order_number] x cierto"],
    ["te mando {@} por partes", "{?~1}", "{?~2}"],
    ["{@} empieza {?~1}", "sigue {?~2}", "{?~3} y ya"],
    ["aqui va {@}:\n{?}\n(lo copie de mis notas)"],
]

TEMPLATES = [
    ["hola me cobraron dos veces en la tarjeta {CREDIT_DEBIT_NUMBER} el pedido [order_number]"],
    [
        "tarjeta {CREDIT_DEBIT_NUMBER:spaced_or_dashed} vence {CREDIT_DEBIT_EXPIRY} cvv {CREDIT_DEBIT_CVV}"
    ],
    [
        "oye",
        "la tarjeta es {CREDIT_DEBIT_NUMBER~1}",
        "{CREDIT_DEBIT_NUMBER~2}",
        "vto {CREDIT_DEBIT_EXPIRY:compact_expiry}",
    ],
    [
        "{CREDIT_DEBIT_NUMBER:split_by_noise} esa es la tarjeta, el cargo de [price] del [date] no paso"
    ],
    ["el codigo de atras es {CREDIT_DEBIT_CVV:spelled_out}"],
    ["el nip es {PIN:context_only} creo, o lo cambie en [year]"],
    ["no puedo entrar!!! usuario {USERNAME} contraseña {PASSWORD}"],
    ["mi user es {USERNAME:context_only} y la clave {PASSWORD:context_only} no se rian jaja"],
    ["probe este link y falla: {PASSWORD:url_credentials} 😩"],
    [
        "el programador pego esto en el ticket [ticket_number] sin querer:\n{AWS_ACCESS_KEY:key_value_secret}\n{AWS_SECRET_KEY:key_value_secret}"
    ],
    ["mandenme al correo {EMAIL} no al viejo porfa"],
    ["mi correo es {EMAIL:email_spelled} (no me sale la arroba en el teclado)"],
    ["el link de recuperar era {EMAIL:percent_encoded} y dice caducado"],
    ["marquenme al {PHONE} despues de las [time]"],
    ["mi numero {PHONE:spaced_or_dashed}. no llamen antes de las [time] q trabajo de noche"],
    ["el numero es {PHONE~1}", "{PHONE~2}"],
    ["me pueden escribir al {PHONE:letter_substitution} o aqui mismo"],
    ["telefono {PHONE:spelled_out}"],
    [
        "la transferencia vino de {INTERNATIONAL_BANK_ACCOUNT_NUMBER:iban_broken} swift {SWIFT_CODE}, monto [price]"
    ],
    ["devuelvan al IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER} por favor, factura [invoice_number]"],
    [
        "iban {INTERNATIONAL_BANK_ACCOUNT_NUMBER~1}",
        "{INTERNATIONAL_BANK_ACCOUNT_NUMBER~2}",
        "perdon se corto",
    ],
    ["deposito: ruta {BANK_ROUTING} cuenta {BANK_ACCOUNT_NUMBER}"],
    ["cta {BANK_ACCOUNT_NUMBER:letter_substitution} (la de ahorro)"],
    ["la cuenta q termina... bueno es {BANK_ACCOUNT_NUMBER:spaced_or_dashed}"],
    ["para el SAT: RFC {MX_RFC} y CURP {MX_CURP}, cp [postal_code]"],
    ["transfieran a la clabe {MX_CLABE:spaced_or_dashed} q es de banorte"],
    ["clabe {MX_CLABE~1}", "{MX_CLABE~2}"],
    ["mi DNI {ES_DNI} y el NIE de mi mujer {ES_NIE}, para el contrato [contract_number]"],
    ["dni {ES_DNI:spaced_or_dashed} vivo en el [postal_code]"],
    ["pasaporte {PASSPORT_NUMBER} reserva [booking_reference] vuelo [flight_number]"],
    ["licencia {DRIVER_ID} recojo el carro a las [time] en la tienda [store_number]"],
    [
        "el router se cae. ip {IP_ADDRESS} mac {MAC_ADDRESS} modelo [product_model] version [version]"
    ],
    ["vale muchas gracias, buen dia"],
    ["sigo esperando el paquete [tracking_number], decia [quantity] articulos y llegaron [count]"],
    ["porque la factura salio de [price] este mes?? el medidor marca [meter_reading]"],
    ["habitacion [room_number], salgo el [date], me mandan factura [invoice_number]"],
    ["jaja ok gracias"],
    ["la poliza [policy_number] cubre el [percentage] no? el cel era un [product_model]"],
    ["se me acabaron los [data_size] el dia [count], ref [lookalike_number]"],
    ["num de cliente [lookalike_number] (no es la cuenta)", "la cuenta es {BANK_ACCOUNT_NUMBER}"],
    ["mi ssn {SSN} para el reembolso, zip [postal_code]"],
    ["no tengo social, mi itin es {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER:spaced_or_dashed}"],
    ["pin {PIN:spelled_out} no me acuerdo si es ese"],
    ["({EMAIL}) <- ese es el registrado, no el de gmail"],
    ['"{PHONE}" es lo q sale en el formulario pero esta mal'],
    [
        "{CREDIT_DEBIT_NUMBER:letter_substitution}",
        "^ la tarjeta. vence el [date]?? no espera esa es la entrega",
    ],
    [
        "lectura de luz [meter_reading], contrato [lookalike_number], domiciliar en ({INTERNATIONAL_BANK_ACCOUNT_NUMBER})"
    ],
    ["me cambian la direccion? cp [postal_code], cel {PHONE} y correo {EMAIL}"],
]
