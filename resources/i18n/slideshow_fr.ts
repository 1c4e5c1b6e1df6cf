<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnouncementOverlay</name>
    <message>
        <location filename="../qml/Kiosk/Slideshow/AnnouncementOverlay.qml" line="42"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
</context>
<context>
    <name>CardSlide</name>
    <message>
        <location filename="../qml/Kiosk/Slideshow/CardSlide.qml" line="51"/>
        <source>Official partner</source>
        <translation>Partenaire officiel</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Slideshow/CardSlide.qml" line="51"/>
        <source>25 years of GT racing</source>
        <translation>25 ans de course GT</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Slideshow/CardSlide.qml" line="72"/>
        <source>The legends will appear here</source>
        <translation>Les légendes apparaîtront ici</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/Slideshow/CardSlide.qml" line="86"/>
        <source>Add legends with &apos;kiosk import legends FILE --photos DIR&apos;.</source>
        <translation>Ajoutez des légendes avec « kiosk import legends FICHIER --photos DOSSIER ».</translation>
    </message>
</context>
<context>
    <name>SlideshowWindow</name>
    <message>
        <location filename="../qml/Kiosk/Slideshow/SlideshowWindow.qml" line="57"/>
        <source>25 years of GT legends</source>
        <translation>25 ans de légendes GT</translation>
    </message>
</context>
<context>
    <name>kiosk.core</name>
    <message>
        <location filename="../../kiosk/core/playlist.py" line="26"/>
        <source>--interval {value}: give a number of seconds between {low} and {high}.</source>
        <translation>--interval {value} : indiquez un nombre de secondes entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/playlist.py" line="28"/>
        <source>Setting &apos;{key}&apos; is &apos;{value}&apos;: {expected}.</source>
        <translation>Le réglage « {key} » vaut « {value} » : {expected}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/announcements.py" line="25"/>
        <source>An announcement needs some text.</source>
        <translation>Une annonce doit contenir du texte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/announcements.py" line="26"/>
        <source>The announcement is {length} characters long; screens show at most {limit}.</source>
        <translation>L’annonce compte {length} caractères ; les écrans en affichent au plus {limit}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/announcements.py" line="28"/>
        <source>--minutes {value}: give a number of minutes between 0.1 and {limit}.</source>
        <translation>--minutes {value} : indiquez un nombre de minutes entre 0,1 et {limit}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/announcements.py" line="30"/>
        <source>Countdown time &apos;{value}&apos;: {detail}</source>
        <translation>Heure du compte à rebours « {value} » : {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/core/announcements.py" line="32"/>
        <source>The countdown time {value} has already passed.</source>
        <translation>L’heure du compte à rebours {value} est déjà passée.</translation>
    </message>
</context>
</TS>
