"""French chat templates for corpus 22 (one template per line, messages split by ' || ')."""
# ruff: noqa: E501 - one chat template per line; wrapping would split messages

TEMPLATES = r"""
bonjour, ma commande {order} n'est toujours pas arrivée || je l'attends depuis le {date}
[fr-FR] bjr, voici ma CB pour le paiement : {CARD} exp {EXP} crypto {CVV}
[fr-FR fr-BE] numéro de carte {CARD:sp}, date d'expiration {EXP}, cryptogramme {CVV}
ma carte c'est {CARD:mm1} || {CARD:mm2} || dsl ça a coupé
[fr-CA] ma carte de crédit c'est {CARD:noise} pis elle expire {EXP:cexp}
[fr-CH] le numéro de ma carte : {CARD} valable jusqu'à {EXP}
n° CB {CARD:leet} exp {EXP:cexp}
je vous l'écris en lettres pour éviter le correcteur : {CARD:words}
carte : {CARD} || expi : {EXP} || code : {CVV}
le code au dos c'est {CVV}
[fr-FR] vous m'avez débité {price} deux fois !! carte {CARD}
[fr-FR] je veux payer en {inst} fois avec la carte {CARD:sp}, exp {EXP:cexp}, cvv {CVV}
ma carte {CARD:mm1} || {CARD:mm2} || {CARD:mm3} || expire fin {EXP}
le cryptogramme c'est {CVV:words}
[fr-CA] my card is {CARD}, exp {EXP}, le code de sécurité {CVV}
mon code PIN c'est {PIN} et le distributeur du magasin {store} le refuse
[fr-FR] j'ai changé mon code confidentiel en {PIN:leet} et ça marche plus
code secret {PIN:words}
[fr-BE] mon code pin {PIN:sp}, c'est celui du bancontact
vous voulez mon code ?? || bon ok c'est {PIN}
pin {PIN:mm1} || {PIN:mm2}
[fr-FR] mon numéro de sécu c'est {NIR}
[fr-FR] n° de sécurité sociale {NIR:sp}
[fr-FR] numéro de sécu : {NIR:mm1} || {NIR:mm2}
[fr-FR] mon NIR {NIR:noise}
[fr-FR] numéro de SS {NIR:leet}
[fr-FR] sécu {NIR:words}
[fr-FR fr-BE] ma carte vitale : {NIR}
j'habite en Espagne, mon DNI est {DNI}
DNI {DNI:sp}
DNI {DNI:mm1} || {DNI:mm2}
j'ai un NIE espagnol : {NIE}
NIE {NIE:noise}
NIE {NIE:mm1} || {NIE:mm2}
ma CURP mexicaine {CURP}
CURP {CURP:sp}
le RFC de la boîte au Mexique : {RFC}
RFC {RFC:mm1} || {RFC:mm2}
virement sur ma CLABE {CLABE}
CLABE {CLABE:noise}
clabe {CLABE:mm1} || {CLABE:mm2}
mon CPF brésilien : {CPF}
CPF {CPF:sp}
cpf {CPF:mm1} || {CPF:mm2}
le CNPJ de la société : {CNPJ}
CNPJ {CNPJ:noise}
je travaille en Allemagne, mon Steuer-ID est {STEUER}
identifiant fiscal allemand {STEUER:sp}
Steuer-ID {STEUER:mm1} || {STEUER:mm2}
mon NIF portugais {NIF}
NIF {NIF:sp}
nif {NIF:mm1} || {NIF:mm2}
[fr-CA] mon SSN américain {SSN}
SSN {SSN:sp}
numéro ITIN {ITIN}
ITIN {ITIN:sp}
national insurance (UK) {NINO}
NINO {NINO:sp}
numéro de passeport {PASSPORT}
passeport n° {PASSPORT}, vol {flight} le {date}
passeport {PASSPORT:sp} || réservation {booking}
passeport {PASSPORT:mm1} || {PASSPORT:mm2}
passeport {PASSPORT:leet}
[fr-FR fr-BE] numéro de permis de conduire {DL}
[fr-CA] mon permis de conduire {DL}
[fr-CH] permis {DL}
permis {DL:sp}
permis {DL:mm1} || {DL:mm2}
mon mot de passe c'est {PASSWORD}
mdp : {PASSWORD}
j'ai mis {PASSWORD} comme mot de passe et il dit incorrect
identifiant {USER} || mdp {PASSWORD}
mon identifiant c'est {USER}
login : {USER} mdp : {PASSWORD}
[fr-CA] mon nom d'utilisateur {USER} pis le mot de passe {PASSWORD}
mdp {PASSWORD:mm1} || {PASSWORD:mm2}
dans le .env on a {PASSWORD:kv}
on se connecte avec {PASSWORD:url} et erreur {err}
l'url de connexion : {PASSWORD:url}
mon mail c'est {EMAIL}
[fr-CA] mon courriel : {EMAIL}
adresse mail : {EMAIL:esp}
c'est {EMAIL:esp}
envoyez-le à {EMAIL:esp} svp
le lien reçu {EMAIL:pct} est expiré
mail {EMAIL:mm1} || {EMAIL:mm2}
[fr-FR] mon adresse mail {EMAIL}, commande {order}
mon portable {PHONE}
[fr-BE] mon GSM c'est {PHONE}
[fr-CH] mon natel {PHONE}
[fr-CA] mon cell {PHONE:sp}
[fr-FR] mon tel {PHONE:noise}
appelez-moi au {PHONE:sp} après {time}
numéro {PHONE:words}
tel {PHONE:leet}
mon numéro {PHONE:mm1} || {PHONE:mm2}
tél {PHONE:mm1} || {PHONE:mm2} || {PHONE:mm3}
le lien {PHONE:pct} ne marche pas
mon numéro {PHONE} ou celui de ma fille {PHONE#2}
ma mère est à Bruxelles, son numéro {PHONE@BE}
[fr-FR] je suis en Suisse en ce moment : {PHONE@CH}
[fr-CA] joignez-moi en France au {PHONE@FR}
[fr-CH] mon numéro allemand {PHONE@DE}
[fr-FR fr-BE] IBAN {IBAN}
[fr-FR] mon iban : {IBAN:ibanb}
iban :\n{IBAN:ibanb}
iban {IBAN:mm1} || {IBAN:mm2}
[fr-FR fr-BE fr-CH] pour le remboursement : {IBAN:ibanb}
IBAN {IBAN:leet}
IBAN {IBAN:noise}
[fr-FR] mon RIB : IBAN {IBAN:ibanb} BIC {SWIFT}
code BIC {SWIFT}
BIC {SWIFT:sp}
swift {SWIFT:mm1} || {SWIFT:mm2}
[fr-FR] numéro de compte {ACCT}
numéro de compte {ACCT:sp}
compte {ACCT:mm1} || {ACCT:mm2}
compte n° {ACCT:leet}
compte {ACCT:words}
[fr-FR] code banque et guichet {ROUTING}
[fr-CA] numéro de transit {ROUTING}, compte {ACCT}
[fr-CH] numéro de clearing {ROUTING}
routing {ROUTING:noise}
routing {ROUTING:mm1} || {ROUTING:mm2}
code guichet {ROUTING:leet}
transit {ROUTING:words}
[fr-CA] routing {ROUTING:sp}
l'access key c'est {AWSKEY} et la secret {AWSSECRET}
AWS_ACCESS_KEY_ID {AWSKEY}
je vous colle le fichier :\n{AWSKEY:kv}\n{AWSSECRET:kv}
{AWSSECRET:kv}
la clé secrète {AWSSECRET}
clé {AWSKEY:mm1} || {AWSKEY:mm2}
access key {AWSKEY:sp}
l'IP de ma box {IP}
IP {IP} et adresse MAC {MAC}
adresse MAC {MAC}
mac {MAC:sp}
ip {IP:noise}
mac {MAC:mm1} || {MAC:mm2}
[fr-BE] merci, bonne journée une fois
[fr-CA] parfait merci là
[fr-FR] le colis {track} est bloqué depuis le {date}
[fr-FR] commande {order} marquée livrée mais rien reçu, joignable au {PHONE}
j'ai commandé {qty} articles et j'en ai reçu {n}, compte au nom de {EMAIL}
le {model} affiche l'erreur {err}
l'appli plante avec la version {ver}, identifiant {USER}
je veux passer au forfait {size}, c'est combien ? || ils disent {price}
[fr-FR] la facture {inv} indique {price} au lieu de {price#2}
j'ai une réservation {booking} le {date}, chambre {room}, je peux changer ?
le vol {flight} est annulé, réservation {booking}
il y a {pct} de remise si j'en prends {qty} ? je paierais avec la carte {CARD} exp {EXP}
mon contrat {policy} expire le {date}, envoyez les docs à {EMAIL:esp}
je veux résilier le contrat {contract}, remboursement sur {IBAN:ibanb}
le magasin {store} ouvre à {time} ? le retrait est au nom du {PHONE}
le ticket {ticket} est ouvert depuis {n} jours, rappelez-moi au {PHONE:sp}
[fr-FR] code postal {zip} et portable {PHONE}
[fr-BE] code postal {zip}, gsm {PHONE}
[fr-CH] NPA {zip}, natel {PHONE:sp}
[fr-CA] code postal {zip} cell {PHONE}
attendez mauvaise carte || celle-ci {CARD} exp {EXP:cexp}
visa {CARD:noise} || expire {EXP}
c'est quoi le cryptogramme ? || ah ok {CVV}
crypto {CVV} || exp {EXP:cexp}
[fr-FR] slt || j'arrive pas à me connecter || identifiant {USER}
[fr-BE] bonjour, j'ai été débité de {price} en trop || mon mail {EMAIL}
[fr-CA] allo || mon colis {track} est pas arrivé
[fr-CH] bonjour || je dois changer mon numéro pour {PHONE}
je vous l'envoie || {EMAIL}
pardon || je me suis trompé de numéro, c'est {PHONE}
mes infos : {NIR} / {PHONE} / {EMAIL}
[fr-CA] hi, je need de l'aide avec mon compte || username {USER}
mon conjoint est brésilien, son CPF {CPF:leet} pour la commande {order}
le CPF sur le document : {CPF:noise}
je vous le dicte : cpf {CPF:words}
le fournisseur au Brésil, CNPJ {CNPJ:mm1} || {CNPJ:mm2} || facture {inv}
cnpj {CNPJ:sp} sur le devis de {price}
le CNPJ ressemble à {CNPJ:leet} sur la photo
j'ai vécu à Madrid, DNI {DNI:noise}
mon DNI {DNI:leet}, je l'ai recopié vite fait
NIE {NIE:sp} (titre de séjour espagnol)
NIE {NIE:leet}
ma femme est mexicaine, CURP {CURP:mm1} || {CURP:mm2}
curp {CURP:noise}
le RFC pour la facture {inv} : {RFC:sp}
RFC {RFC:noise}, code postal {zip}
virement de {price} sur la CLABE {CLABE:sp}
clabe {CLABE:leet}
je vous épelle la clabe : {CLABE:words}
je bosse en Allemagne, steuer id {STEUER:noise}
Steuer-ID {STEUER:leet} pour l'année {year}
NIF portugais {NIF:noise}
nif {NIF:leet}, facture {inv}
nif {NIF:words}
[fr-CA] j'ai vécu aux States, SSN {SSN:mm1} || {SSN:mm2}
[fr-CA] SSN {SSN:noise}
[fr-CA] mon ssn c'est {SSN:words}
ITIN {ITIN:mm1} || {ITIN:mm2} || c'est pour les impôts de {year}
itin {ITIN:noise}
j'ai bossé à Londres, NINO {NINO:mm1} || {NINO:mm2}
NINO {NINO:noise}
je vous lis la carte : {CARD:words}
code {PIN:noise}, ne le notez nulle part svp
le code au dos ? || {CVV}
[fr-FR] d'accord || {NIR}
{EMAIL}
{PHONE}
[fr-BE] bonjour, mon colis {track} est reparti au dépôt le {date} || je suis joignable au {PHONE} || code postal {zip}
[fr-CA] allo, j'ai payé {price} pour le {model} au magasin {store} || mon courriel {EMAIL:esp}
[fr-CH] bonjour, je voudrais changer ma réservation {booking} du {date} || natel {PHONE} || passeport {PASSPORT}
[fr-FR] bonsoir, ma facture {inv} de {price} a été prélevée deux fois || IBAN du compte débité {IBAN:ibanb}
[fr-FR] bonsoir, ma fille s'est inscrite à la fac et les frais de {price} ont été payés avec ma carte {CARD:sp} || sauf que c'est passé deux fois le {date} || je suis joignable au {PHONE}
[fr-FR] je change de banque, merci de mettre à jour le prélèvement de la box || nouveau RIB : {IBAN:ibanb} || BIC {SWIFT}
[fr-BE] pour la caution de l'appartement, le propriétaire veut un virement sur {IBAN:ibanb} || c'est bien votre agence ? ref {contract}
[fr-FR] salle de sport : je résilie l'abonnement {contract} || arrêtez le prélèvement sur mon compte {IBAN} svp
[fr-CA] mon vol {flight} a été annulé pis on m'a dit de vous envoyer mon passeport {PASSPORT} || remboursement sur le transit {ROUTING} compte {ACCT}
[fr-FR] le technicien Orange est passé, la box a l'adresse MAC {MAC} || elle prend l'IP {IP} mais pas internet, erreur {err}
[fr-BE] je viens de déménager à Liège, nouveau GSM {PHONE} || l'ancien numéro français {PHONE@FR} vous pouvez le supprimer
notre stagiaire a collé les clés dans le ticket {ticket} 🤦 || {AWSKEY:kv} || {AWSSECRET:kv}
[fr-FR] je loue un utilitaire ce weekend, résa {booking} || numéro de permis {DL} || je paye avec la carte {CARD} exp {EXP:cexp}
[fr-CH] je suis frontalier, salaire versé sur mon compte suisse {IBAN@CH} || natel {PHONE} || et mon numéro de sécu français {NIR}
[fr-FR] mon fournisseur mexicain insiste pour être payé sur sa CLABE {CLABE:sp} || RFC {RFC} pour la facture {inv}
[fr-FR] ma grand-mère vit à Porto, pour sa commande {order} il faut son NIF {NIF} || son téléphone {PHONE@PT}
[fr-FR] j'ai cliqué sur {EMAIL:pct} dans un mail soi-disant de la banque || j'ai tapé mon mdp {PASSWORD} avant de me rendre compte 😩
[fr-CH] bonjour, le {model} acheté chez vous au magasin {store} ne charge plus, ticket {inv} de {price} || rappelez-moi au {PHONE:sp}
[fr-FR] vous pouvez envoyer la facture à ma nouvelle adresse {EMAIL} ? || l'ancienne {EMAIL#2} est fermée depuis {year}
le conseiller m'a dit de coller l'IBAN ici en plusieurs fois || {IBAN:mm1} || {IBAN:mm2} || {IBAN:mm3}
[fr-FR] j'ai demandé un nouveau code, reçu {PIN} par courrier, le DAB le refuse || carte {CARD}, je suis en déplacement hôtel chambre {room}
[fr-CA] j'ai travaillé à Boston, mon ITIN {ITIN} || pis là ils me demandent un SSN, j'en ai pas || mon courriel {EMAIL}
[fr-FR] vous m'aviez demandé mon numéro de sécu pour le dossier {ticket} || {NIR:mm1} || {NIR:mm2}
[fr-CA] login {USER} pis le password c'est {PASSWORD:mm1} || {PASSWORD:mm2} || oups
[fr-BE] ma carte Bancontact {CARD:noise} a été avalée par le distributeur à {time} || code postal {zip}
[fr-FR] pour le dossier de location ils veulent mon numéro de passeport {PASSPORT:sp} et mon numéro de sécu {NIR:sp}
sorry je switch en anglais || my card is {CARD:sp}, expiry {EXP}
📱{PHONE} ✉️{EMAIL}
(mon NIR : {NIR}) au cas où
pardon je me suis trompé !! c'est {CARD} pas {CARD#2}
Mail : {EMAIL}\nTél : {PHONE}\nCommande : {order}
[fr-FR] N° sécu : {NIR}\nCode postal : {zip}\nIBAN : {IBAN}
MON MOT DE PASSE C'EST {PASSWORD} ET ÇA MARCHE TOUJOURS PAS !!!
[fr-CA] ok so my cell c'est {PHONE} pis mon code postal {zip}
[fr-BE] allez, compte {IBAN:ibanb}, communication {inv} 👍
carte « {CARD} » exp « {EXP} »
[fr-CH] c'est le {PHONE} !! l'autre {PHONE#2} je l'utilise plus
iban={IBAN} (copié depuis l'appli de la banque)
[fr-FR] mon colis Colissimo {track} est en point relais depuis le {date} mais je l'ai jamais eu || mon portable {PHONE:sp}
[fr-FR] pour le remboursement Ameli ils m'ont dit de vous donner mon numéro de sécu {NIR} || et mon RIB {IBAN:ibanb}
[fr-FR] j'ai reçu un mail bizarre qui me demande mon mdp Freebox, j'ai mis {PASSWORD} 😬 || mon identifiant c'est {USER}
[fr-FR] la mutuelle a besoin de ma carte vitale {NIR:sp} pour le contrat {policy}
[fr-BE] j'ai payé par Bancontact {price} mais la commande {order} est annulée || le remboursement sur {IBAN:ibanb} svp
[fr-CH] la Poste dit que le colis {track} est au guichet, mais ils veulent mon natel {PHONE} pour le code
[fr-CA] Postes Canada a perdu mon colis {track} || mon cell {PHONE} pis mon courriel {EMAIL}
[fr-FR] on m'a appelé en se faisant passer pour la banque et j'ai donné mon code {PIN} 😭 || carte {CARD:sp}, bloquez-la svp
[fr-FR] je vends sur Vinted et le paiement de {price} n'arrive pas sur mon IBAN {IBAN} || pseudo {USER}
[fr-FR] le compteur Linky n° {meter} affiche une conso bizarre || titulaire joignable au {PHONE:noise}
[fr-BE] pour la domiciliation, IBAN {IBAN:mm1} || {IBAN:mm2} || BIC {SWIFT}
[fr-CA] pour le dépôt direct : transit {ROUTING}, compte {ACCT} || pis mon NAS vous l'avez pas besoin right?
[fr-FR] ma box affiche l'IP {IP} et le wifi marche pas, erreur {err} || MAC de la box {MAC}
[fr-CH] je paie avec TWINT depuis le {PHONE} mais ça bloque à {price}
"""
