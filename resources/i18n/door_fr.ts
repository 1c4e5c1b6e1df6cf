<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DoorController</name>
    <message>
        <location filename="../../kiosk/ui/door/controller.py" line="+281"/>
        <source>ADMITTED · VIP</source>
        <translation>ADMIS · VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADMITTED · PRESS</source>
        <translation>ADMIS · PRESSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADMITTED · SECURITY</source>
        <translation>ADMIS · SÉCURITÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>WELCOME BACK</source>
        <translation>RETOUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY IN</source>
        <translation>DÉJÀ ENTRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRONG LIST</source>
        <translation>MAUVAISE LISTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CANCELLED TICKET</source>
        <translation>BILLET ANNULÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID TICKET</source>
        <translation>BILLET INVALIDE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCANNED OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT INSIDE</source>
        <translation>PAS À L&apos;INTÉRIEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMPANION ADMITTED</source>
        <translation>ACCOMPAGNANT ADMIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARTY COMPLETE</source>
        <translation>GROUPE COMPLET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADMISSION CANCELLED</source>
        <translation>ENTRÉE ANNULÉE</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>NOT RECORDED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT DONE</source>
        <translation>NON EFFECTUÉ</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../qml/Kiosk/Door/DoorWindow.qml" line="+74"/>
        <source>All lists</source>
        <translation>Toutes les listes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door %1</source>
        <translation>Porte %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ONLINE</source>
        <translation>EN LIGNE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACCESS REVOKED</source>
        <translation>ACCÈS RÉVOQUÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OFFLINE</source>
        <translation>HORS LIGNE</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CAMERA ON</source>
        <translation>CAMÉRA ACTIVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO CAMERA</source>
        <translation>PAS DE CAMÉRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAMERA: %1</source>
        <translation>CAMÉRA : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>INSIDE NOW</source>
        <translation>À L&apos;INTÉRIEUR</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>EXIT MODE</source>
        <translation>MODE SORTIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENTRY MODE</source>
        <translation>MODE ENTRÉE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(F2)</source>
        <translation>(F2)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../qml/Kiosk/Door/SearchPanel.qml" line="+26"/>
        <source>Search a guest by name or organisation…</source>
        <translation>Chercher un invité par nom ou société…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESS</source>
        <translation>PRESSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party of %1</source>
        <translation>groupe de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Undo…</source>
        <translation>Annuler…</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../qml/Kiosk/Door/SidePanel.qml" line="+24"/>
        <source>ARRIVED / EXPECTED</source>
        <translation>ARRIVÉS / ATTENDUS</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 inside now</source>
        <translation>%1 à l&apos;intérieur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VIP · PRESS · SECURITY ARRIVALS</source>
        <translation>ARRIVÉES VIP · PRESSE · SÉCURITÉ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>LAST SCANS</source>
        <translation>DERNIERS SCANS</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(not a ticket)</source>
        <translation>(pas un billet)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in</source>
        <translation>entré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already in</source>
        <translation>déjà entré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong list</source>
        <translation>mauvaise liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>sorti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not inside</source>
        <translation>pas entré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party full</source>
        <translation>groupe complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRESS</source>
        <translation>PRESSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../qml/Kiosk/Door/UndoDialog.qml" line="+37"/>
        <source>Cancel the admission of %1?</source>
        <translation>Annuler l&apos;entrée de %1 ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason (required), e.g. scanned the wrong ticket</source>
        <translation>Motif (obligatoire), p. ex. mauvais billet scanné</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keep the admission</source>
        <translation>Garder l&apos;entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel admission</source>
        <translation>Annuler l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../qml/Kiosk/Door/VerdictPanel.qml" line="+45"/>
        <source>EXIT · SCAN OUT</source>
        <translation>SORTIE · SCANNER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the tickets of guests going out</source>
        <translation>Scannez les billets des invités qui sortent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a ticket, or search a guest by name</source>
        <translation>Scannez un billet, ou cherchez un invité par son nom</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PARTY</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 to come</source>
        <translation>%1 · %2 à venir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ALREADY IN AT</source>
        <translation>ENTRÉ À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOOR</source>
        <translation>PORTE</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>+ Companion (%1 to come)</source>
        <translation>+ Accompagnant (%1 à venir)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>kiosk.cli</name>
    <message>
        <location filename="../../kiosk/cli/door.py" line="+78"/>
        <source>ticket images</source>
        <translation>images de billets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF pages</source>
        <translation>pages PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>say what to write: --out DIR, --pdf FILE or --payloads</source>
        <translation>indiquez quoi écrire : --out DOSSIER, --pdf FICHIER ou --payloads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reissue needs --out DIR for the new ticket</source>
        <translation>--reissue demande --out DOSSIER pour le nouveau billet</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>--excel needs --csv FILE</source>
        <translation>--excel demande --csv FICHIER</translation>
    </message>
</context>
<context>
    <name>kiosk.tickets</name>
    <message>
        <location filename="../../kiosk/tickets_out/pdf.py" line="+19"/>
        <source>#{guest} · {category} · ticket {version}</source>
        <translation>n° {guest} · {category} · billet {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table {table}</source>
        <translation>Table {table}</translation>
    </message>
</context>
</TS>
