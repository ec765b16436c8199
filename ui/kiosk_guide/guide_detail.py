"""The guide of one matter and situation in large type: what to know on the left
(conditions, fees, time limits, where to go, how the result is collected), the
materials on the right, a few per page, each with every attribute a citizen needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.kiosk_rules import GuideFacts, MaterialFacts, paginate
from ui.i18n import QT_TRANSLATE_NOOP
from ui.kiosk_guide.common import Pager, clear_layout, label

# The catalog's attribute labels (app.catalog.model) as MaterialFacts carries them: shown
# translated, looked up by their Chinese text (lupdate sees them here).
ATTRIBUTE_LABELS = (
    QT_TRANSLATE_NOOP("GuideDetail", "原件"), QT_TRANSLATE_NOOP("GuideDetail", "复印件"),
    QT_TRANSLATE_NOOP("GuideDetail", "原件及复印件"), QT_TRANSLATE_NOOP("GuideDetail", "纸质"),
    QT_TRANSLATE_NOOP("GuideDetail", "电子"), QT_TRANSLATE_NOOP("GuideDetail", "纸质或电子"),
    QT_TRANSLATE_NOOP("GuideDetail", "必要"), QT_TRANSLATE_NOOP("GuideDetail", "非必要"),
    QT_TRANSLATE_NOOP("GuideDetail", "情形必要"), QT_TRANSLATE_NOOP("GuideDetail", "申请人自备"),
    QT_TRANSLATE_NOOP("GuideDetail", "政府部门核发"), QT_TRANSLATE_NOOP("GuideDetail", "其他机构出具"),
    QT_TRANSLATE_NOOP("GuideDetail", "窗口领取/网上下载"), QT_TRANSLATE_NOOP("GuideDetail", "不收费"),
)
FULL_COLON = "："  # i18n: data (app.kiosk_rules joins a label and its detail with it)
OPEN_PAREN = "（"  # i18n: data
COPIES_UNIT = "份"  # i18n: data (MaterialFacts.copies is "<n>份")


def attribute(text: str) -> str:
    """A catalog label, translated; a detail after （ is catalog content and stays as it is."""
    head, paren, rest = text.partition(OPEN_PAREN)
    return QCoreApplication.translate("GuideDetail", head) + paren + rest


def limit(days: int) -> str:
    """A time limit in working days (即办 for 0), in the interface language."""
    if days == 0:
        return QCoreApplication.translate("GuideDetail", "即办")
    return QCoreApplication.translate("GuideDetail", "{days}个工作日").format(days=days)


def _copies(m: MaterialFacts) -> str:
    count = m.copies.removesuffix(COPIES_UNIT)
    return count if count.isdigit() else m.copies


class MaterialCard(QFrame):
    """One material with every attribute a citizen needs."""

    def __init__(self, index: int, m: MaterialFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(label(f"{index}. {m.name}", "materialName"), 1)
        necessity, _, condition = m.necessity.partition(FULL_COLON)
        head.addWidget(label(attribute(necessity), "tag", wrap=False), 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        box.addWidget(label(self.tr("{form} {count}份　·　{medium}").format(
            form=attribute(m.form), count=_copies(m), medium=attribute(m.medium))))
        box.addWidget(label(self.tr("在哪里取得：{source}").format(source=attribute(m.source))))
        if condition:
            box.addWidget(label(self.tr("何时需要：{condition}").format(condition=condition)))
        if m.standard:
            box.addWidget(label(self.tr("要求：{standard}").format(standard=m.standard), "note"))
        if m.notes:
            box.addWidget(label(self.tr("说明：{notes}").format(notes=m.notes), "note"))
        if m.may_be_missing:
            box.addWidget(label(self.tr("暂时缺少时可签署承诺书容缺受理，之后补交。"), "note"))


class GuideDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts: GuideFacts | None = None
        self.per_page = 3
        self.page_number = 1
        self.cards: list[MaterialCard] = []
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
        self.materials_title.setText(self.tr("需要准备的材料（共 {count} 项）").format(count=len(facts.materials)))
        self.go(1)

    def set_per_page(self, per_page: int) -> None:
        self.per_page = per_page
        if self.facts is not None:
            self.go(self.page_number)

    def _fill_info(self, facts: GuideFacts) -> None:
        clear_layout(self.info_box)
        situation = facts.situation
        matter = facts.matter
        sections = [
            (self.tr("办理情形"), [self.tr("{name}：{description}").format(
                name=situation.name, description=situation.description) if situation.description else situation.name]),
            (self.tr("受理条件"), [f"{i}. {c}" for i, c in enumerate(facts.conditions, 1)] or [self.tr("无特殊条件。")]),
            (self.tr("收费"), [attribute(facts.fees)]),
            (self.tr("办理时限"), [self.tr("承诺 {promised}（法定 {legal}）").format(
                promised=limit(matter.promised_limit_days), legal=limit(matter.legal_limit_days))]),
            (self.tr("到哪里办"), [facts.where]),
            (self.tr("办理结果及领取"), [facts.pickup]),
            (self.tr("实施部门"), [facts.department_name]),
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
        self.cards = [MaterialCard(first + i, m) for i, m in enumerate(page.items)]
        for card in self.cards:
            self.cards_box.addWidget(card)
        self.pager.show_page(page.number, page.count)
