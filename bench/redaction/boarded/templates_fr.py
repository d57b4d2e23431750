"""Modèles de chat support en français, écrits à la main."""
# ruff: noqa: E501  (one template per line, kept whole on purpose)

TEMPLATES = """
bonjour ma carte a été refusée pour la commande [order], numéro {CARD}
@fr-FR carte {CARD:sd} exp {EXP} cryptogramme {CVV}
@fr-BE bonjour, ma carte c'est {CARD:noise} svp
n° de carte {CARD:sub}
ma carte {CARD:mm} || {CARD:mm+}
je vous envoie la carte en deux fois || {CARD:mm} || {CARD:mm+}
{CARD:mm} || {CARD:mm+} || {CARD:mm+}
@fr-FR le numéro c'est {CARD:sp}
on m'a débité [price] deux fois le [date] avec la carte {CARD:sd}
@fr-CA allo, ma carte de crédit {CARD:ctx} est bloquée
date d'expiration {EXP:cx} et le crypto {CVV}
le cvv c'est {CVV:sp}
expire le {EXP} || code de sécurité {CVV:ctx}
exp {EXP:cx} cvc {CVV}
elle expire fin {EXP} je crois
les trois chiffres derrière : {CVV:sub}
@fr-FR mon code pin c'est {PIN} bloquez la carte svp
code confidentiel {PIN:sp}
@fr-CH le code {PIN:ctx} ne marche pas au magasin [store]
pin : {PIN:noise}
code {PIN:mm} || {PIN:mm+}
@fr-FR mon numéro de compte {ACCT:ctx}
@fr-BE compte {ACCT:sd}
n° de compte {ACCT:noise}
@fr-CA compte chèques {ACCT:ctx} || j'ai viré [price] le [date]
compte {ACCT:mm} || {ACCT:mm+}
@fr-CA numéro de transit {ROUT} et compte {ACCT}
@fr-CA transit {ROUT:sd} || compte {ACCT:sub}
@fr-FR mon IBAN : {IBAN}
@fr-FR iban {IBAN:ib}
@fr-BE IBAN ¶ {IBAN:ib}
@fr-FR l'iban c'est {IBAN:mm} || {IBAN:mm+}
@fr-FR remboursez les [price] sur {IBAN:sd} merci
@fr-CH bic {SWIFT} || iban {IBAN}
code swift {SWIFT:ctx} pour le virement
@fr-BE BIC de la banque {SWIFT:sd}
mon mail c'est {EMAIL}
adresse mail : {EMAIL:em}
c'est {EMAIL:em} tout attaché
@fr-CA courriel {EMAIL} || merci!!
le lien https://compte.example.com/reset?mail={EMAIL:pct} renvoie [error]
changez mon e-mail pour {EMAIL} svp, commande [order]
@fr-FR mon portable {PHONE}
@fr-FR mon numéro {PHONE:sd} rappelez après [time]
@fr-BE gsm {PHONE:noise}
@fr-FR mon tel c'est {PHONE:sp}
@fr-CH natel {PHONE:sub}
@fr-FR téléphone {PHONE:mm} || {PHONE:mm+}
@fr-FR mon num {PHONE:mm} || {PHONE:mm+} || {PHONE:mm+}
@fr-CA appelez-moi au {PHONE:sd}
@fr-FR tél {PHONE:ctx}
@fr-BE mon numéro {PHONE} || merci
@fr-FR https://aide.example.com/rappel?tel={PHONE:pct}
@fr-CH whatsapp {PHONE} si je réponds pas
@fr-FR numéro de sécu {NIR}
@fr-FR ma sécu {NIR:sd}
@fr-FR n° de sécurité sociale {NIR:ctx} pour le remboursement
@fr-FR nir {NIR:mm} || {NIR:mm+}
@fr-FR numéro de sécurité sociale {NIR:noise}
@fr-FR carte vitale {NIR:sub}
@fr-FR ma sécu c'est {NIR:sp}
passeport {PASS:ctx}
@fr-FR numéro de passeport {PASS:ctx} pour le vol [flight]
@fr-BE mon passeport {PASS} || réservation [booking]
passeport {PASS:sd}
@fr-FR permis de conduire {DL:ctx}
@fr-CA permis {DL:ctx}
@fr-BE n° de permis {DL} || valable jusqu'au [date]
permis {DL:sd}
mot de passe {PWD}
mon mdp c'est {PWD} je crois
le mdp : {PWD:ctx} lol
https://admin:{PWD:url}@boutique.example.com/admin ne charge pas
sftp://julien:{PWD:url}@ftp.example.net
DB_PASSWORD={PWD:kv}
identifiant {USER} mdp {PWD}
mon pseudo c'est {USER} || mdp {PWD}
identifiant : {USER}
inscrit sous {USER} depuis [year]
le compte {USER:ctx} ne se connecte plus depuis la [version]
AWS_ACCESS_KEY_ID={AKID:kv} ¶ AWS_SECRET_ACCESS_KEY={ASEC:kv}
la clé d'accès {AKID} et la clé secrète {ASEC} donnent [error]
aws_access_key_id={AKID:kv}
clé secrète aws {ASEC:ctx}
mon adresse ip {IP}
le serveur {IP} répond plus depuis la [version]
ip {IP:sd} et adresse mac {MAC}
adresse MAC {MAC}
mac de la box {MAC:sd}
bonjour
allô ?? y a quelqu'un
ok merci || bonne journée
ma commande [order] n'arrive pas depuis le [date] || ???
le suivi [tracking] marche pas
j'ai commandé [qty] [model] et j'en ai reçu un
l'appli plante en [version] avec [error]
il me dit [size] utilisés
j'ai essayé [count] fois
le remboursement de [price] c'est pour quand || on m'a dit le [date]
@fr-FR code postal [zip] || vous livrez ?
@fr-BE code postal [zip] || mon gsm {PHONE}
chambre [room] arrivée vers [time] résa [booking]
vol [flight] annulé le [date] || résa [booking] || mail {EMAIL}
contrat d'assurance [policy] || sinistre de [price]
le contrat [contract] indique [pct] de remise
ticket [ticket] toujours ouvert
ma facture a pris [pct]
d'accord
je veux parler à un conseiller
@fr-FR bonjour voici mes infos : carte {CARD:noise} || expiration {EXP:cx} || cryptogramme {CVV:sp}
@fr-CA on a piraté mon compte, identifiant {USER}, courriel {EMAIL:em}, cell {PHONE:sd}
@fr-FR le prélèvement de [price] est parti sur l'iban {IBAN:ib} qui est pas le mien
@fr-CH mon compte {ACCT:ctx} et mon natel {PHONE}
cvv {CVV} || non attendez, {CVV}
expiration {EXP:sp}
expire en {EXP} pas le [date]
code pin {PIN:sub} c'est ça ?
@fr-BE compte {ACCT:sp}
@fr-FR iban {IBAN:noise}
@fr-FR swift/bic {SWIFT:sd}
{EMAIL:em} || c'est mon mail
@fr-FR mon tel {PHONE:ctx} est faux sur le compte || réclamation [ticket]
git clone https://camille:{PWD:url}@git.example.org/site.git échoue [error]
PASSWORD={PWD:kv}
clé d'accès {AKID:sd}
AWS_SECRET_ACCESS_KEY = {ASEC:kv}
secret {ASEC}
ip fixe {IP:sub}
mac {MAC:noise}
la mac {MAC:ctx}
@fr-FR carte {CARD:sub} pour les [price]
@fr-BE carte {CARD} cvv {CVV:ctx}
@fr-CA carte {CARD:sd} || exp {EXP} || code {CVV:noise}
@fr-FR je veux changer de carte, c'est {CARD:sp}
@fr-CA transit {ROUT:ctx} compte {ACCT:mm} || {ACCT:mm+}
j'ai payé [price] pour [qty] x [model] || et rien
elle est où ma commande ?? [order]
@fr-FR rappelez-moi au {PHONE:noise} à partir de [time]
@fr-FR mon mail depuis le lien {EMAIL:pct}
@fr-FR ma sécu {NIR:ctx} et code postal [zip]
@fr-BE mon numéro {PHONE:sp}
@fr-CH IBAN ¶ {IBAN:ib} ¶ merci
@fr-CA sorry I don't speak french well, my phone is {PHONE} merci
@fr-FR numéro de sécu {NIR:mm} || {NIR:mm+} || {NIR:mm+}
@fr-BE mot de passe du wifi {PWD} et ip {IP}
@fr-CH j'habite à [zip] et ma carte {CARD:mm} || {CARD:mm+}
@fr-FR le code de la carte {CVV:noise}
@fr-FR mdp {PWD:sd}
@fr-FR coucou, petite question sur la livraison [order] || c'est toujours prévu le [date] ?
@fr-BE voilà mon numéro de compte : {ACCT:ctx} || et le bic {SWIFT}
@fr-FR je confirme l'adresse mail {EMAIL} et le portable {PHONE:sd}
@fr-CA mon NAS? non désolé, mon permis {DL:ctx} suffit?
@fr-FR la box affiche [error] et l'ip {IP} || redémarrée [count] fois
@fr-CH merci beaucoup || bonne soirée
@fr-FR je donne la carte en morceaux || {CARD:mm} || {CARD:mm+}
@fr-BE mon gsm {PHONE:mm} || {PHONE:mm+}
@fr-FR l'iban {IBAN:mm} || {IBAN:mm+} || {IBAN:mm+}
@fr-CA mon numéro {PHONE:mm} || pardon la suite {PHONE:mm+}
@fr-FR re bonjour, toujours pas de nouvelles du colis [tracking] || mon tel au cas où {PHONE:sd}
@fr-BE une fois, j'ai payé [price] deux fois, mon iban {IBAN:sd}
@fr-CA c'est plate, l'app bogue en [version] || erreur [error]
@fr-FR je vous mets mon adresse mail {EMAIL:em}, merci de me recontacter
@fr-CH bonsoir, la carte {CARD:sd} refusée au magasin [store] alors qu'il y a de l'argent dessus
@fr-FR pour la mutuelle, n° de sécu {NIR:sd} et contrat [contract]
@fr-FR notez le portable {PHONE:noise} le fixe marche plus
@fr-CA bonjour hi, my credit card est {CARD:noise} ok?
@fr-FR bref || le mdp que j'ai mis c'est {PWD} || ça marche pas
@fr-BE d'accord je vous envoie mon numéro {PHONE:mm} || {PHONE:mm+}
@fr-FR voici mon rib : {IBAN:sd}
@fr-FR l'adresse pour le compte c'est {EMAIL}
@fr-BE mon gsm : {PHONE}
@fr-CA ma carte {CARD} exp {EXP:cx}
@fr-FR c'est noté? carte {CARD:sd}, cryptogramme {CVV}
@fr-FR mon numéro de téléphone a changé : {PHONE:sd}
@fr-CH mon email pro {EMAIL:em}
@fr-FR l'identifiant c'est {USER} et l'ip du modem {IP}
@fr-BE numéro de compte {ACCT:ctx} pour le remboursement
@fr-FR la carte qui finit... bon voilà la totale {CARD}
@fr-CA mon mot de passe temporaire {PWD}
@fr-FR je suis portugais, mon NIF {NIF} pour la facture
@fr-FR numéro fiscal portugais {NIF:ctx} || merci
@fr-CH frontalier, ma steuer-id allemande {IDNR} || ça sert?
@fr-FR ma steuer-id {IDNR:sd} pour le dossier
@fr-FR je vous ai déjà donné mon numéro hier {PHONE}, dossier [ticket] vous pouvez vérifier ?
@fr-FR alors la carte se termine par... enfin la voici {CARD:sd} || exp {EXP} voilà
@fr-BE {EMAIL} || {PHONE:sd} c'est bon ?
@fr-CA ben oui, mon numéro de compte {ACCT:ctx} || transit {ROUT:sd}
@fr-FR le cryptogramme ? {CVV}, désolé je cherchais la carte
@fr-FR on m'a piraté la carte !!! {CARD:noise}. des débits de [price] inconnus faites opposition
@fr-FR tenez : ¶ carte {CARD:sd} ¶ expire {EXP} ¶ crypto {CVV}
@fr-CH mon mail c'est {EMAIL:em} ah non c'est l'ancien || {EMAIL}
@fr-FR j'ai essayé {PWD} puis {PWD} || identifiant {USER} rien à faire
@fr-FR connexion depuis l'ip {IP} c'était pas moi || bloquez le compte {USER} svp
@fr-FR l'iban que je vous ai donné était faux, le bon c'est {IBAN:ib} pardon
@fr-FR pour l'arrêt maladie, sécu {NIR} || et mon portable {PHONE:sd}
@fr-BE et le gsm {PHONE:mm} || {PHONE:mm+} voilà
@fr-FR bonjour !! je voudrais modifier mon rib, nouveau iban {IBAN:sd}
@fr-FR c'est le compte de ma mère, son mail {EMAIL} || et son portable {PHONE:noise} || elle a [count] ans soyez patients
@fr-FR j'ai appelé depuis le {PHONE:sd} et ça a coupé || réf [ticket]
@fr-BE c'est vraiment {CARD:sub} j'ai vérifié [count] fois
@fr-CA allo?? || bon le compte c'est {ACCT:ctx} et l'institution [store]
@fr-CH pardon j'ai fait une faute, le mail c'est {EMAIL} pas l'autre
@fr-FR vous pouvez rembourser les [price] sur paypal ? c'est {EMAIL:em}
@fr-FR mon numéro enregistré {PHONE:sp} || je reçois plus les sms depuis le [date]
@fr-FR nouvelle carte reçue {CARD:sd} || le crypto a changé, c'est {CVV} || exp {EXP:cx}
@fr-BE j'ai reset la box, la mac c'est maintenant {MAC} et l'appli en [version]
@fr-FR m'appelez pas au {PHONE:ctx} c'est le boulot, plutôt au {PHONE:sd}
@fr-FR le dev a collé les identifiants sur slack : AWS_ACCESS_KEY_ID={AKID:kv} || et le secret {ASEC} || on révoque comment
@fr-FR pour la mutuelle de mon fils, sécu {NIR:sd}
"""
