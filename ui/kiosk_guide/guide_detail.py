"""The guide of one matter and situation in large type: what to know on the left
(conditions, fees, time limits, where to go, how the result is collected), the
materials on the right, a few per page, each with every attribute a citizen needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.kiosk_rules import GuideFacts, MaterialFacts, paginate
from ui.kiosk_guide.common import Pager, clear_layout, label


def material_card(index: int, m: MaterialFacts) -> QFrame:
    card = QFrame()
    card.setProperty("role", "card")
    box = QVBoxLayout(card)
    box.setContentsMargins(18, 12, 18, 12)
    box.setSpacing(6)
    head = QHBoxLayout()
    head.addWidget(label(f"{index}. {m.name}", "materialName"), 1)
    tag = label(m.necessity.split("：")[0], "tag", wrap=False)
    head.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
    box.addLayout(head)
    box.addWidget(label(f"{m.form} {m.copies}　·　{m.medium}"))
    box.addWidget(label(f"在哪里取得：{m.source}"))
    if "：" in m.necessity:
        box.addWidget(label(f"何时需要：{m.necessity.split('：', 1)[1]}"))
    if m.standard:
        box.addWidget(label(f"要求：{m.standard}", "note"))
    if m.notes:
        box.addWidget(label(f"说明：{m.notes}", "note"))
    if m.may_be_missing:
        box.addWidget(label("暂时缺少时可签署承诺书容缺受理，之后补交。", "note"))
    return card


class GuideDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts: GuideFacts | None = None
        self.per_page = 3
        self.page_number = 1
        self.cards: list[QFrame] = []
        self.info = QWidget()
        self.info.setProperty("role", "panel")
        self.info_box = QVBoxLayout(self.info)
        self.info_box.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.info)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.materials_title = label("", "heading")
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        self.pager = Pager()
        self.pager.previousRequested.connect(lambda: self.go(self.page_number - 1))
        self.pager.nextRequested.connect(lambda: self.go(self.page_number + 1))
        right = QVBoxLayout()
        right.addWidget(self.materials_title)
        right.addLayout(self.cards_box)
        right.addStretch(1)
        right.addWidget(self.pager)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addWidget(scroll, 2)
        row.addLayout(right, 3)

    def show_facts(self, facts: GuideFacts) -> None:
        self.facts = facts
        self._fill_info(facts)
        self.materials_title.setText(f"需要准备的材料（共 {len(facts.materials)} 项）")
        self.go(1)

    def set_per_page(self, per_page: int) -> None:
        self.per_page = per_page
        if self.facts is not None:
            self.go(self.page_number)

    def _fill_info(self, facts: GuideFacts) -> None:
        clear_layout(self.info_box)
        sections = [
            ("办理情形", [facts.situation.name + (f"：{facts.situation.description}" if facts.situation.description
                                                  else "")]),
            ("受理条件", [f"{i}. {c}" for i, c in enumerate(facts.conditions, 1)] or ["无特殊条件。"]),
            ("收费", [facts.fees]),
            ("办理时限", [f"承诺 {facts.promised_limit}（法定 {facts.legal_limit}）"]),
            ("到哪里办", [facts.where]),
            ("办理结果及领取", [facts.pickup]),
            ("实施部门", [facts.department_name]),
        ]
        for heading, lines in sections:
            self.info_box.addWidget(label(heading, "heading"))
            for line in lines:
                self.info_box.addWidget(label(line))
        self.info_box.addStretch(1)

    def go(self, number: int) -> None:
        if self.facts is None:
            return
        page = paginate(self.facts.materials, number, self.per_page)
        self.page_number = page.number
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        first = (page.number - 1) * self.per_page + 1
        self.cards = [material_card(first + i, m) for i, m in enumerate(page.items)]
        for card in self.cards:
            self.cards_box.addWidget(card)
        self.pager.show_page(page.number, page.count)
