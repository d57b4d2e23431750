"""French customer messages (France, Belgium, Switzerland, Quebec).

SEALED MATERIAL: these templates are the sealed split. Do not read them while tuning a detector.
"""

# ruff: noqa: E501 (one conversation per line, whatever its length)
from .tpl import expand

FR = r"""
bonjour, mon numéro de sécu c'est {NIR}
n° de sécurité sociale : {NIR.sp}
numero secu {NIR.mm1} || {NIR.mm2}
ma carte vitale indique {NIR}
voici mon RIB : {IBAN}
iban {IBAN.ib}
IBAN : {IBAN.mm1} || {IBAN.mm2} || {IBAN.mm3}
code banque et code guichet {ROUT}, le reste je sais plus
n° de compte {ACCT.cx} mais c'est l'ancien
le code BIC c'est {BIC}
mon portable {PHONE}
vous pouvez me rappeler au {PHONE.sp} après {k:time} svp
mon tel c'est le {PHONE.sw}
tel : {PHONE.nz}
le {PHONE.mm1} || {PHONE.mm2} voilà
ma carte bleue {CARD.sp} expire fin {EXP}
carte {CARD} exp {EXP.ce} crypto {CVV}
le cryptogramme ? {CVV}
les trois chiffres derrière c'est {CVV.sw}
date d'expiration {EXP}
mon code pin {PIN} ne marche plus depuis {k:date}
code confidentiel : {PIN.sw}
mon mail : {EMAIL}
adresse mail {EMAIL.es}
le lien de paiement https://paiement.example.com/?email={EMAIL.pct}&panier={k:order_number} ne s'ouvre pas
numéro de passeport {PASS}, vol {k:flight_number} le {k:date}
mon permis de conduire n° {DL}
le mot de passe c'est {PWD} mais il dit incorrect
mdp {PWD.cx}
l'adresse ip de ma box {IP}, code erreur {k:error_code}
adresse MAC {MAC} pour le contrôle parental
commande {k:order_number} toujours pas livrée, colis {k:tracking_number}
j'ai payé {k:price} pour {k:quantity} articles et j'ai reçu qu'un seul
merci beaucoup bonne journée
la carte {CARD.sub} a été débitée deux fois
oups je me suis trompée, la bonne carte c'est {CARD.nz}
ok c'est {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || {CARD.mm4}
"""

BE = r"""
mon numéro de gsm c'est le {PHONE}
gsm : {PHONE.sw}
mon compte {IBAN} chez belfius
iban : {IBAN.ib}
carte {CARD} date d'expiration {EXP}
"""

CH = r"""
mon natel {PHONE}
natel {PHONE.sw}
IBAN {IBAN} pour le remboursement de {k:price}
passeport suisse {PASS}
"""

CA = r"""
mon cell c'est {PHONE}
ma carte de crédit {CARD.sp} exp {EXP}
courriel : {EMAIL}
transit et institution {ROUT}
"""

