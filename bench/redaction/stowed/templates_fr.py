"""Modèles de chat en français (matériel scellé : ne pas régler les détecteurs dessus)."""

LOCALES = ["fr-FR", "fr-FR", "fr-FR", "fr-BE", "fr-CA", "fr-CH"]

TEMPLATES = r"""
bonjour ma carte a été refusée
c'est la {CARD}

carte {CARD:sd} exp {EXP} cryptogramme {CVV}

slt, le paiement de la commande {@order} passe pas. numéro de carte {CARD}

{CARD:nz}

alors le numéro {CARD:mm1}
{CARD:mm2}

je vous l'envoie en plusieurs fois
{CARD:mm1}
{CARD:mm2}
{CARD:mm3}

les chiffres de la carte : {CARD:ls}

le code au dos c'est {CVV} et elle expire {EXP}

exp {EXP:cx} crypto {CVV}

date d'expiration {EXP:cx}

cryptogramme {CVV:sp}

{CARD:sp}

Carte : {CARD}{NL}Expire : {EXP}{NL}CVC : {CVV}

vous m'avez débité {@price} deux fois le {@date} !! carte {CARD:sd}

je sais plus les derniers chiffres, voilà tout {CARD:nz}

vous avez besoin de quoi
n° carte {CARD:ls} exp {EXP:cx}

le code pin c'est {PIN}

mon code {PIN:sp} je le changerai après

le distributeur du magasin {@store} a avalé ma carte, code {PIN}

bonjour
mon numéro de compte est {ACCT}

compte {ACCT:ctx}

n° de compte {ACCT:sd}

c'est {ACCT:mm1}
{ACCT:mm2}

mon IBAN {IBAN}

IBAN {IBAN:ib}

remboursez les {@price} sur ce RIB svp {IBAN:ib}

IBAN :{NL}{IBAN:ib}{NL}BIC {SWIFT}

le code swift {SWIFT}

pour le virement : {IBAN:sd} / {SWIFT}

{IBAN:mm1}
{IBAN:mm2}

pardon le bon iban c'est {IBAN:ls}

@fr-FR
mon numéro de sécu {NIR}

@fr-FR
n° de sécurité sociale {NIR:sd}

@fr-FR
NIR {NIR:nz}

@fr-FR
numéro de sécu {NIR:ls}

@fr-FR
{NIR:mm1}
{NIR:mm2}

@fr-FR
ma carte vitale : {NIR:sp}

mon mail c'est {EMAIL}

envoyez la facture {@invoice} à {EMAIL} svp

adresse mail {EMAIL:em}

{EMAIL:em}

le lien https://compte.example.com/reinit?mail={EMAIL:pe} me met une erreur {@error}

j'ai essayé https://aide.example.org/connexion?email={EMAIL:pe} rien

nouvel email : {EMAIL}
l'ancien c'était {EMAIL}

appelez-moi au {PHONE}

mon portable {PHONE:sd} après {@time}

tel {PHONE:nz}

{PHONE}

mon numéro {PHONE:sp}

le num {PHONE:mm1}
{PHONE:mm2}

téléphone {PHONE:ls}

ils ont envoyé le code par sms au {PHONE} mais rien reçu

https://suivi.example.net/sms?tel={PHONE:pe}

mon passeport {PASS}

passeport n° {PASS:sd} expire le {@date}

réservation {@booking}, numéro de passeport {PASS}

passeport {PASS:ls}

permis de conduire {DL}

mon permis {DL:sd}

n° de permis {DL}

mot de passe {PWD}

le mdp c'est {PWD} rigolez pas

identifiant : {USER}{NL}mot de passe : {PWD}

mon identifiant {USER}

le pseudo c'est {USER} je crois

login {USER} et mdp {PWD}

https://admin:{PWD:url}@box.example.net

j'ai mis ftp://julie:{PWD:url}@fichiers.example.com ça marche pas

AWS_ACCESS_KEY_ID={AKID:kv}{NL}AWS_SECRET_ACCESS_KEY={AKS:kv}

aws_secret_access_key = {AKS:kv}

clé d'accès {AKID} clé secrète {AKS}

DB_PASSWORD={PWD:kv}

mon .env{NL}MAIL_USER=compta{NL}MAIL_PASSWORD={PWD:kv}

mon adresse ip {IP}

ip de la box {IP} mac {MAC}

l'adresse mac du décodeur {MAC}

la MAC {MAC} est bloquée

ip {IP} la redirection de port marche plus depuis la {@version}

bonjour

merci !

la commande {@order} est pas arrivée, le suivi {@track} dit livré

j'ai commandé {@qty} {@model} et j'en ai reçu un seul

ok merci, ticket {@ticket}

vol {@flight} du {@date} annulé, je veux le remboursement de {@price}

chambre {@room}, j'arrive vers {@time}

ça fait {@days} jours !!!

l'appli en {@version} plante avec {@error}

j'ai un forfait {@data} et il est épuisé

vous avez augmenté de {@percent} sans prévenir

je veux parler à un conseiller

la facture {@invoice} du {@date} est fausse

contrat {@contract} résiliation svp

police {@policy} renouvellement

allô ? y a quelqu'un ?

ok
carte {CARD:mm1}
{CARD:mm2}

oups envoyé trop vite
{CARD:mm1}
{CARD:mm2}

la fin du numéro
{PHONE:mm1}
{PHONE:mm2}
c'est mon portable

@fr-FR
le numéro de sécu
{NIR:mm1}
{NIR:mm2}
{NIR:mm3}

carte {CARD:ls}, crypto {CVV:ls}

expire {EXP}

date d'expiration {EXP} code {CVV}

nouvelle carte
{CARD:sd}
exp {EXP:cx}

@fr-BE
bonjour, mon GSM c'est le {PHONE} et le code postal {@zip}

@fr-BE
septante euros? non c'était {@price}. carte {CARD}

@fr-CA
mon cell c'est {PHONE:sd}, code postal {@zip}

@fr-CA
transit et institution {ROUT}, compte {ACCT}

@fr-CH
natel {PHONE}, npa {@zip}

@fr-CH
IBAN {IBAN:sd} pour le remboursement svp

le code pin {PIN:sd}

pin {PIN:ls}

code {PIN:nz}

je vous ai déjà donné la carte {CARD:sp} pourquoi encore

carte {CARD:sd} acheté {@qty} articles pour {@price}

l'IBAN :{NL}{IBAN:ib}

IBAN -> {IBAN:nz}

viré {@price} sur {IBAN} le {@date}, réf {@invoice}

bic {SWIFT:sd}

changez mon tel pour {PHONE:sd}

nouveau num {PHONE:nz} ancien {PHONE}

le mot de passe provisoire {PWD} marche pas

mon mdp {PWD} a un caractère spécial c'est ça?

passeport {PASS:nz}

permis {DL:ls}

mac {MAC:sd}

ip {IP:nz}

{EMAIL:em} c'est mon mail

numéro de compte {ACCT:sp}

oui
{ACCT}

oui {CVV}

{EXP}

{PHONE}

{EMAIL}

@fr-FR
{NIR}

carte {CARD:mm1}
{CARD:mm2}
voilà c'est tout

numéro de portable {PHONE:mm1}
{PHONE:mm2}
{PHONE:mm3}

IBAN {IBAN:mm1}
{IBAN:mm2}
{IBAN:mm3}

la clé aws a fuité dans le ticket {@ticket} : {AKID}

la secret {AKS} faut la changer

{CARD} exp {EXP:cx} code {CVV}

sorry i don't speak french well, card {CARD} exp {EXP}

@fr-CA
mon numéro de compte {ACCT:nz}

@fr-CA
routing {ROUT:sd}

@fr-FR
ma banque me demande le RIB, iban {IBAN:ib} et bic {SWIFT}

@fr-FR
code postal {@zip} et portable {PHONE}
"""

