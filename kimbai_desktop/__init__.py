"""KimBai Desktop: child protection records for a Vietnamese primary school (offline, encrypted)."""

__version__ = "0.2.0"
