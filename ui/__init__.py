"""Qt windows of the station, one subpackage per role. No business rule lives here."""
