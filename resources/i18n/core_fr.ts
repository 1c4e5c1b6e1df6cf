<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>kiosk.cli</name>
    <message>
        <location filename="../../kiosk/cli/setup.py" line="+63"/>
        <source>Created {path} (signing key: {key})</source>
        <translation>Base d’événement créée&#xa0;: {path} (clé de signature&#xa0;: {key})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Demo event built in {path} in {seconds:.1f} s</source>
        <translation>Événement de démonstration créé dans {path} en {seconds:.1f} s</translation>
    </message>
</context>
<context>
    <name>kiosk.core</name>
    <message>
        <location filename="../../kiosk/core/errors.py" line="+21"/>
        <source>No event database at {path}. Create one with &apos;kiosk init&apos; or &apos;kiosk demo&apos;.</source>
        <translation>Aucune base d’événement à l’emplacement {path}. Créez-en une avec «&#xa0;kiosk init&#xa0;» ou «&#xa0;kiosk demo&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>{path} holds no event yet. Create one with &apos;kiosk init&apos;.</source>
        <translation>{path} ne contient encore aucun événement. Créez-en un avec «&#xa0;kiosk init&#xa0;».</translation>
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
        <source>There is no check-in list called &apos;{name}&apos;. Lists: {known}.</source>
        <translation>Aucune liste d’accueil ne s’appelle «&#xa0;{name}&#xa0;». Listes&#xa0;: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no guest with id {guest_id}.</source>
        <translation>Aucun invité n’a l’identifiant {guest_id}.</translation>
    </message>
</context>
</TS>
