"""The status bar every clerk sees: station, clerk, online/offline, records waiting to go up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.station import Station
from ui.listen import listen


class StationStatusBar(QStatusBar):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = station
        self.station_label = QLabel()
        self.clerk_label = QLabel()
        self.network_label = QLabel()
        self.network_label.setObjectName("networkState")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCount")
        self.calendar_label = QLabel()
        self.calendar_label.setObjectName("calendarWarning")
        self.calendar_label.setStyleSheet("color:#b06000")
        for w in (self.station_label, self.clerk_label, self.network_label, self.pending_label):
            self.addPermanentWidget(w)
        self.addWidget(self.calendar_label)
        self._online: bool | None = None
        self._detail = ""
        listen(station, self, self._on_changes)
        self.refresh()

    def set_network(self, online: bool | None, detail: str = "") -> None:
        """None: standalone (no server configured)."""
        self._online = online
        self._detail = detail
        self.refresh()

    def _on_changes(self, changes: frozenset[str]) -> None:
        if changes & {"outbox", "session", "calendar", "sync"}:
            self.refresh()

    def refresh(self) -> None:
        st = self._station
        self.station_label.setText(self.tr("工作站 {code}").format(code=st.station_code or self.tr("未登记")))
        s = st.session
        window = self.tr("{no} 号窗口").format(no=s.window_no) if s and s.window_no else ""
        self.clerk_label.setText(self.tr("{name}（{staff_no}）").format(name=s.name, staff_no=s.staff_no) + window
                                 if s else self.tr("未登录"))
        if not st.config.server_url:
            self.network_label.setText(self.tr("单机运行"))
            self.network_label.setStyleSheet("color:#555")
        elif self._online:
            self.network_label.setText(self.tr("● 在线"))
            self.network_label.setStyleSheet("color:#1b7f3b")
        else:
            self.network_label.setText(self.tr("● 离线（{detail}）").format(detail=self._detail) if self._detail
                                       else self.tr("● 离线"))
            self.network_label.setStyleSheet("color:#b00020")
        self.pending_label.setText(self.tr("待上传 {count} 条").format(count=st.store.pending_count()))
        today = st.clock.now().date()
        horizon = date(today.year + (1 if today.month >= 11 else 0), 12, 31)
        missing = st.calendar.uncovered_years_in(today, horizon)
        self.calendar_label.setText(
            self.tr("注意：{years} 年节假日安排尚未导入，时限暂按周一至周五计算").format(
                years=self.tr("、").join(map(str, missing))) if missing else ""
        )
