"""CSV imports: guests, awards, legends. Each is all-or-nothing and safe to repeat."""

from kiosk.core.importers.awards import import_awards
from kiosk.core.importers.base import ImportResult
from kiosk.core.importers.guests import import_guests
from kiosk.core.importers.legends import import_legends

__all__ = ["ImportResult", "import_awards", "import_guests", "import_legends"]
