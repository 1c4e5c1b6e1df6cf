"""The kiosk's domain: database, tickets, check-in, the show, the playlist. No Qt here."""
