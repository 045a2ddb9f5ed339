"""SQLModel tables, one file per aggregate. Importing this registers every table."""

from werkcoach_tui.models.audit import AuditRegel
from werkcoach_tui.models.gesprek import Gesprek
from werkcoach_tui.models.instelling import Instelling
from werkcoach_tui.models.klant import Klant
from werkcoach_tui.models.vacature import Vacature

__all__ = ["AuditRegel", "Gesprek", "Instelling", "Klant", "Vacature"]
