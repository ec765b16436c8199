"""Hall figures (大厅统计) and window planning (窗口测算) for hall managers."""
