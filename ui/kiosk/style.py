"""Kiosk look: touch-first, and 长辈版 (elderly mode) per the national ageing-friendly rules.

长辈版: body text at least 18 pt (22 pt here), contrast at least 4.5:1 (black on white
21:1, white on #0b3d91 about 10:1, #7a0000 on white about 10:1), touch targets at least
60×60 (110 px high here), fewer choices per screen (4 categories per page instead of 8).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KioskLook:
    body_pt: int
    title_pt: int
    number_pt: int
    button_px: int  # minimum height of a touch target
    categories_per_page: int
    columns: int


NORMAL = KioskLook(body_pt=16, title_pt=26, number_pt=72, button_px=88, categories_per_page=8, columns=2)
ELDERLY = KioskLook(body_pt=22, title_pt=32, number_pt=96, button_px=110, categories_per_page=4, columns=1)


def stylesheet(look: KioskLook, elderly: bool) -> str:
    background = "#ffffff" if elderly else "#eef3fa"
    return f"""
#kiosk {{ background: {background}; }}
#kiosk QLabel {{ color: #000000; font-size: {look.body_pt}pt; }}
#kiosk QPushButton {{ font-size: {look.body_pt}pt; min-height: {look.button_px}px; min-width: {look.button_px}px;
    color: #ffffff; background: #0b3d91; border: none; border-radius: 14px; padding: 8px 16px; }}
#kiosk QPushButton:disabled {{ color: #3c3c3c; background: #d6d6d6; }}
#kiosk QPushButton:pressed {{ background: #072a66; }}
#kiosk QPushButton[secondary="true"] {{ color: #0b3d91; background: #ffffff; border: 3px solid #0b3d91; }}
#kiosk QPushButton:checked {{ background: #7a0000; color: #ffffff; }}
#kiosk QPushButton#kioskTile {{ font-size: {look.title_pt}pt; min-height: {look.button_px * 2}px; }}
#kiosk QLabel#kioskTitle {{ font-size: {look.title_pt}pt; font-weight: bold; color: #0b2545; }}
#kiosk QLabel#kioskHall {{ font-size: {look.title_pt}pt; font-weight: bold; color: #0b2545; }}
#kiosk QLabel#ticketNumber {{ font-size: {look.number_pt}pt; font-weight: bold; color: #7a0000; }}
#kiosk QLabel#kioskMessage {{ color: #7a0000; font-weight: bold; }}
#kiosk QLabel#kioskWaiting {{ font-size: {look.title_pt}pt; font-weight: bold; color: #0b2545;
    background: #fff4c2; border: 3px solid #0b3d91; border-radius: 14px; padding: 28px; }}
#kiosk QLineEdit {{ font-size: {look.title_pt}pt; min-height: {look.button_px}px; color: #000000;
    background: #ffffff; border: 3px solid #0b3d91; border-radius: 10px; padding: 4px 12px; }}
"""
