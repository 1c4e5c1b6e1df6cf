<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>kiosk.control</name>
    <message>
        <location filename="../../kiosk/ui/control/jobs.py" line="+36"/>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal graphics on the audience projector</source>
        <translation>Habillage des révélations sur le projecteur de la salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MC&apos;s monitor: next cue, notes, timer</source>
        <translation>L’écran du maître de cérémonie&#xa0;: séquence suivante, notes, chrono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in station for the door staff</source>
        <translation>Poste de contrôle des billets pour l’équipe d’accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slideshow</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slideshow on the venue screens</source>
        <translation>Le diaporama sur les écrans de la salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue hub</source>
        <translation>Hub de la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins the door laptops: one guest list, each ticket admitted once</source>
        <translation>Relie les ordinateurs des entrées : une seule liste d’invités, chaque billet admis une fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/control/widgets.py" line="+153"/>
        <source>Doors at {time}</source>
        <translation>Ouverture à {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{inside} people in, of {invited} expected</source>
        <translation>{inside} personnes entrées sur {invited} attendues</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The screen this job opens on</source>
        <translation>L’écran sur lequel s’ouvre ce poste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Screen {n} · {name}</source>
        <translation>Écran {n} · {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RUNNING · SCREEN {n}</source>
        <translation>EN COURS · ÉCRAN {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STOPPED WITH AN ERROR</source>
        <translation>ARRÊTÉ SUR UNE ERREUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>STOPPED</source>
        <translation>ARRÊTÉ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Screen {n}</source>
        <translation>Écran {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{resolution} at {rate} Hz · position {x}, {y}</source>
        <translation>{resolution} à {rate} Hz · position {x}, {y}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PRIMARY</source>
        <translation>PRINCIPAL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMPANION</source>
        <translation>ACCOMPAGNANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WENT OUT</source>
        <translation>SORTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ENTRY UNDONE</source>
        <translation>ENTRÉE ANNULÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALREADY IN</source>
        <translation>DÉJÀ ENTRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRONG LIST</source>
        <translation>AUTRE LISTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLD TICKET</source>
        <translation>ANCIEN BILLET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT INSIDE</source>
        <translation>PAS ENTRÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARTY FULL</source>
        <translation>GROUPE COMPLET</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GUEST CANCELLED</source>
        <translation>INVITÉ ANNULÉ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unknown ticket</source>
        <translation>Billet inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>door {door}</source>
        <translation>entrée {door}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/control/window.py" line="+85"/>
        <source>{event} — Kiosk control</source>
        <translation>{event} — Régie du kiosque</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>EVENT TIME</source>
        <translation>HEURE DE L’ÉVÉNEMENT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a demonstration event: people and figures are fictional.</source>
        <translation>Ceci est un événement de démonstration&#xa0;: les personnes et les chiffres sont fictifs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in</source>
        <translation>Accueil des invités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live from the doors</source>
        <translation>en direct des entrées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GUESTS</source>
        <translation>INVITÉS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEOPLE EXPECTED</source>
        <translation>PERSONNES ATTENDUES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCANS</source>
        <translation>SCANS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUSED</source>
        <translation>REFUSÉS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Latest at the doors</source>
        <translation>Derniers passages aux entrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scans yet: the doors have not opened.</source>
        <translation>Aucun scan pour l’instant&#xa0;: les portes ne sont pas encore ouvertes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Announcement on the venue screens</source>
        <translation>Annonce sur les écrans de la salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceremony starts in 10 minutes: please take your seats</source>
        <translation>La cérémonie commence dans 10 minutes&#xa0;: merci de rejoindre vos places</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until cleared</source>
        <translation>jusqu’à effacement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to screens</source>
        <translation>Envoyer aux écrans</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show</source>
        <translation>Spectacle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearsal: open in windows</source>
        <translation>Répétition&#xa0;: ouvrir en fenêtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the jobs in normal windows instead of full screen</source>
        <translation>Ouvrir les postes dans des fenêtres normales plutôt qu’en plein écran</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Screens attached</source>
        <translation>Écrans branchés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {path}</source>
        <translation>Base&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} attached</source>
        <translation>{n} branché(s)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Type the message first.</source>
        <translation>Saisissez d’abord le message.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No announcement on the screens.</source>
        <translation>Aucune annonce à l’écran.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the screens until {time}: “{text}”</source>
        <translation>À l’écran jusqu’à {time}&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the screens until cleared: “{text}”</source>
        <translation>À l’écran jusqu’à effacement&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/control/event_panel.py" line="+43"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../kiosk/ui/control/venue.py" line="+99"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slideshow title</source>
        <translation>Titre du diaporama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prize (empty: none)</source>
        <translation>Prix (vide : aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor title</source>
        <translation>Titre des partenaires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audience language</source>
        <translation>Langue du public</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the theme&apos;s</source>
        <translation>celle du thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background colour</source>
        <translation>Couleur de fond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo (PNG or SVG)</source>
        <translation>Logo (PNG ou SVG)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The event&apos;s logo</source>
        <translation>Le logo de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logos (*.png *.svg)</source>
        <translation>Logos (*.png *.svg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: the screens follow within a second.</source>
        <translation>Enregistré : les écrans suivent en moins d’une seconde.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/control/venue.py" line="-65"/>
        <source>Slide {n}/{total}</source>
        <translation>Diapositive {n}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cue {n}/{total}</source>
        <translation>Tableau {n}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing on screen yet</source>
        <translation>rien à l’écran pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its own message: {text}</source>
        <translation>Son propre message : {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BLANK</source>
        <translation>AU NOIR</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>Blank</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message on this screen alone</source>
        <translation>Un message sur cet écran seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows this machine&apos;s name on its screen for five seconds</source>
        <translation>Affiche le nom de cette machine sur son écran pendant cinq secondes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Unblank</source>
        <translation>Rallumer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} machines joined</source>
        <translation>{n} machines reliées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no machine joined yet</source>
        <translation>aucune machine reliée pour l’instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doubles (admitted at two doors while apart): {names}</source>
        <translation>Doublons (admis à deux entrées pendant une coupure) : {names}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message on {name}</source>
        <translation>Message sur {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on {name} alone, until you clear it (empty: clear)</source>
        <translation>Affiché sur {name} seulement, jusqu’à ce que vous l’ôtiez (vide : ôter)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} is blank.</source>
        <translation>{name} est au noir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} shows again.</source>
        <translation>{name} est rallumé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} shows its name for five seconds.</source>
        <translation>{name} affiche son nom pendant cinq secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} got its message.</source>
        <translation>{name} a reçu son message.</translation>
    </message>
</context>
</TS>
