<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() n’est pas défini</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>sous-commande en conflit&#xa0;: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>alias de sous-commande en conflit&#xa0;: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>sous-commande inconnue %(parser_name)r (choix possibles&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument «&#xa0;-&#xa0;» avec le mode %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>impossible de fusionner les actions&#xa0;: deux groupes s’appellent %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>«&#xa0;required&#xa0;» n’est pas un paramètre valide pour un argument positionnel</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>option %(option)r invalide&#xa0;: elle doit commencer par un caractère parmi %(prefix_chars)r</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>dest= est obligatoire pour une option telle que %r</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>valeur de conflict_resolution invalide&#xa0;: %r</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>option en conflit&#xa0;: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>options en conflit&#xa0;: %s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>des arguments mutuellement exclusifs doivent être facultatifs</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse adds &apos;:&apos; after a heading: in French end the translation with a non-breaking space (U+00A0) so the colon is spaced like everywhere else.</extracomment>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <extracomment>argparse adds &apos;:&apos; after a heading: in French end the translation with a non-breaking space (U+00A0) so the colon is spaced like everywhere else.</extracomment>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>un seul argument de sous-commandes est permis</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r n’est pas appelable</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>subcommands</source>
        <extracomment>argparse adds &apos;:&apos; after a heading: in French end the translation with a non-breaking space (U+00A0) so the colon is spaced like everywhere else.</extracomment>
        <translation>sous-commandes&#xa0;</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
