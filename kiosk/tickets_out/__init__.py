"""Printing tickets: QR code images per guest and a print-ready PDF (Qt painting, outside core)."""
