"""Why a decision button is disabled, in the interface language.

app.intake.rules words its reasons in Chinese (they also end up in UserError messages). Here each
is rebuilt from the same checklist and translated, but only when the rebuilt Chinese is exactly
the text app/ gave: a reason app/ words differently one day is shown as app/ gave it, never a
wrong translation.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.intake.rules import ChecklistItem, gaps

CONTEXT = "DecisionHelp"
GAPS_LEFT = QT_TRANSLATE_NOOP("DecisionHelp", "还有 {count} 项必要材料缺少或不符合要求。")
NOTHING_TO_SUPPLEMENT = QT_TRANSLATE_NOOP("DecisionHelp", "材料齐全且符合要求，无需补正。")
NO_GAPS = QT_TRANSLATE_NOOP("DecisionHelp", "没有缺少的必要材料，请直接受理。")
NOT_WAIVABLE = QT_TRANSLATE_NOOP("DecisionHelp", "以下材料不可容缺：{materials}。")
APP_JOINER = "、"  # i18n: data (app.intake.rules joins the material names with it)


def explain(text: str, items: Iterable[ChecklistItem]) -> str:
    """``text`` (a why-not reason from app/) in the interface language."""
    found = gaps(items)
    strict = [i.material.name for i in found if not i.material.may_be_missing]
    joiner = QCoreApplication.translate(CONTEXT, "、")
    candidates: tuple[tuple[object, dict[str, object], dict[str, object]], ...] = (
        (GAPS_LEFT, {"count": len(found)}, {"count": len(found)}),
        (NOTHING_TO_SUPPLEMENT, {}, {}),
        (NO_GAPS, {}, {}),
        (NOT_WAIVABLE, {"materials": APP_JOINER.join(strict)}, {"materials": joiner.join(strict)}),
    )
    for template, as_app, shown in candidates:
        if str(template).format(**as_app) == text:
            return QCoreApplication.translate(CONTEXT, str(template)).format(**shown)
    return text
