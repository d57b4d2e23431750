"""French templates (France, Belgium, Switzerland, and French speakers in Spain)."""

# ruff: noqa: E501  (one conversation per line reads better than wrapped text)

TEMPLATES = """
bonjour, ma carte c'est {CARD} expire {EXP} et le cryptogramme {CVV}
numéro de carte : {CARD.*} || date d'expiration {EXP.*} || code de sécurité {CVV}
{CARD.sd} c'est la carte utilisée pour la commande {#order}
j'ai été débité deux fois de {#price} sur la carte {CARD.nz}
la carte finit par... bon je vous donne le numéro complet {CARD.ls}
la carte c'est {CARD.sp}
CB {CARD} exp {EXP.ce} crypto {CVV}
carte {CARD.mm1} || {CARD.mm2}
le numéro est {CARD.mm1} || {CARD.mm2} || {CARD.mm3} || expire {EXP} cvc {CVV}
pardon erreur de frappe, la carte c'est {CARD.*}
« {CARD} » copié depuis l'appli de la banque
Visa {CARD} / {EXP} / {CVV}
Carte : {CARD.sd}⏎Expiration : {EXP}⏎Cryptogramme : {CVV}
n° de carte {CARD} date exp{EXP.ce} cvv {CVV}
la date d'expiration c'est {EXP.sp} et les trois chiffres au dos {CVV.sp}
[fr-BE] ma carte Bancontact {CARD.*}, valable jusqu'au {EXP.*}
[fr-CH] ma carte {CARD.*} échéance {EXP.*}, commande de {#price}
j'ai reçu ma nouvelle carte, {CARD.*}. l'ancienne a expiré le {#date}
bonjour ! commande passée le {#date} (n° {#order}), payé {#price} avec la carte {CARD}, toujours rien
le cryptogramme ? c'est {CVV} || et elle expire {EXP.ce}
mon code pin c'est {PIN}, je veux le changer
j'ai oublié mon code, l'ancien était {PIN.sp}
code {PIN} et le distributeur a avalé ma carte à {#time}
le mot de passe que j'utilise c'est {PWD} et ça dit mot de passe incorrect
mdp : {PWD}
mon mot de passe ({PWD}) ne marche plus depuis la version {#ver}
j'ai tapé « {PWD} » trois fois et mon compte est bloqué
mot de passe {PWD} identifiant mon mail {EMAIL}
le mot de passe provisoire reçu : {PWD}, je peux le changer ?
[fr-FR] mon numéro de compte {ACCT} code banque et guichet {ROUT}
n° de compte {ACCT.*}
remboursez sur mon livret svp, compte {ACCT.*}
cpte {ACCT.mm1} || {ACCT.mm2}
IBAN {IBAN} BIC {SWIFT}
merci de rembourser sur {IBAN.ib}
mon iban : {IBAN.*}
l'iban c'est {IBAN.mm1} || {IBAN.mm2}
{IBAN.ib} (c'est mon IBAN, banque postale)
[fr-FR] RIB : IBAN {IBAN.*} / BIC {SWIFT}
code BIC {SWIFT} || et l'iban {IBAN.*}
[fr-BE] mon compte belge {IBAN.ib}
[fr-CH] IBAN suisse {IBAN.*}, clearing {ROUT}
numéro de sécu {NIR}
mon numéro de sécurité sociale est {NIR.*}
[fr-FR] NIR {NIR.sd} pour la mutuelle
n° ss : {NIR.nz}
ma carte vitale : {NIR.ls}
sécu {NIR.mm1} || {NIR.mm2}
{NIR} c'est mon numéro de sécu
numéro de passeport {PASSPORT}
mon passeport {PASSPORT}, expire le {#date}
Passeport : {PASSPORT} (vol {#flight})
permis de conduire {DL}
n° de permis {DL} || passeport {PASSPORT}
pour la location : permis {DL}, retrait au magasin {#store}
écrivez-moi à {EMAIL}
mon mail c'est {EMAIL.es}
{EMAIL.es} c'est mon adresse, envoyez la facture {#inv} là-dessus
vous pouvez me joindre à {EMAIL} ou au {PHONE}
contact : {EMAIL} / {PHONE.*}
le lien dit https://boutique.example.com/compte?email={EMAIL.pe}&ref={#ticket}
https://aide.example.org/reinit?utilisateur={EMAIL.pe}
appelez-moi au {PHONE}
mon numéro c'est le {PHONE.*}, plutôt après {#time}
{PHONE.sp}, c'est mon portable
[fr-FR] port. {PHONE.sd}
[fr-BE] mon gsm {PHONE.*}
[fr-CH] natel {PHONE}
envoyez un sms au {PHONE.mm1} || {PHONE.mm2}
tél {PHONE.ls}
whatsapp : {PHONE.nz}
https://wa.example.com/send?phone={PHONE.pe}&text=bonjour
l'adresse IP de la box est {IP} et ça coupe tout le temps
adresse IP {IP}, adresse MAC {MAC}
l'adresse MAC de l'appareil est {MAC.*} modèle {#model}
pas de connexion, ip {IP}, firmware {#ver}
AWS_ACCESS_KEY_ID={AKID.kv}⏎AWS_SECRET_ACCESS_KEY={ASK.kv}
voici mon .env :⏎DB_HOST=db.example.internal⏎DB_USER=boutique⏎DB_PASSWORD={PWD.kv}
ma clé d'accès est {AKID} et la clé secrète {ASK}, l'api répond accès refusé
la chaîne de connexion : postgres://boutique:{PWD.uc}@db.example.com/commandes
redis://default:{PWD.uc}@cache.example.net c'est ce que j'ai mis dans la config
MAIL_PASSWORD={PWD.kv}
où est ma commande {#order} ?
ok merci || bonne journée
le suivi indique {#track} mais rien ne bouge depuis le {#date}
j'ai commandé {#qty} {#model} pour {#price}
bonjour il y a quelqu'un ?
vous fermez à quelle heure ? le magasin {#store} m'a dit {#time}
mon numéro de ticket est {#ticket}, ouvert le {#date}
la facture {#inv} indique {#price} mais j'ai payé moins
le {#model} est compatible avec la version {#ver} ?
mon vol {#flight} du {#date} a été annulé, je veux un remboursement
d'accord || merci beaucoup !! || bonne soirée
mdr ok
je peux payer en {#qty} fois ? le total c'est {#price}
acheté en {#year}, toujours sous garantie ?
[fr-FR,fr-BE,fr-CH] code postal {#postal}, commande {#order}
bonjour || ma carte a été refusée || c'est la {CARD.*} exp {EXP.*}
salut || je dois changer mes coordonnées bancaires || nouvel iban {IBAN.*} || merci
commande {#order} || payé avec la carte {CARD} || le crypto c'était {CVV} si besoin
je veux retourner {#qty} articles de la commande {#order} || remboursement sur la carte {CARD.sd}
vous pouvez m'appeler ? || {PHONE.*} || à partir de {#time}
mon mail {EMAIL} ne marche plus, utilisez {EMAIL.es}
pardon mauvais numéro, c'est le {PHONE.*}
{CVV} c'est le code au dos
{PIN} <- c'est le code que j'ai mis la semaine dernière
carte {CARD} exp {EXP} cvv {CVV} commande {#order} total {#price}
vérification : passeport {PASSPORT}, tél {PHONE}, mail {EMAIL}
je dicte : ma carte c'est {CARD.sp} expire {EXP.sp}
message vocal : rappelez-moi au {PHONE.sp}
mot de passe : « {PWD} »⏎code : {PIN}
login {EMAIL} mdp {PWD}
le code wifi c'est {PWD} si le technicien en a besoin, rdv le {#date} à {#time}
utilisateur admin / mot de passe {PWD}
Coordonnées pour le remboursement :⏎Titulaire : idem commande⏎IBAN : {IBAN.*}⏎BIC : {SWIFT}⏎Réf : {#inv}
date d'exp {EXP.ce}, cvc {CVV.sp}
expire {EXP} (pas le {#date}, ça c'est la date de commande)
{EXP.*} c'est la date d'expiration
hello, sorry mon anglais: my card is {CARD} et elle expire {EXP}
[fr-ES] je vis en Espagne, mon NIE c'est {NIE} et mon tel {PHONE}
[fr-ES] mon DNI espagnol... non pardon, NIE {NIE.sd}
[fr-ES] iban espagnol {IBAN.ib} bic {SWIFT}
numero de carte {CARD} exp {EXP} (sans accents desole clavier qwerty)
le numero de secu c'est le {NIR.sp}
mon mot de passe c'est {PWD}, enfin je crois
ma carte bleue {CARD.nz} expire fin {EXP.*}
compte {ACCT.sp}
[fr-FR] le code guichet et banque : {ROUT.*}
{ACCT} c'est mon numéro de compte
nouvelle adresse mail : {EMAIL} (l'ancienne {EMAIL.es} est fermée)
mon portable {PHONE.*} et mon fixe {PHONE.*}
votre appli version {#ver} plante quand j'ajoute la carte {CARD}
Crypto {CVV.sp} || exp {EXP.ce}
[fr-FR] numéro sécu: {NIR} || mutuelle: la même, réf {#ticket}
merci de me rembourser les {#price} sur le compte {IBAN.*}
bonsoir || je voulais juste savoir où en est ma commande {#order} || c'était prévu le {#date} || ok j'attends, merci
une question sur les retours || j'ai combien de jours ? acheté le {#date}
vous livrez en Belgique ? || et c'est combien la livraison pour {#qty} articles ?
le colis {#track} est marqué livré mais il n'est pas là || le voisin ne l'a pas non plus
il y a un code promo ? mon panier est à {#price}
l'appli m'a encore déconnecté (version {#ver})
je peux décaler la livraison à demain {#time} ? commande {#order}
laissez tomber, j'ai trouvé
bonjour, je voudrais annuler la commande {#order}, {#price} || et ne débitez plus la carte svp || c'est la {CARD.*} au cas où
{PHONE.*} - mon numéro, désolé j'ai oublié de le mettre
(carte : {CARD}) (exp : {EXP}) (crypto : {CVV})
« {IBAN} » <- pour le remboursement, pas l'ancien
donc... la carte {CARD.*}, expiration {EXP.*} et les trois chiffres {CVV}
je vous l'épelle : {EMAIL.es}
mes infos :⏎- mail : {EMAIL}⏎- tél : {PHONE}⏎- commande : {#order}
les quatre derniers chiffres ne suffisent pas ? bon : {CARD.*}
il me demande le cryptogramme, j'ai mis {CVV} || c'est bon ? || la carte expire {EXP.ce}
non attendez, mon portable c'est le {PHONE.*}, l'autre c'était le pro
[fr-FR] numéro de sécurité sociale (pour la mutuelle) : {NIR.*}
[fr-FR] ma sécu c'est {NIR.sp}
merci !! || 👍
où je trouve la facture ? commande {#order}
on m'a débité {#price} au lieu de {#price}
[fr-BE] je suis au magasin {#store}, ils disent que ma commande {#order} n'est pas là
le {#model} est de nouveau en stock ?
le mail de confirmation indique le vol {#flight}, départ à {#time}
[fr-CH] numéro AVS... non pardon, c'est mon IBAN : {IBAN.*}
carte {CARD} le {#date} j'ai été débité, suivi {#track}
commande {#order} / carte {CARD.*} / exp {EXP} / total {#price}
suivi {#track} et ma carte {CARD} (exp {EXP.ce})
[fr-FR] sécu {NIR} dossier {#ticket} du {#date}
tél {PHONE} commande {#order} livraison {#date} {#time}
iban {IBAN.*} facture {#inv} montant {#price}
ticket {#ticket} - mon nouveau code est {PIN}, changé à {#time}
mdp {PWD} depuis le {#date}, version de l'appli {#ver}
passeport {PASSPORT} vol {#flight} le {#date}, on est {#qty}
numéro de crate {CARD} exp {EXP}
ma cb c'est {CARD.*} et le crypto {CVV} svp vite
bon je vous donne le numéro de carte, c'est une carte de débit que j'ai depuis longtemps donc j'espère qu'elle marche encore : {CARD.*}. la date est devant, il y a écrit {EXP}
{CARD} {EXP} {CVV}
{CARD}⏎{EXP}⏎{CVV}
Titulaire : idem⏎N° carte : {CARD.sd}⏎Valable jusqu'au : {EXP}⏎Code sécu : {CVV}
tout à l'heure j'ai envoyé mon ancien mail par erreur. le bon c'est {EMAIL}. l'ancien (supprimez-le svp) c'était {EMAIL}.
j'ai deux cartes, {CARD.*} et {CARD.*}, débitez la deuxième
numéro de compte... une seconde || ok trouvé || {ACCT} || et le code banque {ROUT}
cpte {ACCT.ls} banque {ROUT}
le tél de mon mari {PHONE}, le mien {PHONE.*}
mon mail ? c'est {EMAIL.es} (tout en minuscules)
j'ai essayé le code {PIN} puis {PIN} et aucun ne marche
le code c'est {CVV}... je sais pas si vous en avez besoin
passeport {PASSPORT}, délivré en {#year}
[fr-FR] n° de sécu : {NIR.sd} (il est sur la carte vitale)
[fr-FR] ma sécu {NIR.mm1} || {NIR.mm2} || {NIR.mm3}
[fr-FR] NIR {NIR.ls}, c'est pour le remboursement
voilà l'iban {IBAN.nz} merci
le titulaire peu importe. IBAN : {IBAN.ls}
le journal d'erreur dit : utilisateur={EMAIL} ip={IP} mac={MAC}
curl -u admin:{PWD} https://api.example.com/commandes
les clés AWS (changez-les après) : {AKID} / {ASK}
pardon, je renvoie en morceaux : {CARD.mm1} || {CARD.mm2} || {CARD.mm3}
mon numéro {PHONE.mm1} || {PHONE.mm2} || appelez après {#time}
euh mon numéro de sécu c'est {NIR.sp} je crois
laissez tomber la carte, je paie par paypal : {EMAIL}
[fr-CH] bonjour, je peux écrire en français? mon natel {PHONE.*} et mon IBAN {IBAN.*}
[fr-BE] mon numéro de compte {IBAN.ib} chez Belfius
allô ? || c'est bien ici pour les remboursements ?
ma commande {#order} est arrivée abîmée || le carton était écrasé || je fais quoi ?
je peux la récupérer au magasin {#store} ? c'est plus près
ça prend combien de temps un remboursement ? j'attends depuis le {#date}
le {#model} reçu n'est pas la bonne couleur || je peux l'échanger ? || commande {#order}
merci pour votre aide tout à l'heure ! c'est réglé
le prix de {#price} c'est TTC ?
il m'en faut {#qty} de plus, vous pouvez les ajouter à la commande {#order} ?
toujours en attente... ticket {#ticket}
votre site est encore en panne || depuis {#time} environ
"""
