# ruff: noqa: E501  (one template per line: a conversation reads best unwrapped)
"""French conversations (customer side only): FR, BE, CH, CA and expats."""

TEMPLATES = r"""
FR: bonjour, ma carte a été débitée deux fois pour la commande {=order} || numéro de carte {CARD} exp {EXP}
FR: la carte c'est {CARD|sp}
FR: n° de carte {CARD|noise}
FR: voila {CARD|sub}
FR: carte bleue {CARD|multi:1} || {CARD|multi:2}
FR: je vous l'envoie en deux fois {CARD|multi:1} || puis {CARD|multi:2}
FR: carte {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3}
FR: le cryptogramme c'est {CVV}
FR: crypto {CVV|words}
FR: les {=qty:3} chiffres au dos : {CVV}
FR: date d'expiration {EXP}
FR: expire fin {EXP|cexp}
FR: exp{EXP|cexp} crypto {CVV}
FR: elle expire en {EXP|words}
FR: mon code pin {PIN}
FR: code confidentiel {PIN|words}
FR: le code c'est {PIN|sub} je crois
FR: mon numéro de sécu {NIR}
FR: n° de sécurité sociale {NIR|sp}
FR: numero secu {NIR|noise}
FR: sécu {NIR|multi:1} || {NIR|multi:2}
FR: ma carte vitale : {NIR}
FR: NIR {NIR|words}
FR: mon IBAN {IBAN}
FR: iban⏎{IBAN|ibx}
FR: rib : {IBAN|ibx}
FR: iban {IBAN|multi:1} || {IBAN|multi:2} || {IBAN|multi:3}
FR: code banque {ROUT} compte {ACCT}
FR: numéro de compte {ACCT|sp}
FR: mon compte {ACCT|multi:1} || {ACCT|multi:2}
FR: le BIC {SWIFT}
FR: virement vers {IBAN} bic {SWIFT}
FR: mon portable {PHONE}
FR: tel {PHONE|sp}
FR: appelez moi au {PHONE|noise} svp
FR: c'est le {PHONE|words}
FR: {PHONE|multi:1} || {PHONE|multi:2}
FR: portable {PHONE|sub}
FR: mon mail {EMAIL}
FR: adresse mail : {EMAIL|mailw}
FR: le lien https://boutique.example/desinscription?mail={EMAIL|pct}&ref=news ne marche pas
FR: mot de passe {PWD}
FR: mon mdp c'est {PWD} mais il est refusé
FR: j'ai mis {PWD} comme mot de passe et depuis impossible de me connecter
FR: git push https://julien:{PWD|urlpw}@gitlab.example.com/equipe/site.git -> erreur {=code:403}
FR: voici mon fichier de config⏎AWS_ACCESS_KEY_ID={AKID|kv}⏎AWS_SECRET_ACCESS_KEY={ASK|kv}
FR: clé d'accès {AKID} et clé secrète {ASK}, j'ai fait une bêtise je les ai publiées
FR: MYSQL_PASSWORD={PWD|kv}
FR: l'adresse ip de la box {IP}
FR: adresse mac {MAC} et ip {IP}
FR: passeport {PASS}
FR: n° de passeport {PASS} vol {=flight} le {=date}
FR: permis de conduire {DL}
FR: numéro de permis {DL}
FR: code postal {=postal}
FR: la commande {=order} est arrivée cassée, j'ai payé {=price}
FR: suivi colis {=track} bloqué depuis le {=date}
FR: merci beaucoup
FR: d'accord
FR: non c'est tout, bonne journée
FR: pardon je me suis trompé, c'est le {PHONE#2} et pas le {PHONE}
FR: la carte {CARD} || cryptogramme {CVV} || expire {EXP}
FR: ticket {=ticket} toujours pas de réponse
FR: facture {=invoice} de {=price}, je conteste
FR: ma box {=model} redémarre sans arrêt depuis la mise à jour {=version}
FR: bonjour || j'ai un souci avec ma facture {=invoice} || vous m'avez prélevé {=price} au lieu de {=price}
FR: {=qty:2}
FR: oui celle du {=date} à {=time}
FR: MA CARTE {CARD} A ÉTÉ VOLÉE
FR: carte : {CARD}⏎exp : {EXP}⏎cvv : {CVV}
FR: le numéro de la carte c'est {CARD|words}
BE: bonjour, mon numéro de compte {IBAN}
BE: iban {IBAN|ibx}
BE: mon gsm {PHONE}
BE: gsm {PHONE|words}
BE: le code pin c'est {PIN|words}
BE: carte bancaire {CARD|sp} expiration {EXP}
BE: mon numéro de téléphone c'est le {PHONE|words} merci
BE: passeport belge {PASS}
BE: ma carte expire {EXP|words}
BE: le code de sécurité {CVV|words}
BE: merci hein
BE: commande {=order} de {=price}
BE: iban {IBAN@BE|multi:1} || {IBAN@BE|multi:2}
BE: gsm {PHONE|multi:1} || {PHONE|multi:2}
CH: grüezi, euh bonjour, mon natel {PHONE}
CH: natel {PHONE|words}
CH: mon iban {IBAN}
CH: iban {IBAN|ibx}
CH: numéro de clearing {ROUT} et compte {ACCT}
CH: passeport suisse {PASS}
CH: carte {CARD} exp {EXP|cexp}
CH: le code c'est {PIN|words}
CH: le cvc c'est {CVV|words}
CH: payé {=price} pour la commande {=order}
CH: merci, bonne journée
CH: iban {IBAN@CH|multi:1} || {IBAN@CH|multi:2} || {IBAN@CH|multi:3}
CA: allo, mon cell c'est {PHONE}
CA: mon numéro de transit {ROUT} pis mon compte {ACCT}
CA: cell {PHONE|noise}
CA: carte de crédit {CARD|sp} exp {EXP}
CA: mon courriel {EMAIL}
CA: courriel {EMAIL|mailw}
CA: code postal {=postal}
CA: passeport {PASS}
CA: permis de conduire {DL}
CA: merci ben gros
CA: {CARD|multi:1} || {CARD|multi:2} || c'est ma carte
FR: je vis en espagne, mon NIE {NIE@ES}
FR: j'habite en allemagne, Steuer-ID {STID@DE}
FR: mon mari est brésilien, son CPF {CPF@BR}
BE: je travaille au portugal, NIF {NIF@PT}
FR: mon numéro américain {PHONE@US}
CH: compte allemand {IBAN@DE|ibx}
FR: l'url https://aide.example.net/rappel?tel={PHONE|pct}&lang=fr affiche le mauvais numéro
FR: serveur {IP} renvoie {=code} depuis la version {=version}
FR: la mac de la box {MAC}
FR: identifiant admin et mot de passe {PWD}
FR: [default]⏎aws_access_key_id = {AKID|kv}⏎aws_secret_access_key = {ASK|kv}
FR: SMTP_PASS={PWD|kv}
CA: j'ai essayé https://client:{PWD|urlpw}@portail.example.org mais ça marche pas
FR: combien? {=qty:2}
FR: sécu {NIR} et mail {EMAIL}
FR: ma carte {CARD} pardon je voulais dire {CARD#2}
FR: expire {EXP} ou peut-être {EXP#2}
FR: le mail c'est {EMAIL} ou sinon {EMAIL#2}
FR: n° de sécurité sociale {NIR|multi:1} || {NIR|multi:2} || {NIR|multi:3}
FR: portable {PHONE|multi:1} || {PHONE|multi:2} || {PHONE|multi:3}
FR: compte {ACCT|multi:1} || {ACCT|multi:2} || {ACCT|multi:3}
FR: le crypto {CVV|sub}
FR: pin {PIN}
FR: mdp : {PWD}
FR: mon code secret c'est {PIN} ne le dites à personne lol
FR: le vol {=flight} a été annulé, on est {=qty:4}
FR: magasin {=store} de la rue de Rivoli
FR: j'en ai marre franchement
FR: rdv le {=date} à {=time} ça vous va?
FR: colis {=track}
FR: numéro de compte {ACCT|words}
FR: compte {ACCT|sub}
FR: le SWIFT de ma banque c'est {SWIFT}
FR: ip {IP} || mac {MAC}
FR: clé {AKID} || secret {ASK}
FR: secu {NIR|sub}
FR: mon numéro de sécu c'est {NIR} et celui de ma fille {NIR#2}
FR: {NIR}
FR: oui {NIR|sp}
FR: {IBAN}
FR: ok {CARD|sp}
FR: {EMAIL}
FR: c'est bien ça, {PHONE}
FR: {CVV}
FR: {PIN} voilà
FR: attendez je cherche
FR: {PASS}
FR: ok {PWD}
FR: bonjour || alors voilà || le {=date} j'ai commandé {=qty:2} articles et un seul est arrivé
BE: ok ça marche
FR: {ACCT} c'est le compte
FR: mon numéro {PHONE|multi:1} || oups {PHONE|multi:2}
CH: carte {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4}
FR: l'iban {IBAN@FR|multi:1} || {IBAN@FR|multi:2}
FR: bonjour c'est pour mon contrat d'assurance auto {=policy} || on me demande le permis {DL}
FR: ma facture d'électricité de {=meter} est délirante, mon mail {EMAIL}
FR: je dois renouveler mon passeport, le numéro c'est {PASS}
FR: pour la mutuelle on me demande mon numéro de sécu {NIR|sp} c'est sécurisé ici?
FR: prélèvement de {=price} le {=date} que je ne reconnais pas, carte {CARD|sp}
FR: j'ai appelé hier vers {=time} on m'a dit d'écrire ici, mon portable {PHONE}
FR: nouvelle carte : {CARD} {EXP} {CVV}
FR: {CARD|sp} {EXP|cexp} {CVV}
FR: je vous ai déjà donné mon mail {EMAIL} genre {=count} fois
FR: j'ai un {=model} en version {=version} et l'appli plante quand je tape le code {PIN}
FR: dans les logs du serveur {IP} on voit la clé {AKID}, vous pouvez la révoquer?
FR: caf... non pardon, c'est pour la sécu, {NIR}
BE: mon compte pour le remboursement {IBAN|ibx} merci d'avance
BE: j'ai payé {=price} avec la carte {CARD} mais la commande {=order} est annulée
CH: le bulletin de versement indique {IBAN} je dois payer {=price}
CA: mon NAS... non laissez faire, voici mon courriel {EMAIL|mailw}
CA: ma carte {CARD|sp} exp {EXP|words}
FR: pardon je me suis trompé, le bon iban c'est {IBAN#2} pas {IBAN}
FR: une seconde || {CARD|multi:1} || {CARD|multi:2} || {CARD|multi:3} || {CARD|multi:4} || voilà
FR: bon || tant pis || le mot de passe c'est {PWD} réparez ça
FR: curl https://deploy:{PWD|urlpw}@ci.example.com/hook ne marche pas
FR: `export AWS_SECRET_ACCESS_KEY={ASK|kv}` était sur la capture, c'est grave?
FR: la mac du téléphone {MAC} ne se connecte pas au wifi de l'hôtel, chambre {=room}
FR: relevé du compteur {=meter}, contrat {=contract}
FR: ticket de caisse du magasin {=store}, payé avec la carte {CARD|noise}
"""
