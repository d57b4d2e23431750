"""Words customers type around values, per language: context words with their slangy
abbreviations and misspellings, digit and month words, email spellings, noise between groups."""

from __future__ import annotations

DIGIT_WORDS: dict[str, list[list[str]]] = {
    # one list per digit; the first spelling is the usual one, the rest are variants people type
    "en": [["zero", "oh"], ["one"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"], ["eight"], ["nine"]],
    "es": [["cero"], ["uno"], ["dos"], ["tres"], ["cuatro"], ["cinco"], ["seis"], ["siete"], ["ocho"], ["nueve"]],
    "fr": [["zéro", "zero"], ["un"], ["deux"], ["trois"], ["quatre"], ["cinq"], ["six"], ["sept"], ["huit"], ["neuf"]],
    "de": [["null"], ["eins"], ["zwei", "zwo"], ["drei"], ["vier"], ["fünf", "fuenf"], ["sechs"], ["sieben"], ["acht"], ["neun"]],
    "pt": [["zero"], ["um"], ["dois"], ["três", "tres"], ["quatro"], ["cinco"], ["seis", "meia"], ["sete"], ["oito"], ["nove"]],
}  # fmt: skip

# Two-digit card years as words (expiries run 2026-2031).
YEAR_WORDS: dict[str, dict[str, str]] = {
    "en": {"26": "twenty six", "27": "twenty-seven", "28": "twenty eight", "29": "twenty-nine", "30": "thirty", "31": "thirty one"},
    "es": {"26": "veintiséis", "27": "veintisiete", "28": "veintiocho", "29": "veintinueve", "30": "treinta", "31": "treinta y uno"},
    "fr": {"26": "vingt-six", "27": "vingt sept", "28": "vingt-huit", "29": "vingt neuf", "30": "trente", "31": "trente et un"},
    "de": {"26": "sechsundzwanzig", "27": "siebenundzwanzig", "28": "achtundzwanzig", "29": "neunundzwanzig", "30": "dreißig", "31": "einunddreißig"},
    "pt": {"26": "vinte e seis", "27": "vinte e sete", "28": "vinte e oito", "29": "vinte e nove", "30": "trinta", "31": "trinta e um"},
}  # fmt: skip

MONTHS: dict[str, list[list[str]]] = {
    "en": [["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"], ["jul", "july"], ["aug", "august"], ["sept", "september"], ["oct", "october"], ["nov", "november"], ["dec", "december"]],
    "es": [["ene", "enero"], ["feb", "febrero"], ["mar", "marzo"], ["abr", "abril"], ["mayo"], ["jun", "junio"], ["jul", "julio"], ["ago", "agosto"], ["sept", "septiembre", "setiembre"], ["oct", "octubre"], ["nov", "noviembre"], ["dic", "diciembre"]],
    "fr": [["janv", "janvier"], ["févr", "fevrier", "février"], ["mars"], ["avr", "avril"], ["mai"], ["juin"], ["juil", "juillet"], ["août", "aout"], ["sept", "septembre"], ["oct", "octobre"], ["nov", "novembre"], ["déc", "decembre", "décembre"]],
    "de": [["jan", "januar"], ["feb", "februar"], ["märz", "maerz", "mrz"], ["apr", "april"], ["mai"], ["juni"], ["juli"], ["aug", "august"], ["sep", "september"], ["okt", "oktober"], ["nov", "november"], ["dez", "dezember"]],
    "pt": [["jan", "janeiro"], ["fev", "fevereiro"], ["mar", "março", "marco"], ["abr", "abril"], ["mai", "maio"], ["jun", "junho"], ["jul", "julho"], ["ago", "agosto"], ["set", "setembro"], ["out", "outubro"], ["nov", "novembro"], ["dez", "dezembro"]],
}  # fmt: skip

EMAIL_AT: dict[str, list[str]] = {
    "en": [" at ", " (at) ", "[at]", " AT ", " @ "],
    "es": [" arroba ", "(arroba)", " [arroba] ", " at "],
    "fr": [" arobase ", " (arobase) ", " at ", "[at]"],
    "de": [" ät ", " (at) ", " at ", "[ät]"],
    "pt": [" arroba ", "(arroba)", " at "],
}
EMAIL_DOT: dict[str, list[str]] = {
    "en": [" dot ", "(dot)", "[dot]", " DOT "],
    "es": [" punto ", "(punto)", " pto "],
    "fr": [" point ", "(point)", " pt "],
    "de": [" punkt ", "(punkt)", " Punkt "],
    "pt": [" ponto ", "(ponto)", " pto "],
}

NOISE: list[str] = [" | ", "/", " / ", "...", " 💳 ", "🙏", " 👉 ", "\n", " ; ", " ~ ", "😬", " • "]
JOINERS: dict[str, list[str]] = {
    "en": [" then ", " and ", " n then ", ", "],
    "es": [" y ", " luego ", " y despues ", ", "],
    "fr": [" puis ", " et ", " et puis ", ", "],
    "de": [" dann ", " und ", " und dann ", ", "],
    "pt": [" e ", " depois ", " e depois ", ", "],
}

# Context words, several spellings each; one is drawn per conversation.
WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "card": ["card", "card number", "cc", "debit card", "crd", "visa", "card no", "creditcard", "card #", "carddd"],
        "cvv": ["cvv", "cvc", "security code", "three digit code", "secuirty code", "code on the back", "cvv code"],
        "exp": ["exp", "expiry", "expires", "exp date", "expiration", "valid thru", "expiery"],
        "pin": ["pin", "PIN", "pin code", "pin numbr", "atm pin"],
        "pwd": ["password", "pw", "pwd", "passwrd", "pass", "login password"],
        "acct": ["account", "acct", "account number", "acc no", "a/c", "acount"],
        "routing": ["routing", "routing number", "aba", "routing #", "rtn"],
        "sort": ["sort code", "sortcode", "sort"],
        "iban": ["iban", "IBAN", "bank account (iban)", "iban no"],
        "swift": ["swift", "bic", "swift code", "SWIFT/BIC"],
        "ssn": ["ssn", "social", "social security", "SS#", "social sec number"],
        "itin": ["itin", "ITIN", "tax id", "individual taxpayer number"],
        "passport": ["passport", "passport no", "passprt", "passport number"],
        "dl": ["driver's license", "drivers licence", "DL", "license no", "driving licence"],
        "email": ["email", "e-mail", "mail", "emial"],
        "phone": ["phone", "cell", "mobile", "number", "ph", "tel"],
        "ip": ["ip", "IP address", "ip addr"],
        "mac": ["mac", "MAC address", "mac addr"],
        "nino": ["NI number", "national insurance", "NINO", "ni no"],
        "nie": ["NIE", "nie number", "foreigner id"],
        "taxid": ["tax id", "Steuer-ID", "tax number"],
        "nir": ["social security number", "NIR", "carte vitale number"],
        "nif": ["NIF", "tax number", "nif no"],
    },
    "es": {
        "card": ["tarjeta", "tarj", "nro de tarjeta", "número de tarjeta", "tarjeta de credito", "targeta", "la visa", "tdc"],
        "cvv": ["cvv", "código de seguridad", "codigo de seg", "cvc", "los tres de atras", "codigo"],
        "exp": ["vence", "vencimiento", "venc", "fecha de venc", "caduca", "expira"],
        "pin": ["pin", "nip", "clave", "PIN del cajero"],
        "pwd": ["contraseña", "contrasena", "clave", "pass", "contra"],
        "acct": ["cuenta", "cta", "nro de cuenta", "num de cuenta", "cuenta bancaria", "cuneta"],
        "routing": ["routing", "número de ruta", "ruta", "aba"],
        "iban": ["iban", "IBAN", "cuenta iban"],
        "swift": ["swift", "bic", "código swift"],
        "ssn": ["seguro social", "ssn", "social", "número de seguro social"],
        "itin": ["itin", "ITIN", "numero de taxes", "tax id"],
        "passport": ["pasaporte", "pasap", "nro de pasaporte", "pasaport"],
        "dl": ["licencia", "licencia de manejo", "carnet de conducir", "permiso de conducir", "lic"],
        "email": ["correo", "email", "mail", "correo electronico", "imeil"],
        "phone": ["tel", "teléfono", "cel", "celular", "móvil", "movil", "whats"],
        "ip": ["ip", "dirección ip", "la ip"],
        "mac": ["mac", "dirección mac"],
        "dni": ["dni", "DNI", "documento", "d.n.i", "carnet"],
        "nie": ["nie", "NIE", "n.i.e", "tarjeta de residencia"],
        "curp": ["curp", "CURP", "la curp"],
        "rfc": ["rfc", "RFC", "r.f.c"],
        "clabe": ["clabe", "CLABE", "cuenta clabe", "clabe interbancaria"],
    },
    "fr": {
        "card": ["carte", "cb", "numéro de carte", "num de carte", "carte bleue", "n° de carte", "crte"],
        "cvv": ["cryptogramme", "crypto", "cvv", "code de sécurité", "les trois chiffres au dos"],
        "exp": ["expire", "exp", "date d'expiration", "valable jusqu'à", "fin de validité", "expi"],
        "pin": ["code pin", "code", "pin", "code confidentiel"],
        "pwd": ["mot de passe", "mdp", "mot d passe", "password", "pass"],
        "acct": ["numéro de compte", "n° de compte", "compte", "num compte", "cpte"],
        "routing": ["code banque", "code guichet", "routing"],
        "iban": ["iban", "IBAN", "rib", "RIB"],
        "swift": ["bic", "swift", "code bic"],
        "passport": ["passeport", "n° de passeport", "passport", "passepor"],
        "dl": ["permis", "numéro de permis", "permis de conduire", "n° permis"],
        "email": ["mail", "e-mail", "adresse mail", "courriel", "email"],
        "phone": ["tel", "tél", "portable", "numéro", "mobile"],
        "ip": ["ip", "adresse ip", "l'ip"],
        "mac": ["mac", "adresse mac"],
        "nir": ["numéro de sécu", "sécu", "n° de sécurité sociale", "NIR", "num secu", "carte vitale"],
        "nie": ["NIE", "numéro NIE"],
    },
    "de": {
        "card": ["Karte", "Kartennummer", "Kreditkarte", "Kartennr", "kk-nr", "Kreditkate", "karte"],
        "cvv": ["Prüfziffer", "CVV", "Sicherheitscode", "cvc", "pruefnummer", "Kartenprüfnummer"],
        "exp": ["gültig bis", "Ablauf", "ablaufdatum", "exp", "gueltig bis", "läuft ab"],
        "pin": ["PIN", "Pin", "Geheimzahl", "pin-nummer"],
        "pwd": ["Passwort", "pw", "Kennwort", "passwort", "passwot"],
        "acct": ["Kontonummer", "Kto-Nr", "Konto", "Kto.", "kontonr"],
        "routing": ["BLZ", "Bankleitzahl", "blz"],
        "iban": ["IBAN", "iban", "Iban"],
        "swift": ["BIC", "bic", "Swift"],
        "passport": ["Reisepass", "Pass-Nr", "Passnummer", "reisepassnr"],
        "dl": ["Führerschein", "Führerscheinnummer", "fuehrerschein", "FS-Nr"],
        "email": ["E-Mail", "mail", "Mailadresse", "email", "emial"],
        "phone": ["Tel", "Handy", "Telefon", "Nummer", "handynr", "Mobil"],
        "ip": ["IP", "IP-Adresse", "ip"],
        "mac": ["MAC", "MAC-Adresse", "mac"],
        "taxid": ["Steuer-ID", "Steuer-IdNr", "steuerid", "Steueridentifikationsnummer", "St-IdNr", "steuernummer"],
        "nie": ["NIE", "NIE-Nummer"],
    },
    "pt": {
        "card": ["cartão", "cartao", "nº do cartão", "numero do cartao", "cc", "cartão de crédito", "catão"],
        "cvv": ["cvv", "código de segurança", "cod seg", "os três números de trás", "cvc"],
        "exp": ["validade", "vence", "val", "venc", "data de validade"],
        "pin": ["pin", "senha do cartão", "código pin", "senha de quatro digitos"],
        "pwd": ["senha", "palavra-passe", "password", "senah", "pass"],
        "acct": ["conta", "c/c", "nº da conta", "conta corrente", "cta", "nib"],
        "routing": ["agência", "agencia", "ag.", "ag"],
        "iban": ["iban", "IBAN"],
        "swift": ["swift", "bic", "código swift"],
        "passport": ["passaporte", "nº do passaporte", "passporte"],
        "dl": ["cnh", "carteira de motorista", "carta de condução", "carta de conducao", "habilitação"],
        "email": ["email", "e-mail", "meu mail", "imeiu"],
        "phone": ["telefone", "tel", "cel", "celular", "telemóvel", "zap", "whats"],
        "ip": ["ip", "endereço ip"],
        "mac": ["mac", "endereço mac"],
        "cpf": ["cpf", "CPF", "c.p.f", "meu cpf"],
        "cnpj": ["cnpj", "CNPJ", "c.n.p.j"],
        "nif": ["nif", "NIF", "contribuinte", "nº de contribuinte", "n.i.f."],
        "ssn": ["social security", "ssn"],
    },
}
