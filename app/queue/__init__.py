"""The hall queue (取号、叫号): ordering policy, window profiles, announcements, the service."""
