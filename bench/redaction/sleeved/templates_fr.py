"""French customer chat templates (hand-written for France, Belgium, Quebec and Romandy).

Same slot syntax as templates_en.py. No digits in the text itself.
"""

TEMPLATES = """
bonjour
j'ai été débité deux fois pour la commande [order]
la carte c'est {CARD} exp {EXP}

ma carte {CARD:sd} est refusée alors qu'elle expire en {EXP} ??

bjr
je voudrais changer ma carte bancaire
{CARD:sd}
cryptogramme {CVV}

n° de carte {CARD:noise} merci

alors le numéro c'est {CARD:mm}
{+}
dsl batterie à plat, date d'expiration {EXP}

{CARD:mm}
{+}
{+}
voilà la carte, le code au dos {CVV}

la carte qui finit par {CARD4:ctx} c'est pas la mienne, j'ai jamais commandé [qty] paires de chaussures à [price]

remboursez sur la carte se terminant par {CARD4:ctx} svp

carte : {CARD:sub}

c'est le {CARD:spell}

exp {EXP:cexp} crypto {CVV}

date d'exp {EXP:cexp}

date d'expiration {EXP} et les trois chiffres derrière {CVV}

le cryptograme c'est {CVV:spell}

CVV {CVV:ctx}

{CVV}

mon code pin est {PIN} mais l'appli dit code erroné

code secret {PIN:spell} mdr le dites à personne

nouveau code {PIN:ctx}, l'ancien c'était {PIN:ctx}

@fr-CA
compte {ACCT:ctx} transit {ROUTING}

@fr-CA
numéro de compte {ACCT:ctx}¶numéro de transit {ROUTING:ctx}¶montant [price]

@fr-FR fr-BE
mon numéro de compte {ACCT:ctx}

compte {ACCT:mm}
{+}

bonjour, je dois changer mes coordonnées bancaires pour le prélèvement
compte {ACCT:sd}

mon compte c'est {ACCT:noise}

n° de compte {ACCT:sub} (livret)

IBAN {IBAN} BIC {SWIFT}

remboursez-moi sur mon IBAN {IBAN:ib} svp

l'iban c'est¶{IBAN:ib}

voici l'iban {IBAN:mm}
{+}
bic {SWIFT}

code BIC : {SWIFT} pour le virement de [price]

iban : {IBAN}

banque : {SWIFT:ctx}

mon RIB : {IBAN:ib}

@fr-FR
mon numero de secu cest {NIR}

@fr-FR
n° sécurité sociale {NIR:sd}

@fr-FR
numéro de sécurité sociale {NIR:mm}
{+}
{+}

@fr-FR
NIR {NIR:ctx}

@fr-FR
ma carte vitale : {NIR:sub}

@fr-FR
le numéro de sécu de mon fils est {NIR:spell}

envoyez-moi la facture à {EMAIL} svp

mon mail cest {EMAIL:esp}

{EMAIL}

le lien de réinitialisation https://compte.example.com/reset?email={EMAIL:pct}&t=expire dit expiré

j'ai reçu ça https://mail.example.net/desinscription?e={EMAIL:pct} alors que je suis jamais inscrit

adresse mail {EMAIL:esp} tout en minuscules

@fr-CA
mon courriel c'est {EMAIL} pis celui du travail {EMAIL:esp}

appeler moi au {PHONE} aprés [time]

mon numéro {PHONE:sd}

@fr-FR
mon portable {PHONE:noise}

tél {PHONE:sub}

c'est le {PHONE:spell}

@fr-CA
mon cell c'est {PHONE:mm}
{+}
{+}

mon numéro c'est {PHONE:mm}
{+}

le lien reçu https://aide.example.com/rappel?tel={PHONE:pct}&h=[time] c'est bien vous ?

@fr-BE
mon GSM {PHONE} envoyez un sms

@fr-CH
mon natel {PHONE}

@fr-FR
mon tél fixe {PHONE} ou le portable {PHONE:sd}

passeport {PASSPORT}

n° de passport {PASSPORT:ctx} expire le [date]

mon passeport c'est {PASSPORT} et la réservation [booking]

@fr-FR fr-BE
numéro de permis {DRIVER}

@fr-CA
permis de conduire {DRIVER}

permis {DRIVER:ctx} délivré en [year]

le mot de pass c {PASSWORD}

mdp : {PASSWORD} (oui je sais je le change)

mon identifiant c'est {USER} et le mdp {PASSWORD}

identifiant {USER}

login : {USER}¶mot de passe : {PASSWORD}

l'url qu'on m'a donnée https://sauvegarde:{PASSWORD:url}@fichiers.example.net/partage c'est sûr de la coller ici ?

ftp://admin:{PASSWORD:url}@ftp.example.org/depot ne marche plus depuis le [date]

DB_PASSWORD={PASSWORD:kv}

voici mon .env, le déploiement plante avec [error]¶AWS_ACCESS_KEY_ID={AKID:kv}¶AWS_SECRET_ACCESS_KEY={ASK:kv}

clé aws {AKID} secret {ASK}

access key : {AKID}

la clé secrète c'est {ASK}

export AWS_SECRET_ACCESS_KEY={ASK:kv}

mon ip c'est {IP}

l'ip de la box {IP} et l'adresse mac du décodeur {MAC}

l'appareil avec la MAC {MAC} se déconnecte du wifi, firmware [version]

ip fixe {IP:ctx} ne marche plus depuis la mise à jour [version]

bonjour
il y a quelqu'un ?
ma carte {CARD:sd} est bloquée

merci beaucoup !! bonne journée

il est où mon colis ? suivi [tracking]

la commande [order] devait arriver le [date] et toujours rien

j'ai payé [price] pour [qty] articles et j'en ai reçu [count]

le [model] acheté ne marche plus au bout de [count] jours

l'appli version [version] plante à la connexion, erreur [error]

ticket [ticket] toujours ouvert depuis le [date]

mon vol [flight] du [date] est annulé, réf. dossier [booking]

le magasin n° [store] était fermé à [time]

chambre [room], départ le [date], on m'a quand même débité [price]

mon contrat d'assurance [policy] est renouvelé le [date], pourquoi [pct] de plus

le contrat [contract] se termine en [year], je peux résilier avant ?

j'ai utilisé [size] de data et on me facture [size]

livraison au [zip] svp

@fr-FR
code postal [zip]

@fr-BE fr-CH
NPA [zip]

ok merci
bonne soirée

parfait
vous avez besoin d'autre chose ?

bonjour, ma carte {CARD} a été débitée de [price] le [date] pour la commande [order] que j'ai annulée

carte {CARD:sd}, exp {EXP:cexp}, cp [zip]

crypto {CVV:ctx} / exp {EXP}

les chiffres de la carte {CARD:noise}
et elle expire {EXP}

pardon faute de frappe, c'est {CARD:sub}

carte {CARD:mm}
{+}
exp {EXP:cexp}
cvc {CVV}

mon tél c'est {PHONE} et le mail {EMAIL}

vous pouvez me joindre au {PHONE:sd} ou sur {EMAIL:esp}

contact : {PHONE} / {EMAIL}

envoyez le code au {PHONE:noise}

@fr-FR
le numéro c'est {PHONE:spell}

mon whatsapp {PHONE}

oui c'est le {PHONE:mm}
{+}

@fr-BE
appelez-moi au {PHONE} avant [time]

@fr-CH
numéro de compte {ACCT:spell}, agence [store]

merci, le numéro de dossier est [ticket]

j'ai essayé [count] fois
toujours l'erreur [error]

merci de relancer le ticket [ticket]
ça fait [count] semaines

identifiant : {USER}
mot de passe : {PASSWORD}
vous pouvez voir pourquoi ça bloque ?

je l'ai changé en {PASSWORD} et ça dit toujours invalide

nouveau mdp {PASSWORD:ctx}

mac : {MAC}¶ip : {IP}¶version [version]

@fr-CA
allo
mon compte c'est {ACCT:ctx}
pis le transit {ROUTING}

@fr-CA
transit {ROUTING:mm}
{+}

compte {ACCT:mm}
{+}
{+}
c'est le compte courant pas l'épargne

iban {IBAN:ib} c'est bien moi le titulaire

le virement doit aller sur {IBAN:ib} réf [invoice]

mon passeport c'est {PASSPORT:ctx}, il expire le [date]

code de la carte {PIN:sub}

je veux une nouvelle carte, l'ancienne (finissant par {CARD4:ctx}) a été volée au distributeur

ok c'est {CARD}

[qty] x [model] à [price] pièce, je paie avec la carte {CARD:sd}

c'est {CVV:ctx}

{PIN:ctx}

{PHONE}

{EMAIL:esp}

{ACCT:ctx}

{IBAN:ib}

@fr-FR
{NIR}

pardon c'était pas la bonne. c'est {CARD:sd}

le mail c'est {EMAIL} et la commande [order]

je me suis inscrit avec {EMAIL} en [year] et je peux plus me connecter

mon ancienne adresse {EMAIL} n'existe plus, utilisez {EMAIL:esp}

le lien https://boutique.example.com/suivi?commande=[order]&email={EMAIL:pct} dit commande introuvable

mon ip {IP} est bloquée après [count] tentatives

serveur {IP:ctx}

je me connecte en ssh root@{IP} avec le mdp {PASSWORD}

mysql://app:{PASSWORD:url}@bdd.example.internal/prod c'est la chaîne de connexion

SMTP_PASSWORD={PASSWORD:kv}¶SMTP_HOST=smtp.example.com

notre clé a fuité ?? {AKID} / {ASK}

la commande c'était [order] payée avec la {CARD4:ctx}

ok merci pour l'aide, je mets [count] étoiles

où en est la facture [invoice] ?
ça dit [price] impayé

résiliez l'abonnement svp, je suis prélevé de [price] tous les mois depuis le [date]

@fr-FR
je suis frontalier, mon Steuer-ID allemand c'est {STEUER}

@fr-FR fr-CH
j'ai vécu en Espagne, mon NIE {NIE}

@fr-FR
mon mari est portugais, son NIF {NIF}

@fr-BE
mon DNI espagnol : {DNI}

@fr-CA
j'envoie de l'argent au Mexique, la CLABE c'est {CLABE}

@fr-FR
pour la facture au Mexique, RFC {RFC} et CURP {CURP}

@fr-FR
CPF de mon associé brésilien {CPF}

@fr-FR
la boîte a le CNPJ {CNPJ}

@fr-CA
NAS? non je donne pas ça, mais mon permis c'est {DRIVER:sd}

@fr-BE
mon numéro de compte c'est le {IBAN:ib}, l'ancien est clôturé

mail {EMAIL:esp} merci

code pin {PIN}

@fr-FR
je suis à l'étranger, portable {PHONE:sub}

@fr-FR
alors
mon numéro de sécu
{NIR:sd}

@fr-CH
compte {IBAN:mm}
{+}
{+}

le code à [count] chiffres c'est {PIN:ctx}

carte {CARD:sd}¶exp {EXP}¶crypto {CVV}

@fr-FR
j'habite à Londres maintenant, national insurance {NINO}

@fr-CA
je travaille aux États-Unis, mon SSN c'est {SSN}

@fr-CA
itin {ITIN}

@fr-FR
le fournisseur brésilien, CNPJ {CNPJ:sd}

@fr-FR
Steuer-ID {STEUER:ctx} sur ma fiche de paie allemande

@fr-BE
DNI {DNI:ctx} (je suis espagnole)

@fr-FR
NIE {NIE:sd} pour le dossier en Espagne

@fr-CA
la CLABE de ma sœur {CLABE:mm}
{+}

@fr-FR
CURP {CURP:ctx}

@fr-FR
RFC {RFC:ctx} pour la facture mexicaine

@fr-CA
social security {SSN:sd}

@fr-FR
NI number {NINO:ctx} de quand j'étais au Royaume-Uni

@fr-CA
ITIN {ITIN:ctx}

@fr-FR
CPF {CPF:sd} (brésilien)

@fr-FR
NIF portugais {NIF:ctx}

la carte c'est {CARD:mm}
{+}
attendez
{+}

bonjour, j'essaie de payer la commande [order] et ça bloque
déjà [count] essais
la carte c'est {CARD:mm}
{+}

@fr-FR
bonjour, mon prélèvement du [date] a été rejeté
l'iban {IBAN:mm}
{+}
{+}

@fr-CA
oui le numéro de mon chum c'est {PHONE:mm}
{+}
pis le mien {PHONE}
l'un ou l'autre

vous pouvez me confirmer le mail que vous avez ? normalement {EMAIL}
et le portable finit par {PHONE:mm}
{+}

@fr-BE
bonjour
on m'a débité [price] deux fois
carte finissant par {CARD4:ctx}
commande [order]

bon la carte
{CARD:mm}
{+}
{+}

@fr-FR
mon numéro de compte {ACCT:mm}
{+}
toujours pas reçu le remboursement de [price] depuis le [date]

@fr-FR
sécu {NIR:mm}
{+}
date de naissance [date]
autre chose ?

@fr-CH
bonjour
mon natel {PHONE:mm}
{+}
rappelez-moi après [time]

@fr-FR
ça fait [min] minutes que j'attends
mon numéro {PHONE:mm}
{+}
{+}

le cryptogramme ?
{CVV:mm}
{+}

@fr-BE
mon compte {IBAN:mm}
{+}
pour le remboursement de [price]

bonjour je suis bloqué
mon identifiant {USER}
j'ai essayé {PASSWORD} et {PASSWORD}
le portable du compte {PHONE}

@fr-FR
bonjour, ma carte {CARD:sd} a été utilisée au magasin [store] et c'est pas moi
[price] le [date]
mon portable {PHONE} si besoin

@fr-BE
allez
{CARD:mm}
{+}
exp {EXP}, cvc {CVV}

@fr-CA
hi, j'essaie de payer avec ma card {CARD:sd}
elle expire {EXP}
le code c'est {CVV:ctx}

changement : nouveau mail {EMAIL}
nouveau tél {PHONE:sd}
l'ancien c'était {PHONE}

@fr-CH
bonjour, mettez à jour mon natel {PHONE}
et le mail {EMAIL:esp}
passeport au cas où {PASSPORT}

vous voulez lequel
la carte ou le compte
le compte c'est {ACCT:ctx}
la carte {CARD4:ctx}

@fr-FR
je rentre d'Allemagne
mon Steuer-ID c'était {STEUER:ctx}
et l'IBAN allemand {IBAN:ib}

le code derrière c'est {CVV:spell}
et elle expire {EXP:cexp}

@fr-FR
sécu {NIR:sd}
passeport {PASSPORT:ctx}
portable {PHONE:spell}

le serveur {IP} voit pas le {IP}
la mac de la carte réseau {MAC}

dans la CI on a AWS_ACCESS_KEY_ID={AKID:kv}
AWS_SECRET_ACCESS_KEY={ASK:kv}
faut la changer

@fr-BE
carte {CARD:noise}
exp {EXP}
ah et le cvv {CVV}

l'iban c'est {IBAN:mm}
{+}
{+}
bic {SWIFT}

@fr-FR
mon compte {ACCT:sub}
sécu {NIR:sub}

appelez le {PHONE:noise}
ou par mail {EMAIL}
merci

le code c'est {PIN:ctx}
non attendez c'est l'ancien
le nouveau {PIN:spell}

@fr-FR
mon numéro {PHONE:mm}
{+}
{+}
et le mail {EMAIL}

@fr-CA
mon compte {ACCT:mm}
{+}
transit {ROUTING}

@fr-FR
livraison au [zip], mon portable {PHONE} si le livreur trouve pas

commande [order] / carte {CARD4:ctx} / [price] / [date]

@fr-BE
re bonjour c'est encore moi
le remboursement de [price] devait aller sur {IBAN:ib}
pas sur mon ancien compte {ACCT:ctx}

@fr-CA
voyons donc, chargé [price] x [count]
carte {CARD:sd}
réglez ça svp

ok c'est bon, nouveau numéro {PHONE:sd} l'ancien {PHONE:sub} est résilié

@fr-FR
rebonjour, sécu {NIR:sd}, contrat [policy]
mon numéro {PHONE:noise}

le mail de réinitialisation arrive pas
mon adresse {EMAIL}
j'ai mis le nouveau mdp {PASSWORD} à [time]

@fr-CH
bonjour, compte {ACCT:noise} agence [store]
natel enregistré {PHONE}

j'ai mis exp {EXP:cexp} et ça dit invalide
carte {CARD:sub}

ma réservation [booking], vol [flight] le [date]
passeport {PASSPORT}
mail {EMAIL:esp}

@fr-FR
dsl le correcteur
c'est le {PHONE:spell}

@fr-BE
le CVV c'est {CVV:ctx} et le grand numéro {CARD:noise}

envoyé de mon [model]
mail {EMAIL} mdp {PASSWORD}

la box {IP} redémarre toute seule, c'est une [model] firmware [version]
mac {MAC}

@fr-FR
mon rib {IBAN:ib} et mon portable {PHONE:spell}

@fr-CA
transit {ROUTING:spell}, compte {ACCT:ctx}, pour le remboursement de [price] facture [invoice]

@fr-FR
sécu {NIR:ctx} et mail {EMAIL:esp}

"""  # noqa: E501 (each line is one verbatim chat message)
