<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>kiosk.cli</name>
    <message>
        <location filename="../../kiosk/cli/setup.py" line="+63" />
        <source>Created {path} (signing key: {key})</source>
        <translation>Base d’événement créée : {path} (clé de signature : {key})</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Demo event built in {path} in {seconds:.1f} s</source>
        <translation>Événement de démonstration créé dans {path} en {seconds:.1f} s</translation>
    </message>
</context>
<context>
    <name>kiosk.core</name>
    <message>
        <location filename="../../kiosk/core/errors.py" line="+21" />
        <source>No event database at {path}. Create one with 'kiosk init' or 'kiosk demo'.</source>
        <translation>Aucune base d’événement à l’emplacement {path}. Créez-en une avec « kiosk init » ou « kiosk demo ».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An event database already exists at {path}. Use --force to replace it.</source>
        <translation>Une base d’événement existe déjà à l’emplacement {path}. Utilisez --force pour la remplacer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} is not a kiosk event database.</source>
        <translation>{path} n’est pas une base d’événement du kiosque.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} was written by a newer version of the kiosk (schema {found}, this version knows up to {known}). Update the kiosk to open it.</source>
        <translation>{path} a été écrit par une version plus récente du kiosque (schéma {found}, cette version connaît jusqu’au schéma {known}). Mettez le kiosque à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} cannot be read as an SQLite database: {detail}</source>
        <translation>{path} ne peut pas être lu comme une base SQLite : {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} holds no event yet. Create one with 'kiosk init'.</source>
        <translation>{path} ne contient encore aucun événement. Créez-en un avec « kiosk init ».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{path} holds a real event ({name}); 'kiosk demo' will not overwrite it. Choose another --db, or use --force.</source>
        <translation>{path} contient un véritable événement ({name}) ; « kiosk demo » ne l’écrasera pas. Choisissez un autre --db, ou utilisez --force.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ticket-signing key {path} is missing. Tickets can only be signed on the machine that holds it.</source>
        <translation>La clé de signature des billets {path} est introuvable. Les billets ne peuvent être signés que sur la machine qui la détient.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ticket-signing key {path} does not belong to this event.</source>
        <translation>La clé de signature des billets {path} n’appartient pas à cet événement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{file}: no such file.</source>
        <translation>{file} : fichier introuvable.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: this is not a CSV text file (binary content at byte {offset}).</source>
        <translation>{file} : ce n’est pas un fichier texte CSV (contenu binaire à l’octet {offset}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line {line}: the text is neither UTF-8 nor Windows-1252. Save the file as 'CSV UTF-8'.</source>
        <translation>{file}, ligne {line} : le texte n’est ni en UTF-8 ni en Windows-1252. Enregistrez le fichier au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file is empty.</source>
        <translation>{file} : le fichier est vide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line 1: required column '{field}' is missing (found: {found}).</source>
        <translation>{file}, ligne 1 : la colonne obligatoire « {field} » est absente (colonnes trouvées : {found}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line {line}: expected {expected} fields but found {found}.</source>
        <translation>{file}, ligne {line} : {expected} champs attendus, mais {found} trouvés.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line {line}, field '{field}': a value is required.</source>
        <translation>{file}, ligne {line}, champ « {field} » : une valeur est obligatoire.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line {line}, field '{field}': {detail}</source>
        <translation>{file}, ligne {line}, champ « {field} » : {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line {line}: {detail}</source>
        <translation>{file}, ligne {line} : {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: the file has a header but no rows.</source>
        <translation>{file} : le fichier a une ligne d’en-tête mais aucune donnée.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}, line {line}, field '{field}': '{value}' already appears on line {first_line}.</source>
        <translation>{file}, ligne {line}, champ « {field} » : « {value} » figure déjà à la ligne {first_line}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no check-in list called '{name}'. Lists: {known}.</source>
        <translation>Aucune liste d’accueil ne s’appelle « {name} ». Listes : {known}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no guest with id {guest_id}.</source>
        <translation>Aucun invité n’a l’identifiant {guest_id}.</translation>
    </message>
</context>
</TS>
