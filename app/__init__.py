"""一窗通 station core: domain model, local store, services and sync. No Qt here."""

__version__ = "0.1.0"
