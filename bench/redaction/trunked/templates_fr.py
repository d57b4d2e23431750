"""French templates (fr-FR). Sealed split: do not read for tuning."""

from __future__ import annotations

DEV: list[tuple[str, list[str]]] = [
    (
        "fr-FR",
        [
            "bonjour, ma carte {CARD|spaced_or_dashed} a ete refusee, date d'exp {EXP|compact_expiry} crypto {CVV}",
            "commande {~order} de {~amount}",
        ],
    ),
    (
        "fr-FR",
        [
            "voici mon RIB pour le prelevement : IBAN {IBAN|iban_broken} BIC {SWIFT}",
            "code banque et guichet {ROUTING}, compte {ACCT|letter_substitution}",
        ],
    ),
    (
        "fr-FR",
        [
            "mon numero de secu c'est {NIR|spelled_out}",
            "et mon tel {PHONE|multi_message}",
        ],
    ),
    (
        "fr-FR",
        [
            "je recois pas le mail, c'est {EMAIL|email_spelled}",
            "identifiant {USER} et mdp {PWD}",
        ],
    ),
    (
        "fr-FR",
        [
            "le lien du SMS : https://espace.example.fr/valider?mail={EMAIL|percent_encoded}&etape={~count}",
            "et sur le portable de ma femme https://espace.example.fr/valider?tel={PHONE|percent_encoded}",
        ],
    ),
    (
        "fr-FR",
        [
            "le prestataire a mis ca dans le ticket {~ticket} :",
            "[default]\naws_access_key_id = {AKID|key_value_secret}\naws_secret_access_key = {ASK|key_value_secret}",
            "la box a l'ip {IP} et l'adresse mac {MAC}",
        ],
    ),
    (
        "fr-FR",
        [
            "notre script appelle https://{USER|url_credentials}:{PWD|url_credentials}@sauvegarde.example.net/depot",
            "code PIN de la carte {PIN|spelled_out}",
        ],
    ),
    (
        "fr-FR",
        [
            "j'ai travaille aux USA, mon SSN {SSN|split_by_noise}, et mon mari a un ITIN {ITIN}",
            "puis a Londres, national insurance {NINO}",
        ],
    ),
    (
        "fr-FR",
        [
            "passeport {PASSPORT|spaced_or_dashed} et permis de conduire {DL}",
            "vol {~flight} le {~date}",
        ],
    ),
    (
        "fr-FR",
        [
            "pour le dossier de ma belle-soeur espagnole : DNI {DNI}, et son mari NIE {NIE|multi_message}",
            "les cousins mexicains : CURP {CURP} RFC {RFC} CLABE {CLABE|letter_substitution}",
        ],
    ),
    (
        "fr-FR",
        [
            "client bresilien CPF {CPF|spaced_or_dashed} CNPJ {CNPJ}",
            "je vous envoie aussi mon identifiant fiscal allemand",
            "{STEUERID|context_only}",
            "et le NIF portugais {NIF}",
        ],
    ),
    (
        "fr-FR",
        [
            "le numero de carte en deux fois",
            "{CARD|multi_message}",
        ],
    ),
]

