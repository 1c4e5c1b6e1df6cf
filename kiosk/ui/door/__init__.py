"""The door check-in window: scanner capture, verdict screen, counts, manual check-in."""
