"""kiosk: the software that runs a gala awards night."""

__version__ = "0.1.0"
