"""followup: leaves follow-up drafts after job interviews; never sends mail."""

__version__ = "0.1.0"