TEMPLATES += r"""
rebonjour
le prélèvement a été rejeté
compte {ACCT:ctx}

@fr-FR
bjr je vous contacte pour la mutuelle
n° sécu {NIR:sd}
merci d'avance

@fr-FR
alors pour la carte vitale c'est pas le même que l'an dernier ?
voilà le numéro {NIR}

@fr-BE
bonjour, la domiciliation a échoué
mon compte {ACCT:ctx}
bàt

@fr-CA
allo, ma carte marche pas au dépanneur
carte {CARD:sd}
c'est plate en maudit

@fr-CH
bonjour, j'ai pas reçu la facture {@invoice}
mon natel {PHONE:sd}

attendez je cherche ma carte
voilà
{CARD:sd}

toujours rien...
le colis {@track} bloqué depuis {@days} jours

code confidentiel ? {PIN:ctx}

ok
donc le mdp c'est {PWD}
merci

la banque veut mon IBAN
je l'ai mis : {IBAN:ib}

désolé pour le franglais, my account number is {ACCT}
"""

TEMPLATES += r"""
@fr-FR
cp {@zip}, sécu {NIR}, rdv le {@date} à {@time}

j'ai essayé {@count} fois, carte {CARD:sd} commande {@order}

commande {@order} {CARD:sd} {@price}

ça fait {@count} mails, mon tel {PHONE} dossier {@ticket}

facture {@invoice} {IBAN:ib} {@price}
"""
