<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnouncementOverlay</name>
    <message>
        <location filename="../qml/Kiosk/Slideshow/AnnouncementOverlay.qml" line="+43"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
</context>
<context>
    <name>CardSlide</name>
    <message>
        <location filename="../qml/Kiosk/Slideshow/CardSlide.qml" line="+58"/>
        <source>Official partner</source>
        <translation>Partenaire officiel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The legends will appear here</source>
        <translation>Les légendes apparaîtront ici</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add legends with &apos;kiosk import legends FILE --photos DIR&apos;.</source>
        <translation>Ajoutez des légendes avec « kiosk import legends FICHIER --photos DOSSIER ».</translation>
    </message>
</context>
</TS>
