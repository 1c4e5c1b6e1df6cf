<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../qml/Kiosk/Stage/AudienceWindow.qml" line="+54"/>
        <source>No awards yet</source>
        <translation>Aucun prix pour l’instant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the award categories and nominees: kiosk import awards FILE.csv (one row per nominee). The running order is built from them.</source>
        <translation>Importez les catégories et les nommés : kiosk import awards FICHIER.csv (une ligne par nommé). Le conducteur est construit à partir d’eux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/CategoryCard.qml" line="+11"/>
        <source>Award %1 of %2</source>
        <translation>Prix %1 sur %2</translation>
    </message>
</context>
<context>
    <name>EnvelopeCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/EnvelopeCard.qml" line="+45"/>
        <source>And the winner is…</source>
        <translation>Et le gagnant est…</translation>
    </message>
</context>
<context>
    <name>NomineeCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/NomineeCard.qml" line="+31"/>
        <source>Nominee %1 of %2</source>
        <translation>Nommé %1 sur %2</translation>
    </message>
</context>
<context>
    <name>NomineesCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/NomineesCard.qml" line="+14"/>
        <source>The nominees</source>
        <translation>Les nommés</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../qml/Kiosk/Stage/PresenterWindow.qml" line="+44"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominees</source>
        <translation>Nommés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Nommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>Entracte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome the guests to %1.</source>
        <translation>Accueillez les invités à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce the award: %1. %2.</source>
        <translation>Présentez le prix : %1. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the nominees, left to right.</source>
        <translation>Lisez les nommés, de gauche à droite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduce the nominee: %1.</source>
        <translation>Présentez le nommé : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the envelope. Wait for the room, then press Next to reveal.</source>
        <translation>Ouvrez l’enveloppe. Laissez la salle retenir son souffle, puis appuyez sur Suivant pour révéler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announce the winner (hidden on this screen until shown).</source>
        <translation>Annoncez le gagnant (masqué sur cet écran jusqu’à sa révélation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal: announce the winner (placeholder).</source>
        <translation>Répétition : annoncez le gagnant (fictif).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announce the winner: %1 — %2.</source>
        <translation>Annoncez le gagnant : %1 — %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No winner is recorded for this category.</source>
        <translation>Aucun gagnant n’est enregistré pour cette catégorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announce the interval.</source>
        <translation>Annoncez l’entracte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank the guests and close the ceremony.</source>
        <translation>Remerciez les invités et clôturez la cérémonie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video plays with sound; Next skips it.</source>
        <translation>La vidéo passe avec le son ; Suivant la passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video file is missing or is not a video: its still card is shown.</source>
        <translation>Le fichier vidéo est introuvable ou n’est pas une vidéo : son carton fixe est affiché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On screen: %1</source>
        <translation>À l’écran : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>REHEARSAL</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>BLACK SCREEN</source>
        <translation>ÉCRAN NOIR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>BACKUP · T: TAKE OVER</source>
        <translation>SECOURS · T : PRENDRE LA MAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OFFLINE · THIS MACHINE ONLY</source>
        <translation>HORS LIGNE · CETTE MACHINE SEULE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cue %1 of %2</source>
        <translation>Séquence %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cues yet</source>
        <translation>Aucune séquence pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award %1 of %2</source>
        <translation>Prix %1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHOW</source>
        <translation>SPECTACLE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CLOCK</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NOW</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Black screen: the audience sees nothing</source>
        <translation>Écran noir : le public ne voit rien</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>NEXT</source>
        <translation>ENSUITE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end of the show</source>
        <translation>fin du spectacle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>RUNNING ORDER</source>
        <translation>CONDUCTEUR</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Backup stage: following the main stage&apos;s every cue    Take over: T    Quit: Ctrl+Shift+Q</source>
        <translation>Scène de secours : suit chaque étape de la scène principale    Prendre la main : T    Quitter : Ctrl+Maj+Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: Page Down · Right · Space    Back: Page Up · Left    Black: B    Quit: Ctrl+Shift+Q</source>
        <translation>Suivant : Page suiv. · Droite · Espace    Retour : Page préc. · Gauche    Noir : B    Quitter : Ctrl+Maj+Q</translation>
    </message>
</context>
<context>
    <name>TitleCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/TitleCard.qml" line="+10"/>
        <source>Interval</source>
        <translation>Entracte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ceremony resumes in a few minutes</source>
        <translation>La cérémonie reprend dans quelques minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good night, and enjoy the party</source>
        <translation>Bonne soirée, et profitez de la fête</translation>
    </message>
</context>
<context>
    <name>WinnerCard</name>
    <message>
        <location filename="../qml/Kiosk/Stage/WinnerCard.qml" line="+11"/>
        <source>Hidden until revealed</source>
        <translation>Masqué jusqu’à la révélation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner’s name</source>
        <translation>Nom du gagnant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be announced</source>
        <translation>À annoncer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Award</source>
        <translation>Prix</translation>
    </message>
</context>
</TS>
