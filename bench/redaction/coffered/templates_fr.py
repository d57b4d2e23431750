"""French customer turns (fr-FR). Part of the sealed material: do not read when tuning."""

# Templates are prose data; wrapping them would hurt reading more than long lines do.
# ruff: noqa: E501

DEV: list[tuple[str, ...]] = [
    (
        "bonjour ma carte est refusée pour la commande {keep:order}, c'est la {CREDIT_DEBIT_NUMBER|plain} exp{CREDIT_DEBIT_EXPIRY|compact_expiry} cryptogramme {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "alors ma carte c'est {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "et rappelez moi au {PHONE|plain} apres {keep:time} svp",
    ),
    (
        "impossible de me connecter, identifiant {USERNAME|plain}, mail de secours {EMAIL|email_spelled}",
        "j'ai recu ce lien https://aide.example.com/reset?mail={EMAIL|percent_encoded}&tel={PHONE|percent_encoded} c'est bien vous ?",
    ),
    (
        "depuis la maj {keep:version} la synchro plante. on a sftp://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@depot.example.net et\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}",
        "ip du serveur {IP_ADDRESS|plain}, adresse mac {MAC_ADDRESS|plain}",
    ),
    (
        "je veux mettre en place le prélèvement de {keep:amount} € : IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken} BIC {SWIFT_CODE|plain}",
        "l'ancien compte c'etait {BANK_ACCOUNT_NUMBER|spaced_or_dashed}, code banque et guichet {BANK_ROUTING|plain}",
    ),
    (
        "j'ai bossé aux USA, mon social security number {SSN|letter_substitution} et l'ITIN de ma femme {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|spaced_or_dashed}",
    ),
    (
        "et au Royaume-Uni, national insurance {UK_NATIONAL_INSURANCE_NUMBER|plain}, dossier du {keep:date}",
        "il vous faut quoi d'autre ?",
        "le passeport ? ok",
        "{PASSPORT_NUMBER|context_only}",
    ),
    ("passeport n° {PASSPORT_NUMBER|plain}, et mon permis de conduire", "{DRIVER_ID|context_only}"),
    (
        "mon conjoint est espagnol : DNI {ES_DNI|split_by_noise}, et son frere a un NIE {ES_NIE|plain}",
        "ma belle-soeur mexicaine : CURP {MX_CURP|plain}, RFC {MX_RFC|plain}, CLABE {MX_CLABE|split_by_noise}",
    ),
    (
        "dossier de la boite 😩 CPF de l'associé {BR_CPF|spelled_out}, CNPJ {BR_CNPJ|plain}, mon numero de secu {FR_NIR|plain}",
        "steuer-ID allemand {DE_TAX_ID|spaced_or_dashed} et NIF portugais {PT_NIF|plain}, on est {keep:count} salariés",
    ),
    (
        "le distributeur a avalé ma carte, le code PIN c'est {PIN|spelled_out}",
        "et le mot de passe de l'appli {PASSWORD|plain} enfin je crois",
    ),
    (
        "mon nouveau numéro {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "{PHONE|multi_message|a} dsl ca part en morceaux",
    ),
]

