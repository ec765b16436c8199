"""The kiosk (自助终端)."""
