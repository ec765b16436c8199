"""Sync pages of the clerk window (the quarantined-records page)."""
