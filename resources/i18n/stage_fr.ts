<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../qml/Kiosk/Stage/AudienceWindow.qml" line="42"/>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/CategoryCard.qml" line="11"/>
        <source>Award %1 of %2</source>
        <translation>Prix %1 sur %2</translation>
    </message>
</context>
<context>
    <name>EnvelopeCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/EnvelopeCard.qml" line="54"/>
        <source>And the winner is…</source>
        <translation>Et le gagnant est…</translation>
    </message>
</context>
<context>
    <name>NomineeCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/NomineeCard.qml" line="31"/>
        <source>Nominee %1 of %2</source>
        <translation>Nommé %1 sur %2</translation>
    </message>
</context>
<context>
    <name>NomineesCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/NomineesCard.qml" line="14"/>
        <source>The nominees</source>
        <translation>Les nommés</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="38"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="39"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="40"/>
        <source>Nominees</source>
        <translation>Nommés</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="41"/>
        <source>Nominee</source>
        <translation>Nommé</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="42"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="43"/>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="44"/>
        <source>Interval</source>
        <translation>Entracte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="45"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="46"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="47"/>
        <source>Card</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="56"/>
        <source>Welcome the guests to %1.</source>
        <translation>Accueillez les invités à %1.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="57"/>
        <source>Introduce the award: %1. %2.</source>
        <translation>Présentez le prix : %1. %2.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="58"/>
        <source>Read the nominees, left to right.</source>
        <translation>Lisez les nommés, de gauche à droite.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="59"/>
        <source>Introduce the nominee: %1.</source>
        <translation>Présentez le nommé : %1.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="60"/>
        <source>Open the envelope. Wait for the room, then press Next to reveal.</source>
        <translation>Ouvrez l’enveloppe. Laissez la salle retenir son souffle, puis appuyez sur Suivant pour révéler.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="62"/>
        <source>Announce the winner (hidden on this screen until shown).</source>
        <translation>Annoncez le gagnant (masqué sur cet écran jusqu’à sa révélation).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="63"/>
        <source>Rehearsal: announce the winner (placeholder).</source>
        <translation>Répétition : annoncez le gagnant (fictif).</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="64"/>
        <source>Announce the winner: %1 — %2.</source>
        <translation>Annoncez le gagnant : %1 — %2.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="65"/>
        <source>No winner is recorded for this category.</source>
        <translation>Aucun gagnant n’est enregistré pour cette catégorie.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="66"/>
        <source>Announce the interval.</source>
        <translation>Annoncez l’entracte.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="67"/>
        <source>Thank the guests and close the ceremony.</source>
        <translation>Remerciez les invités et clôturez la cérémonie.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="68"/>
        <source>The video plays with sound; Next skips it.</source>
        <translation>La vidéo passe avec le son ; Suivant la passe.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="69"/>
        <source>The video file is missing: its still card is shown.</source>
        <translation>Le fichier vidéo est introuvable : son carton fixe est affiché.</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="70"/>
        <source>On screen: %1</source>
        <translation>À l’écran : %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="104"/>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="104"/>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="117"/>
        <source>BLACK SCREEN</source>
        <translation>ÉCRAN NOIR</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="124"/>
        <source>Cue %1 (0–%2)</source>
        <translation>Séquence %1 (0–%2)</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="125"/>
        <source>Award %1 of %2</source>
        <translation>Prix %1 sur %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="131"/>
        <source>SHOW</source>
        <translation>SPECTACLE</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="137"/>
        <source>CLOCK</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="145"/>
        <source>NOW</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="166"/>
        <source>Black screen: the audience sees nothing</source>
        <translation>Écran noir : le public ne voit rien</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="239"/>
        <source>NEXT</source>
        <translation>ENSUITE</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="239"/>
        <source>end of the show</source>
        <translation>fin du spectacle</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="260"/>
        <source>RUNNING ORDER</source>
        <translation>CONDUCTEUR</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="310"/>
        <source>Next: Page Down · Right · Space    Back: Page Up · Left    Black: B    Quit: Ctrl+Shift+Q</source>
        <translation>Suivant : Page suiv. · Droite · Espace    Retour : Page préc. · Gauche    Noir : B    Quitter : Ctrl+Maj+Q</translation>
    </message>