SEALED: list[tuple[str, list[str]]] = [
    (
        "fr-FR",
        [
            "Bonjour, j'ai ete debite deux fois pour la commande {~order} ({~amount}). Ma carte : {CARD}",
            "elle expire en {EXP}",
        ],
    ),
    (
        "fr-FR",
        [
            "ma cb c'est {CARD|multi_message}",
            "dsl le reseau coupe",
        ],
    ),
    (
        "fr-FR",
        [
            "num de carte {CARD|split_by_noise} exp {EXP|compact_expiry} cryptogramme {CVV}",
        ],
    ),
    (
        "fr-FR",
        [
            "pardon je me suis trompee, c'est {CARD|letter_substitution}",
            "le code au dos {CVV|spelled_out}",
        ],
    ),
    (
        "fr-FR",
        [
            "mon fils me dicte les chiffres : {CARD|spelled_out}",
            "date de validite {EXP}",
        ],
    ),
    (
        "fr-FR",
        [
            "Bonsoir, je souhaite changer de RIB pour mes prelevements. Nouvel IBAN : {IBAN}, BIC : {SWIFT|spaced_or_dashed}. Merci d'avance",
        ],
    ),
    (
        "fr-FR",
        [
            "iban",
            "{IBAN|iban_broken}",
            "c'est un compte joint",
        ],
    ),
    (
        "fr-FR",
        [
            "l'IBAN : {IBAN|multi_message}",
            "au nom de Mme Bernard",
        ],
    ),
    (
        "fr-FR",
        [
            "code banque / guichet {ROUTING|spaced_or_dashed} et numero de compte {ACCT}, pour le remboursement de la facture {~invoice}",
        ],
    ),
    (
        "fr-FR",
        [
            "mon num de compte",
            "{ACCT|multi_message}",
            "la cle rib je la trouve plus",
        ],
    ),
    (
        "fr-FR",
        [
            "Bonjour, la CPAM me demande mon numéro de sécurité sociale pour le dossier {~ticket}, le voici : {NIR}",
        ],
    ),
    (
        "fr-FR",
        [
            "no secu {NIR|split_by_noise}",
        ],
    ),
    (
        "fr-FR",
        [
            "vous pouvez me rappeler au {PHONE} ? je suis dispo apres {~time}",
        ],
    ),
    (
        "fr-FR",
        [
            "mon nouveau portable {PHONE|multi_message}",
            "l'ancien est resilie",
        ],
    ),
    (
        "fr-FR",
        [
            "tel : {PHONE|spelled_out}",
            "ou le fixe {PHONE|letter_substitution}",
        ],
    ),
    (
        "fr-FR",
        [
            "mon adresse mail {EMAIL|email_spelled}",
            "tout en minuscules svp",
        ],
    ),
    (
        "fr-FR",
        [
            "j'ai recu un lien bizarre https://compte.example.fr/desinscription?email={EMAIL|percent_encoded}&motif=aucun c'est vous ?",
        ],
    ),
    (
        "fr-FR",
        [
            "le SMS me demande de payer {~amount} sur https://colis.example.net/p?num={PHONE|percent_encoded}, colis {~tracking}",
        ],
    ),
    (
        "fr-FR",
        [
            "notre logiciel compta pointe vers ftp://{USER|url_credentials}:{PWD|url_credentials}@compta.example.fr/import depuis la maj {~version}, ca marche plus",
        ],
    ),
    (
        "fr-FR",
        [
            "oups j'ai colle notre fichier .env dans le formulaire :",
            "AWS_ACCESS_KEY_ID={AKID|key_value_secret}",
            "AWS_SECRET_ACCESS_KEY={ASK|key_value_secret}",
            "vous pouvez supprimer ?",
        ],
    ),
    (
        "fr-FR",
        [
            "dans la config il y a MOT_DE_PASSE={PWD|key_value_secret} c'est grave ?",
        ],
    ),
    (
        "fr-FR",
        [
            "identifiant {USER} mot de passe {PWD}",
            "j'arrive pas a me connecter depuis {~count} jours",
        ],
    ),
    (
        "fr-FR",
        [
            "j'ai oublie mon code, c'etait {PIN} ou peut-etre {PIN|letter_substitution}",
        ],
    ),
    (
        "fr-FR",
        [
            "code pin {PIN|spaced_or_dashed} bloque au distributeur",
        ],
    ),
    (
        "fr-FR",
        [
            "je pars le {~date} vol {~flight}, mon passeport {PASSPORT}",
            "siege {~seat} svp",
        ],
    ),
    (
        "fr-FR",
        [
            "numero de permis de conduire",
            "{DL|context_only}",
        ],
    ),
    (
        "fr-FR",
        [
            "permis {DL|letter_substitution} et passeport {PASSPORT|letter_substitution}, chambre {~room}",
        ],
    ),
    (
        "fr-FR",
        [
            "ma box {~model} affiche l'ip {IP}, adresse MAC {MAC|spaced_or_dashed}, la fibre coupe toutes les {~count} minutes",
        ],
    ),
    (
        "fr-FR",
        [
            "on a vu une connexion depuis {IP} sur mon compte, j'habite au {~street} rue des Lilas {~zip}",
        ],
    ),
    (
        "fr-FR",
        [
            "Je suis americaine, mon SSN {SSN} et mon ITIN {ITIN|spaced_or_dashed} si besoin pour la fiscalite",
        ],
    ),
    (
        "fr-FR",
        [
            "j'ai bossé à Manchester, national insurance {NINO|spaced_or_dashed}",
        ],
    ),
    (
        "fr-FR",
        [
            "mon colocataire espagnol : DNI {DNI|letter_substitution}, l'autre a un NIE {NIE}",
        ],
    ),
    (
        "fr-FR",
        [
            "pour le virement au Mexique : CLABE {CLABE|spaced_or_dashed}, RFC {RFC}, CURP {CURP|spaced_or_dashed}",
        ],
    ),
    (
        "fr-FR",
        [
            "la CLABE de mon fournisseur",
            "{CLABE|multi_message}",
        ],
    ),
    (
        "fr-FR",
        [
            "fournisseur au Bresil CNPJ {CNPJ|split_by_noise} et le gerant CPF {CPF}",
        ],
    ),
    (
        "fr-FR",
        [
            "j'ai travaille a Berlin, mon Steuer-ID {STEUERID} et au Portugal NIF {NIF|spelled_out}",
        ],
    ),
    (
        "fr-FR",
        [
            "ok je vous donne mon numero fiscal portugais",
            "{NIF|context_only}",
            "et allemand {STEUERID|letter_substitution}",
        ],
    ),
    (
        "fr-FR",
        [
            "the card number is {CARD|multi_message}",
            "pardon j'ecrivais a mon collegue anglais",
        ],
    ),
    (
        "fr-FR",
        [
            "cle d'acces {AKID} secret {ASK} a desactiver, elles sont dans le depot git depuis le {~date}",
        ],
    ),
    (
        "fr-FR",
        [
            "securite sociale",
            "{NIR|multi_message}",
            "le reste je vous l'envoie par courrier",
        ],
    ),
    (
        "fr-FR",
        [
            "mon mobile {PHONE|split_by_noise}, joignable entre {~time} et {~time}",
        ],
    ),
    (
        "fr-FR",
        [
            "bonjour",
            "je n'arrive plus a payer mes factures d'electricite",
            "ma carte {CARD} a expire fin {EXP}, la nouvelle c'est {CARD|spaced_or_dashed}",
            "contrat {~policy}",
        ],
    ),
    (
        "fr-FR",
        [
            "Madame, Monsieur, suite a notre echange du {~date}, je vous confirme mes coordonnees : telephone {PHONE|spaced_or_dashed}, courriel {EMAIL}, numero de securite sociale {NIR|spaced_or_dashed}. Cordialement",
        ],
    ),
    (
        "fr-FR",
        [
            "mon compte c'est quoi deja",
            "ah oui",
            "{ACCT|context_only}",
            "et le code guichet {ROUTING}",
        ],
    ),
    (
        "fr-FR",
        [
            "slt le code de la carte de ma mere {PIN} ne marche plus et son tel {PHONE|multi_message}",
            "elle est pas tres a l'aise avec internet",
        ],
    ),
]
