"""Kiosk self-service pages (自助终端): the guide (办事指南) with its one-time checklist
print, and the progress query (办件进度查询). Self-contained pages the kiosk window adds
as tiles; every page has ``set_elderly``, ``reset`` and ``homeRequested``."""