</context>
<context>
    <name>kiosk.cli.help</name>
    <message>
        <source>Runs a gala awards night: stage reveals, door check-in, venue screens.</source>
        <translation>Pilote une soirée de remise de prix&#xa0;: révélations sur scène, accueil des invités, écrans de la salle.</translation>
    </message>
    <message>
        <source>Run &apos;kiosk COMMAND --help&apos; for a command&apos;s options. With no command, the control window opens.</source>
        <translation>Lancez «&#xa0;kiosk COMMANDE --help&#xa0;» pour les options d’une commande. Sans commande, la fenêtre de régie s’ouvre.</translation>
    </message>
    <message>
        <source>event database file (default: $KIOSK_DB, else the last event opened, else the only one in ~/.local/share/kiosk, else ~/.local/share/kiosk/event.db)</source>
        <translation>fichier de la base d’événement (par défaut : $KIOSK_DB, sinon le dernier événement ouvert, sinon le seul présent dans ~/.local/share/kiosk, sinon ~/.local/share/kiosk/event.db)</translation>
    </message>
    <message>
        <source>interface language (default: the system locale)</source>
        <translation>langue de l’interface (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>create a new event database and its ticket-signing key</source>
        <translation>créer une base d’événement et sa clé de signature des billets</translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation>le nom de l’événement</translation>
    </message>
    <message>
        <source>where it takes place</source>
        <translation>le lieu de l’événement</translation>
    </message>
    <message>
        <source>the event&apos;s date, YYYY-MM-DD</source>
        <translation>la date de l’événement, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the venue&apos;s time zone, an IANA name such as Europe/Paris (default: this machine&apos;s)</source>
        <translation>le fuseau horaire du lieu, un nom IANA comme Europe/Paris (par défaut : celui de cette machine)</translation>
    </message>
    <message>
        <source>the language of the audience&apos;s screens (the operator&apos;s is --lang)</source>
        <translation>la langue des écrans du public (celle de l’opérateur est --lang)</translation>
    </message>
    <message>
        <source>the event&apos;s logo, PNG or SVG (copied into the event); &apos;&apos; removes it</source>
        <translation>le logo de l’événement, PNG ou SVG (copié dans l’événement) ; &apos;&apos; le retire</translation>
    </message>
    <message>
        <source>a small square version of the logo for card corners (default: the logo)</source>
        <translation>une petite version carrée du logo pour les coins des cartons (par défaut : le logo)</translation>
    </message>
    <message>
        <source>the signature colour, #rrggbb (names, headings)</source>
        <translation>la couleur signature, #rrvvbb (noms, titres)</translation>
    </message>
    <message>
        <source>the screens&apos; background colour, #rrggbb</source>
        <translation>la couleur de fond des écrans, #rrvvbb</translation>
    </message>
    <message>
        <source>the venue screens&apos; header</source>
        <translation>le titre des écrans de la salle</translation>
    </message>
    <message>
        <source>the prize every winner receives, on winner cards (&apos;&apos; for no prize line)</source>
        <translation>le prix que reçoit chaque lauréat, sur les cartons des lauréats (&apos;&apos; pour aucune ligne de prix)</translation>
    </message>
    <message>
        <source>the title of the slideshow&apos;s sponsor cards</source>
        <translation>le titre des cartons partenaires du diaporama</translation>
    </message>
    <message>
        <source>replace an existing database</source>
        <translation>remplacer une base existante</translation>
    </message>
    <message>
        <source>the event&apos;s identity: name, place, date, logo, colours, words</source>
        <translation>l’identité de l’événement : nom, lieu, date, logo, couleurs, textes</translation>
    </message>
    <message>
        <source>print the event&apos;s settings as JSON</source>
        <translation>afficher les réglages de l’événement en JSON</translation>
    </message>
    <message>
        <source>change the event&apos;s settings (each flag one setting)</source>
        <translation>modifier les réglages de l’événement (une option par réglage)</translation>
    </message>
    <message>
        <source>the venue&apos;s time zone, an IANA name such as Europe/Paris</source>
        <translation>le fuseau horaire du lieu, un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <source>import guests, awards or legends from CSV</source>
        <translation>importer des invités, des prix ou des légendes depuis un CSV</translation>
    </message>
    <message>
        <source>guests: the kiosk&apos;s columns or an Eventbrite attendee export</source>
        <translation>invités&#xa0;: colonnes du kiosque ou export des participants Eventbrite</translation>
    </message>
    <message>
        <source>admit every imported guest to this list (created if needed); repeatable</source>
        <translation>inscrire chaque invité importé sur cette liste (créée au besoin)&#xa0;; répétable</translation>
    </message>
    <message>
        <source>cancel the guests of earlier imports of this file that it no longer holds</source>
        <translation>annuler les invités des imports précédents de ce fichier qu’il ne contient plus</translation>
    </message>
    <message>
        <source>the name this file is known by across re-imports (default: its file name)</source>
        <translation>le nom sous lequel ce fichier est reconnu d’un import à l’autre (par défaut : son nom de fichier)</translation>
    </message>
    <message>
        <source>award categories, nominees and winners, one row per nominee</source>
        <translation>catégories de prix, nommés et gagnants, une ligne par nommé</translation>
    </message>
    <message>
        <source>folder of nominee photos (default: the CSV&apos;s)</source>
        <translation>dossier des photos des nommés (par défaut&#xa0;: celui du CSV)</translation>
    </message>
    <message>
        <source>legends for the venue-screen slideshow</source>
        <translation>légendes pour le diaporama des écrans de la salle</translation>
    </message>
    <message>
        <source>folder of photos (default: the CSV&apos;s)</source>
        <translation>dossier des photos (par défaut&#xa0;: celui du CSV)</translation>
    </message>
    <message>
        <source>build the demo event (the GT 2017 night) and open it</source>
        <translation>créer l’événement de démonstration (la soirée GT 2017) et l’ouvrir</translation>
    </message>
    <message>
        <source>build the database, open no window</source>
        <translation>créer la base sans ouvrir de fenêtre</translation>
    </message>
    <message>
        <source>replace the database even if it is not a demo</source>
        <translation>remplacer la base même si ce n’est pas une démonstration</translation>
    </message>
    <message>
        <source>screen number to show on (1 is the first, as the control window numbers them)</source>
        <translation>numéro de l’écran où afficher (1 est le premier, comme dans la fenêtre de régie)</translation>
    </message>
    <message>
        <source>run in a normal window instead of full screen (rehearsal, testing)</source>
        <translation>ouvrir dans une fenêtre normale plutôt qu’en plein écran (répétition, essais)</translation>
    </message>
    <message>
        <source>save the control window to FILE (PNG) after its first frame, then exit</source>
        <translation>enregistrer la fenêtre de régie dans FICHIER (PNG) après sa première image, puis quitter</translation>
    </message>
    <message>
        <source>open the operator&apos;s control window (the default)</source>
        <translation>ouvrir la fenêtre de régie de l’opérateur (par défaut)</translation>
    </message>
    <message>
        <source>write signed QR tickets (PNG per guest, a PDF) or payloads</source>
        <translation>produire les billets QR signés (un PNG par invité, un PDF) ou leur contenu</translation>
    </message>
    <message>
        <source>folder for one PNG ticket per guest</source>
        <translation>dossier où écrire un billet PNG par invité</translation>
    </message>
    <message>
        <source>print-ready A4 PDF, one page per guest</source>
        <translation>PDF A4 prêt à imprimer, une page par invité</translation>
    </message>
    <message>
        <source>only the guests on this list</source>
        <translation>seulement les invités de cette liste</translation>
    </message>
    <message>
        <source>print GUEST_ID&lt;TAB&gt;PAYLOAD lines (for mail-merge) instead of images</source>
        <translation>afficher des lignes GUEST_ID&lt;TAB&gt;PAYLOAD (pour un publipostage) au lieu des images</translation>
    </message>
    <message>
        <source>revoke this guest&apos;s ticket (lost) and write a new one</source>
        <translation>annuler le billet (perdu) de cet invité et en produire un nouveau</translation>
    </message>
    <message>
        <source>why a ticket is re-issued (recorded)</source>
        <translation>motif de la réédition d’un billet (enregistré)</translation>
    </message>
    <message>
        <source>decide one scan (or one per line of stdin with &apos;-&apos;)</source>
        <translation>statuer sur un scan (ou un par ligne de l’entrée standard avec «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>the scanned text, or - to read lines from stdin</source>
        <translation>le texte scanné, ou - pour lire des lignes sur l’entrée standard</translation>
    </message>
    <message>
        <source>the list this door admits to (default: any)</source>
        <translation>la liste à laquelle donne accès cette entrée (par défaut&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>this door&apos;s name, e.g. B</source>
        <translation>le nom de cette entrée, p.&#xa0;ex. B</translation>
    </message>
    <message>
        <source>exit mode: scan guests out</source>
        <translation>mode sortie&#xa0;: scanner les invités qui sortent</translation>
    </message>
    <message>
        <source>open the door check-in screen</source>
        <translation>ouvrir l’écran d’accueil des invités</translation>
    </message>
    <message>
        <source>Full screen on the chosen screen. Scanners type into it wherever the focus is. Keys: Esc empties the search box and puts the verdict away; F2 switches entry and exit; Ctrl+Shift+Q quits.</source>
        <translation>Plein écran sur l’écran choisi. Les scanners y écrivent où que soit le focus. Touches : Échap vide la recherche et range le verdict ; F2 bascule entrée et sortie ; Ctrl+Maj+Q quitte.</translation>
    </message>
    <message>
        <source>also read QR codes from a webcam</source>
        <translation>lire aussi les codes QR avec une webcam</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapports</translation>
    </message>
    <message>
        <source>arrivals, no-shows and refused scans</source>
        <translation>arrivées, absents et scans refusés</translation>
    </message>
    <message>
        <source>write every record to a CSV file</source>
        <translation>écrire chaque enregistrement dans un fichier CSV</translation>
    </message>
    <message>
        <source>separate the CSV&apos;s columns with semicolons, as Excel in French opens them</source>
        <translation>séparer les colonnes du CSV par des points-virgules, comme Excel en français les ouvre</translation>
    </message>
    <message>
        <source>cancel or restore a guest&apos;s invitation</source>
        <translation>annuler ou rétablir l’invitation d’un invité</translation>
    </message>
    <message>
        <source>cancel a guest: their tickets no longer admit (recorded)</source>
        <translation>annuler un invité : ses billets ne font plus entrer (enregistré)</translation>
    </message>
    <message>
        <source>why the guest is cancelled (recorded, shown at the door)</source>
        <translation>pourquoi l’invité est annulé (enregistré, affiché à l’entrée)</translation>
    </message>
    <message>
        <source>restore a cancelled guest: their ticket admits again (recorded)</source>
        <translation>rétablir un invité annulé : son billet fait de nouveau entrer (enregistré)</translation>
    </message>
    <message>
        <source>read or move the show&apos;s cursor; edit the running order</source>
        <translation>lire ou déplacer le curseur du spectacle&#xa0;; modifier le conducteur</translation>
    </message>
    <message>
        <source>Every action prints the current cue as one JSON object (index, count, kind, category, nominees, winner, blackout, ...). Cue numbers start at 0.</source>
        <translation>Chaque action affiche la séquence courante sous forme d’un objet JSON (index, count, kind, category, nominees, winner, blackout…). Les séquences sont numérotées à partir de 0.</translation>
    </message>
    <message>
        <source>print the current cue</source>
        <translation>afficher la séquence courante</translation>
    </message>
    <message>
        <source>act on the rehearsal&apos;s cursor (placeholder winners), not the show&apos;s</source>
        <translation>agir sur le curseur de la répétition (gagnants fictifs), pas sur celui du spectacle</translation>
    </message>
    <message>
        <source>go forward one cue</source>
        <translation>avancer d’une séquence</translation>
    </message>
    <message>
        <source>go back one cue</source>
        <translation>reculer d’une séquence</translation>
    </message>
    <message>
        <source>go to cue N (0 is the first)</source>
        <translation>aller à la séquence N (0 est la première)</translation>
    </message>
    <message>
        <source>black screen: toggle, or on/off</source>
        <translation>écran noir&#xa0;: basculer, ou on/off</translation>
    </message>
    <message>
        <source>back to the first cue, no black screen, no winner shown yet</source>
        <translation>revenir à la première séquence, sans écran noir ni gagnant révélé</translation>
    </message>
    <message>
        <source>on a backup stage machine: its stage becomes the main one, from the same cue (the main machine died)</source>
        <translation>sur la machine de scène de secours : sa scène devient la principale, depuis la même étape (la machine principale est tombée)</translation>
    </message>
    <message>
        <source>print the running order (one JSON object, &apos;cues&apos;: [...])</source>
        <translation>afficher le conducteur (un objet JSON, «&#xa0;cues&#xa0;»&#xa0;: [...])</translation>
    </message>
    <message>
        <source>regenerate the running order from the awards (keeps custom cards)</source>
        <translation>régénérer le conducteur à partir des prix (garde les cartons personnalisés)</translation>
    </message>
    <message>
        <source>add a custom card or a video</source>
        <translation>ajouter un carton personnalisé ou une vidéo</translation>
    </message>
    <message>
        <source>the card&apos;s title</source>
        <translation>le titre du carton</translation>
    </message>
    <message>
        <source>the card&apos;s text</source>
        <translation>le texte du carton</translation>
    </message>
    <message>
        <source>script notes for the MC (presenter view)</source>
        <translation>notes pour le maître de cérémonie (vue présentateur)</translation>
    </message>
    <message>
        <source>a video file: makes a video cue</source>
        <translation>un fichier vidéo&#xa0;: crée une séquence vidéo</translation>
    </message>
    <message>
        <source>opening, interval, closing, before:N or envelope:N (N is a category&apos;s order; envelope:N = just before its envelope)</source>
        <translation>opening, interval, closing, before:N ou envelope:N (N est le rang d’une catégorie&#xa0;; envelope:N = juste avant son enveloppe)</translation>
    </message>
    <message>
        <source>insert at this cue number instead of at the anchor</source>
        <translation>insérer à ce numéro de séquence plutôt qu’au point d’ancrage</translation>
    </message>
    <message>
        <source>move cue FROM to position TO</source>
        <translation>déplacer la séquence DE à la position VERS</translation>
    </message>
    <message>
        <source>take cue N out of the running order</source>
        <translation>retirer la séquence N du conducteur</translation>
    </message>
    <message>
        <source>set the MC&apos;s script notes for cue N (presenter view)</source>
        <translation>définir les notes du maître de cérémonie pour la séquence N (vue présentateur)</translation>
    </message>
    <message>
        <source>the notes (&apos;&apos; to clear)</source>
        <translation>les notes («&#xa0;&apos;&apos;&#xa0;» pour les effacer)</translation>
    </message>
    <message>
        <source>change a stage setting (no value: list them)</source>
        <translation>modifier un réglage de scène (sans valeur&#xa0;: les lister)</translation>
    </message>
    <message>
        <source>open the audience view (or --presenter) of the show</source>
        <translation>ouvrir l’affichage public du spectacle (ou la vue présentateur avec --presenter)</translation>
    </message>
    <message>
        <source>Full screen on the chosen screen. Clicker keys: Page Down, Right, Space, Enter = next; Page Up, Left, Backspace = back; B, &apos;.&apos; or &apos;/&apos; = black screen; F5, Esc and Tab do nothing. Quit with Ctrl+Shift+Q. Settings: &apos;kiosk show set&apos;.</source>
        <translation>Plein écran sur l’écran choisi. Touches de la télécommande de présentation&#xa0;: Page suiv., Droite, Espace, Entrée = suivant&#xa0;; Page préc., Gauche, Retour arrière = précédent&#xa0;; B, «&#xa0;.&#xa0;» ou «&#xa0;/&#xa0;» = écran noir&#xa0;; F5, Échap et Tab sont sans effet. Quitter avec Ctrl+Maj+Q. Réglages&#xa0;: «&#xa0;kiosk show set&#xa0;».</translation>
    </message>
    <message>
        <source>the presenter view: current and next cue, script notes, clocks</source>
        <translation>la vue présentateur&#xa0;: séquence courante et suivante, notes, horloges</translation>
    </message>
    <message>
        <source>run the show with placeholder winners and its own cursor</source>
        <translation>jouer le spectacle avec des gagnants fictifs et son propre curseur</translation>
    </message>
    <message>
        <source>the backup stage (on a stage copy): mirror the main stage&apos;s every cue; T or &apos;kiosk show takeover&apos; makes it the main one</source>
        <translation>la scène de secours (sur une copie de scène) : reproduit chaque étape de la scène principale ; T ou « kiosk show takeover » en fait la principale</translation>
    </message>
    <message>
        <source>write a copy of the event for a door, screens or stage machine</source>
        <translation>écrire une copie de l&apos;événement pour une machine d&apos;entrée, d&apos;écrans ou de scène</translation>
    </message>
    <message>
        <source>door: guests, lists, tickets, scans; screens: legends, media, slides; stage: the show and its winners (a backup stage machine)</source>
        <translation>door : invités, listes, billets, passages ; screens : légendes, médias, diapositives ; stage : le spectacle et ses lauréats (une machine de scène de secours)</translation>
    </message>
    <message>
        <source>the copy to write</source>
        <translation>la copie à écrire</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FICHIER s’il existe</translation>
    </message>
    <message>
        <source>the venue hub the copy joins (default: the running hub&apos;s, if any)</source>
        <translation>le hub de la salle que la copie rejoint (par défaut : celui qui tourne, s&apos;il y en a un)</translation>
    </message>
    <message>
        <source>the copy&apos;s name in the venue (default: the file&apos;s name)</source>
        <translation>le nom de la copie dans la salle (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <source>the copy may also run a node of a three-node hub, at HOST (see hub --peer)</source>
        <translation>la copie peut aussi faire tourner un nœud d’un hub à trois nœuds, à HOST (voir hub --peer)</translation>
    </message>
    <message>
        <source>loop the legends full screen on the venue screens</source>
        <translation>faire défiler les légendes en plein écran sur les écrans de la salle</translation>
    </message>
    <message>
        <source>Loops the legends (with sponsor and title cards) full screen, unattended. Content and announcements are picked up from the database while it runs.</source>
        <translation>Fait défiler les légendes (avec cartons de partenaires et de titre) en plein écran, sans surveillance. Le contenu et les annonces sont lus dans la base pendant la diffusion.</translation>
    </message>
    <message>
        <source>open one slideshow window on every attached screen</source>
        <translation>ouvrir une fenêtre de diaporama sur chaque écran branché</translation>
    </message>
    <message>
        <source>seconds per slide (default: the &apos;screens.interval&apos; setting, else 8)</source>
        <translation>secondes par diapositive (par défaut&#xa0;: le réglage «&#xa0;screens.interval&#xa0;», sinon 8)</translation>
    </message>
    <message>
        <source>a different (seeded) order of legends on every pass</source>
        <translation>un ordre des légendes différent (aléatoire, reproductible) à chaque passage</translation>
    </message>
    <message>
        <source>show the slide given by the clock, so that several screens show the same slide at the same moment (give them all the same --interval); the screens of a venue count on the hub&apos;s clock, whatever their own clocks say</source>
        <translation>afficher la diapositive donnée par l’heure, pour que plusieurs écrans montrent la même diapositive au même moment (donnez-leur à tous le même --interval)&#xa0;; les écrans d’un lieu comptent sur l’horloge du hub, quelle que soit la leur</translation>
    </message>
    <message>
        <source>put a full-screen message on every running slideshow (or --clear it)</source>
        <translation>afficher un message plein écran sur tous les diaporamas en cours (ou l’effacer avec --clear)</translation>
    </message>
    <message>
        <source>Shows TEXT full screen on every slideshow until it expires or is cleared. Screens pick it up within a second; a restarted screen shows it again.</source>
        <translation>Affiche TEXTE en plein écran sur chaque diaporama jusqu’à son expiration ou son effacement. Les écrans le reprennent en moins d’une seconde&#xa0;; un écran redémarré l’affiche de nouveau.</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <source>show it for N minutes (no countdown unless --countdown)</source>
        <translation>l’afficher N minutes (sans compte à rebours, sauf avec --countdown)</translation>
    </message>
    <message>
        <source>show it until TIME, HH:MM in the event&apos;s time zone or ISO-8601 (no countdown unless --countdown)</source>
        <translation>l’afficher jusqu’à HEURE, HH:MM dans le fuseau de l’événement ou ISO-8601 (sans compte à rebours, sauf avec --countdown)</translation>
    </message>
    <message>
        <source>show the time left: to the message&apos;s end, or to TIME (&quot;Ceremony starts in&quot; --countdown 21:00)</source>
        <translation>afficher le temps restant : jusqu’à la fin du message, ou jusqu’à HEURE (« La cérémonie commence dans » --countdown 21:00)</translation>
    </message>
    <message>
        <source>take the current message off the screens</source>
        <translation>retirer le message en cours des écrans</translation>
    </message>
    <message>
        <source>run the venue hub (NATS JetStream) that joins the doors</source>
        <translation>lancer le hub de la salle (NATS JetStream) qui relie les entrées</translation>
    </message>
    <message>
        <source>where doors reach the hub (default: 0.0.0.0:4222)</source>
        <translation>où les entrées joignent le hub (par défaut : 0.0.0.0:4222)</translation>
    </message>
    <message>
        <source>run this copy&apos;s node of a three-node hub, joining the hub at URL (the copy was exported with --hub-node; may be given again)</source>
        <translation>faire tourner le nœud de cette copie dans un hub à trois nœuds, en rejoignant le hub à URL (copie exportée avec --hub-node ; peut être répété)</translation>
    </message>
    <message>
        <source>shut a lost copy out of the venue at once</source>
        <translation>exclure aussitôt de la salle une copie perdue</translation>
    </message>
    <message>
        <source>the copy&apos;s name (see the control window&apos;s venue)</source>
        <translation>le nom de la copie (voir la salle dans la fenêtre de contrôle)</translation>
    </message>
    <message>
        <source>the venue&apos;s machines: list them, or blank, identify or message one</source>
        <translation>les machines du lieu : les lister, ou en éteindre, identifier ou informer une</translation>
    </message>
    <message>
        <source>Lists the machines that joined the venue, or sends one of them a command through the running hub (kiosk hub): the machine answers within a second, or is reported as not reached.</source>
        <translation>Liste les machines qui ont rejoint le lieu, ou envoie une commande à l’une d’elles par le hub en marche (kiosk hub) : la machine répond en moins d’une seconde, ou elle est signalée comme non atteinte.</translation>
    </message>
    <message>
        <source>every machine that joined: role, online, last seen, what it shows (JSON)</source>
        <translation>chaque machine qui a rejoint : rôle, en ligne, vue pour la dernière fois, ce qu’elle montre (JSON)</translation>
    </message>
    <message>
        <source>black out that machine&apos;s screen (the show goes on beneath)</source>
        <translation>mettre l’écran de cette machine au noir (le spectacle continue dessous)</translation>
    </message>
    <message>
        <source>the machine&apos;s name (kiosk venue machines)</source>
        <translation>le nom de la machine (kiosk venue machines)</translation>
    </message>
    <message>
        <source>show that machine&apos;s screen again</source>
        <translation>rallumer l’écran de cette machine</translation>
    </message>
    <message>
        <source>show that machine&apos;s name big on its screen for 5 s</source>
        <translation>afficher en grand le nom de cette machine sur son écran pendant 5 s</translation>
    </message>
    <message>
        <source>a message on that machine&apos;s screen alone (or --clear it)</source>
        <translation>un message sur l’écran de cette machine seule (ou --clear pour l’ôter)</translation>
    </message>
    <message>
        <source>take that machine&apos;s message off</source>
        <translation>ôter le message de cette machine</translation>
    </message>
</context>
<context>
    <name>kiosk.cli.metavar</name>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>AREA/CITY</source>
        <translation>ZONE/VILLE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COULEUR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>GUEST_ID</source>
        <translation>ID_INVITÉ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>PAYLOAD</source>
        <translation>CONTENU</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>RAPPORT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>BODY</source>
        <translation>CORPS</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>ANCHOR</source>
        <translation>ANCRE</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HÔTE[:PORT]</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HÔTE:PORT</translation>
    </message>
</context>
</TS>