</context>
<context>
    <name>TitleCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/TitleCard.qml" line="10"/>
        <source>Interval</source>
        <translation>Entracte</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/TitleCard.qml" line="11"/>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/TitleCard.qml" line="15"/>
        <source>The ceremony resumes in a few minutes</source>
        <translation>La cérémonie reprend dans quelques minutes</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/TitleCard.qml" line="16"/>
        <source>Good night, and enjoy the party</source>
        <translation>Bonne soirée, et profitez de la fête</translation>
    </message>
</context>
<context>
    <name>WinnerCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="11"/>
        <source>Hidden until revealed</source>
        <translation>Masqué jusqu’à la révélation</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="12"/>
        <source>Winner’s name</source>
        <translation>Nom du gagnant</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="13"/>
        <source>To be announced</source>
        <translation>À annoncer</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="14"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="15"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="46"/>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="47"/>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="99"/>
        <source>Award</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>kiosk.core</name>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="21"/>
        <source>The show has no cues yet. Import the awards, then run &apos;kiosk show rebuild&apos;.</source>
        <translation>Le spectacle n’a encore aucune séquence. Importez les prix, puis lancez « kiosk show rebuild ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="22"/>
        <source>There is no cue {index}: the show has {count} cues, numbered 0 to {last}.</source>
        <translation>Il n’y a pas de séquence {index} : le spectacle en compte {count}, numérotées de 0 à {last}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="23"/>
        <source>Unknown show action &apos;{action}&apos;.</source>
        <translation>Action de spectacle inconnue : « {action} ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="24"/>
        <source>Unknown position &apos;{anchor}&apos;: use opening, interval, closing, before:N or envelope:N (N is a category&apos;s order).</source>
        <translation>Position inconnue « {anchor} » : utilisez opening, interval, closing, before:N ou envelope:N (N est l’ordre d’une catégorie).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="25"/>
        <source>A card you add is &apos;custom&apos; or &apos;video&apos;, not &apos;{kind}&apos;.</source>
        <translation>Un carton ajouté est « custom » ou « video », pas « {kind} ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="26"/>
        <source>A video cue needs a file (--file PATH).</source>
        <translation>Une séquence vidéo a besoin d’un fichier (--file CHEMIN).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="27"/>
        <source>A card needs a title.</source>
        <translation>Un carton a besoin d’un titre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="28"/>
        <source>Unknown stage setting &apos;{key}&apos;. Settings: {known}.</source>
        <translation>Réglage de scène inconnu « {key} ». Réglages : {known}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/show/__init__.py" line="29"/>
        <source>Setting {key}: &apos;{value}&apos; is not allowed (expected {expected}).</source>
        <translation>Réglage {key} : « {value} » n’est pas accepté (attendu : {expected}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/export.py" line="24"/>
        <source>Unknown role &apos;{role}&apos;: export a copy for &apos;door&apos; or &apos;screens&apos;.</source>
        <translation>Rôle inconnu « {role} » : exportez une copie pour « door » ou « screens ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/export.py" line="25"/>
        <source>{path} already exists. Choose another --out, or use --force to replace it.</source>
        <translation>{path} existe déjà. Choisissez un autre --out, ou utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/export.py" line="26"/>
        <source>--out {path} is the event database itself; choose another file.</source>
        <translation>--out {path} est la base de l’événement elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/export.py" line="27"/>
        <source>Could not write {path}: {detail}</source>
        <translation>Impossible d’écrire {path} : {detail}</translation>
    </message>
</context>
</TS>
