"""A list delegate that shows a title line and a grey detail line (DisplayRole "title\\ndetail")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

_Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _, detail = text.partition("\n")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, -self.PADDING // 2)
        half = rect.height() // 2
        painter.save()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), half),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        detail_font = QFont(opt.font)
        detail_font.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.85))
        painter.setFont(detail_font)
        painter.setPen(opt.palette.color(role) if selected else QColor("#666666"))
        elided = painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + half, rect.width(), half),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, int(height * 2.4) + self.PADDING)