MORE = r"""
jai retrouvé la carte : {CARD.sp}
svp changez mon num pour le {PHONE} lautre je lutilise plus
[fr-BE] ok mon mail cest {EMAIL} et mon gsm {PHONE.sp}
dsl le compte c {ACCT} pas celui que jai dit
[fr-CA] ma blonde m'a prêté sa carte {CARD}, c'est correct?
je suis anglais, NI number {NINO}, et mon passeport britannique {PASS@GB}
[fr-CH] j'ai un permis français {DL@FR} et un natel suisse {PHONE}
la commande {k:order_number} indique livrée le {k:date} à {k:time} mais j'étais chez moi
le {k:product_model} affiche l'erreur {k:error_code} depuis la mise à jour {k:version}
j'ai droit aux {k:percentage} sur le forfait à {k:price} ou pas ?
[fr-BE] le colis {k:tracking_number} est bloqué depuis le {k:date}
réservation {k:booking_reference} pour {k:count} personnes, on peut en ajouter une ?
quel magasin près du {k:postal_code} ? || celui du centre
on m'a facturé {k:price} au lieu de {k:plan_amount}
non c'est tout, merci beaucoup pour votre patience !!
pourquoi vous avez besoin de mon numéro de sécu ?? bon, {NIR}
vous avez déjà mon mail c'est {EMAIL} 🙄
NUMÉRO DE CARTE {CARD} VITE JE SUIS EN CAISSE
[fr-BE] bonjour, prélèvement sur le compte {IBAN}, merci
[fr-CA] bonjour, mon passeport {PASS} et mon cell {PHONE}
le permis c'est {DL}, le passeport {PASS}
👍 {PHONE}
c'est {EMAIL} ou {EMAIL#2} que j'ai mis ? je sais plus
code postal {k:postal_code} crypto {CVV} exp {EXP}
j'ai appelé tout à l'heure, dossier {k:ticket_number} || on m'a dit d'envoyer mon iban ici {IBAN.ib}
ma banque c'est la société générale, code banque {ROUT}
le mdp du wifi c'est {PWD} et l'ip de la box {IP}
titulaire moi-même, iban {IBAN}, bic {BIC}
j'ai viré {k:price} sur le compte {ACCT} et rien
ok notez : {NIR.sp}
ma carte vitale ? c'est {NIR}
[fr-CH] carte {CARD.sp}, date d'échéance {EXP}
commande {k:order_number} / carte {CARD} / débitée {k:price} le {k:date}
code postal {k:postal_code}, numéro de sécu {NIR}
facture {k:invoice_number} payée avec {CARD.sp} exp {EXP} à {k:time}
colis {k:tracking_number}, le tél sur l'étiquette doit être {PHONE}
vol {k:flight_number} le {k:date}, passeport {PASS}
contrat {k:contract_number} à {k:price} par mois, prélevé sur {IBAN}
erreur {k:error_code} en version {k:version} quand je mets la carte {CARD} crypto {CVV}
{CARD.mm1} || {CARD.mm2} || pardon parti trop vite || {CARD.mm3}
compte {ACCT.mm1} || {ACCT.mm2}
mon numéro c'est le {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3} || {PHONE.mm4}
[fr-BE] carte {CARD.mm1} || {CARD.mm2}
sécu {NIR.mm1} || {NIR.mm2}
{CARD} c'est celle-là qu'il faut utiliser
{EMAIL}
{PHONE} c'est mon numéro
oui {ACCT.cx}
{NIR} voilà
derrière il y a marqué {CVV}
changez l'email {EMAIL} par {EMAIL#2} svp
[fr-BE] mon numéro de compte {IBAN}
[fr-CH] le code {PIN} ne marche pas au bancomat
[fr-CA] ma carte {CARD} est bloquée
je me suis trompé sur le site, c'est {CARD.sub}
mon numéro fixe {PHONE} et le portable {PHONE#2}
iban {IBAN} bic {BIC}
[fr-BE] mon mail {EMAIL.es}
c'est le {PHONE.sp} pas l'autre
mon NIE espagnol c'est {NIE.sp}
l'identifiant fiscal allemand {IDNR.sp}, je travaille à Francfort
bon ma carte {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || exp {EXP}
[fr-BE] compte {IBAN.mm1} || {IBAN.mm2}
[fr-CA] cell {PHONE.mm1} || {PHONE.mm2}
correction : c'est {NIR} mon numéro de sécu, j'avais inversé deux chiffres
je vis en Espagne, mon NIE {NIE}
numéro fiscal allemand de mon mari : {IDNR}
mail {EMAIL} mot de passe {PWD}
[fr-BE] carte {CARD.nz} expire {EXP.ce}
passeport {PASS} et permis {DL}
le code de la carte c'est {PIN} je crois
[fr-CH] iban {IBAN.ib}
https://compte.example.org/reset?mail={EMAIL.pct}&ref={k:booking_reference}
la clé {AKID} est active ?
bonjour || je veux changer mon compte de prélèvement || le nouvel iban {IBAN}
est-ce que le magasin {k:store_number} est ouvert le dimanche ?
combien coûte le {k:product_model} avec {k:data_size} ?
ça fait {k:count} jours sans internet || personne ne m'aide || la box a la MAC {MAC}
allo ?? || il y a quelqu'un || on m'a prélevé {k:price} le {k:date} pour rien
ok vous pouvez fermer le ticket {k:ticket_number}
[fr-BE] ok || la clé d'accès c'est {AKID} et le secret {ASEC}
[fr-CH] export AWS_SECRET_ACCESS_KEY={ASEC.kv} apparaît sur la capture
[fr-CA] sftp://tremblay:{PWD.uc}@serveur.example.org refuse la connexion
[fr-CH] mon code swift {BIC}
mon code postal c'est {k:postal_code}
[fr-BE] le colis {k:tracking_number} est arrivé merci
bonsoir || ma carte c'est {CARD.mm1} || {CARD.mm2}
attendez je cherche || {CARD.mm1} || {CARD.mm2} || voilà
le compte {ACCT.mm1} || {ACCT.mm2}
mon num {PHONE.mm1} || {PHONE.mm2} || {PHONE.mm3}
secu : {NIR.mm1} || {NIR.mm2} || {NIR.mm3}
n° compte : {ACCT}
numéro de compte {ACCT.nz}
code banque {ROUT.cx}
bic {BIC} / iban {IBAN.ib}
RIB\n{IBAN.ib}
expire {EXP.ce}
exp {EXP.ce} et le code {CVV}
ma carte expire le {EXP} et elle a été refusée le {k:date}
code pin {PIN.sub}
mon email {EMAIL.es} (sans majuscule)
c'est {EMAIL.es}
https://compte.example.fr.test/confirm?tel={PHONE.pct}&etape={k:count} ça bug
l'ip {IP} est bannie de votre site ??
mon adresse ip : {IP}
la MAC de la tv c'est {MAC}
passeport n° {PASS} expire le {k:date}
mon permis {DL} a été suspendu par erreur
[fr-BE] numéro de permis {DL}
dans le .env j'ai mis SMTP_PASSWORD={PWD.kv}
aws_secret_access_key={ASEC.kv} c'est grave si je l'ai collée dans un ticket ?
https://admin:{PWD.uc}@routeur.example.net ne répond plus
j'ai changé mon mdp en {PWD} hier
ma carte {CARD.sw}
numéro de sécu {NIR.sub}
sécu {NIR.nz}
mon numéro c'est {PHONE.sub}
[fr-CH] mon numéro de natel {PHONE.mm1} || {PHONE.mm2}
[fr-BE] gsm {PHONE.nz}
[fr-CH] la carte {CARD} valable jusqu'au {EXP}
[fr-CA] mon numéro de téléphone {PHONE.sp}
[fr-CA] no de compte {ACCT} transit {ROUT.cx}
j'habite à Londres, mon national insurance number c'est {NINO}
mon NI number anglais : {NINO.sp}
facture {k:invoice_number} de {k:price}, je conteste
contrat {k:contract_number} résilié en {k:year}
mon assurance {k:policy_number} couvre le {k:product_model} ?
relevé du compteur : {k:meter_reading}
j'ai {k:count} lignes et on me facture {k:price}
chambre {k:room_number}, départ le {k:date}
la promo de {k:percentage} n'a pas été appliquée
mon forfait de {k:data_size} est épuisé alors que j'ai rien fait
le magasin {k:store_number} m'a dit de vous contacter
réservation {k:booking_reference}, vol {k:flight_number}
merci pour votre aide
d'accord je patiente
"""

TECH = r"""
voilà ma config\nAWS_ACCESS_KEY_ID={AKID.kv}\nAWS_SECRET_ACCESS_KEY={ASEC.kv}
ma clé {AKID} a fuité je crois
ftp://durand:{PWD.uc}@nas.example.org ça marche pas
"""

TEMPLATES = expand(
    [("fr-FR", FR), ("fr-BE", BE), ("fr-CH", CH), ("fr-CA", CA), ("fr-FR", TECH), ("fr-FR", MORE)]
)