SEALED: list[tuple[str, ...]] = [
    (
        "Bonjour, on m'a débité {keep:price} € le {keep:date}, je ne reconnais pas l'achat. Carte {CREDIT_DEBIT_NUMBER|spaced_or_dashed}",
    ),
    (
        "je change de moyen de paiement, nouvelle CB {CREDIT_DEBIT_NUMBER|letter_substitution} expire {CREDIT_DEBIT_EXPIRY|plain} crypto {CREDIT_DEBIT_CVV|spelled_out}",
    ),
    (
        "numéro de carte {CREDIT_DEBIT_NUMBER|split_by_noise}",
        "date d'expiration {CREDIT_DEBIT_EXPIRY|plain}, les trois chiffres au dos {CREDIT_DEBIT_CVV|spaced_or_dashed}",
    ),
    (
        "il vous faut quoi pour rembourser la réservation {keep:booking} ?",
        "ok la carte",
        "{CREDIT_DEBIT_NUMBER|context_only}",
        "exp {CREDIT_DEBIT_EXPIRY|compact_expiry} cvc {CREDIT_DEBIT_CVV|plain}",
    ),
    (
        "mastercard {CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a}",
        "{CREDIT_DEBIT_NUMBER|multi_message|a} fin de validité {CREDIT_DEBIT_EXPIRY|plain}",
    ),
    (
        "Je n'arrive pas à régler la facture {keep:invoice}. Carte : {CREDIT_DEBIT_NUMBER|spelled_out}. Date exp{CREDIT_DEBIT_EXPIRY|compact_expiry}",
    ),
    (
        "le DAB du {keep:street} rue de la République a gardé ma carte bleue {CREDIT_DEBIT_NUMBER|plain}, code {PIN|plain}",
    ),
    (
        "vous pouvez remettre le code à {PIN|letter_substitution} ?",
        "et le mot de passe de la banque en ligne à {PASSWORD|plain} merci",
    ),
    (
        "Identifiant : {USERNAME|plain}\nMot de passe : {PASSWORD|plain}\nça dit compte bloqué, j'ai essayé genre {keep:count} fois",
    ),
    (
        "mon mail c'est {EMAIL|plain} pas celui du dossier, et mon portable {PHONE|plain}",
        "l'ancienne adresse {EMAIL|email_spelled} vous pouvez la supprimer",
    ),
    (
        "envoyez moi un sms au {PHONE|spaced_or_dashed} quand le technicien arrive, je rentre vers {keep:time}",
        "ou à mon mari {PHONE|letter_substitution}",
    ),
    ("appelez moi au {PHONE|split_by_noise} pour la chaudière, appart {keep:room}",),
    ("mon portable c'est {PHONE|spelled_out} mdr le clavier veut pas de chiffres",),
    ("c'est quoi votre numéro ? le mien {PHONE|multi_message|a}", "{PHONE|multi_message|a}"),
    (
        "le lien de suivi https://colis.example.com/s?email={EMAIL|percent_encoded} n'affiche rien pour le colis {keep:tracking}",
    ),
    (
        "pour le virement : code banque + guichet {BANK_ROUTING|plain}, compte {BANK_ACCOUNT_NUMBER|plain}",
        "ouvert en {keep:year}",
    ),
    (
        "RIB : établissement/guichet {BANK_ROUTING|spaced_or_dashed}, n° de compte {BANK_ACCOUNT_NUMBER|letter_substitution}, swift {SWIFT_CODE|plain}",
    ),
    (
        "guichet {BANK_ROUTING|split_by_noise} compte {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
    ),
    (
        "Remboursez sur mon IBAN {INTERNATIONAL_BANK_ACCOUNT_NUMBER|plain} svp, c'était {keep:amount} euros",
    ),
    (
        "voilà l'iban\n{INTERNATIONAL_BANK_ACCOUNT_NUMBER|iban_broken}\nbic {SWIFT_CODE|spaced_or_dashed}",
    ),
    ("j'ai travaillé à Boston, SSN {SSN|plain}, cf. formulaire du {keep:date}",),
    ("social security : {SSN|spelled_out}", "pardon erreur, c'est {SSN|split_by_noise}"),
    (
        "pas de SSN, je déclare avec un ITIN {US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER|plain}, zip {keep:zipplus}",
    ),
    (
        "il faut quoi pour le bail de l'appartement {keep:room} à New York ?",
        "le SSN complet ? bon",
        "{SSN|context_only}",
    ),
    (
        "mon NINO britannique {UK_NATIONAL_INSURANCE_NUMBER|spaced_or_dashed} pour la paie, j'ai commencé le {keep:date}",
    ),
    ("national insurance {UK_NATIONAL_INSURANCE_NUMBER|split_by_noise} de quand j'étais à Leeds",),
    (
        "vol {keep:flight} demain, mon passeport {PASSPORT_NUMBER|spaced_or_dashed}, je veux changer de siège",
        "on est {keep:count} en tout",
    ),
    ("location de voiture, n° de permis {DRIVER_ID|plain}, retrait à {keep:time}",),
    ("permis {DRIVER_ID|split_by_noise} et passeport {PASSPORT_NUMBER|plain}",),
    (
        "la box décroche, modèle {keep:model}, ip {IP_ADDRESS|plain}, mac {MAC_ADDRESS|spaced_or_dashed}",
        "firmware {keep:version}",
    ),
    (
        "voici le .env demandé par le support :\nAWS_ACCESS_KEY_ID={AWS_ACCESS_KEY|key_value_secret}\nAWS_SECRET_ACCESS_KEY={AWS_SECRET_KEY|key_value_secret}\nDB_PASSWORD={PASSWORD|key_value_secret}",
    ),
    (
        "le webhook tape sur https://{USERNAME|url_credentials}:{PASSWORD|url_credentials}@hooks.example.org/in et notre access key c'est {AWS_ACCESS_KEY|plain}",
    ),
    (
        "clé secrète {AWS_SECRET_KEY|plain} oui je sais faut pas la coller ici",
        "MAC de la machine {MAC_ADDRESS|plain} ip {IP_ADDRESS|plain}",
    ),
    ("ma colocataire espagnole : DNI {ES_DNI|spaced_or_dashed}, NIE {ES_NIE|split_by_noise}",),
    (
        "pour la facture mexicaine : CURP {MX_CURP|spaced_or_dashed}, RFC {MX_RFC|spaced_or_dashed}, montant {keep:amount} pesos",
    ),
    (
        "versez sur la CLABE {MX_CLABE|plain}",
        "non c'est l'ancienne, la bonne : {MX_CLABE|letter_substitution}",
    ),
    (
        "mon cousin brésilien, CPF {BR_CPF|plain}, CNPJ de sa boutique {BR_CNPJ|letter_substitution}",
    ),
    (
        "numéro de sécurité sociale {FR_NIR|spaced_or_dashed}, steuer-ID {DE_TAX_ID|plain}",
        "NIF portugais {PT_NIF|spelled_out}",
    ),
    (
        "pour la résa {keep:booking} : CPF {BR_CPF|split_by_noise}, NIF {PT_NIF|letter_substitution}",
    ),
    (
        "la CLABE c'est pour quoi ?",
        "{MX_CLABE|context_only}",
        "et l'identifiant fiscal allemand {DE_TAX_ID|letter_substitution}, secu {FR_NIR|split_by_noise}",
    ),
    (
        "Bonjour, la carte enregistrée est périmée. Nouvelle {CREDIT_DEBIT_NUMBER|plain} exp {CREDIT_DEBIT_EXPIRY|spaced_or_dashed}. Et mon ip {IP_ADDRESS|plain} est bloquée",
        "mail pour les factures {EMAIL|email_spelled} merci",
    ),
    (
        "n° de compte pour le remboursement {BANK_ACCOUNT_NUMBER|multi_message|a}",
        "{BANK_ACCOUNT_NUMBER|multi_message|a}",
        "code guichet {BANK_ROUTING|plain}",
    ),
    (
        "vous pouvez me rappeler ? {PHONE|multi_message|a}",
        "{PHONE|multi_message|a}",
        "avant {keep:time} idéalement",
    ),
]
