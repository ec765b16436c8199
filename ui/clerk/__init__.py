"""The clerk window (窗口端)."""
