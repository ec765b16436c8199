"""Which decisions a clerk may take on a checklist (pure rules, no store, no Qt).

A material is *needed* when it is required, or conditional and the clerk says its
condition applies. A needed material that is missing or does not conform is a *gap*.

- 受理 (accept): no gaps.
- 补正 (supplement): at least one item to tell the applicant about (every gap, plus any
  optional material handed over that does not conform).
- 容缺受理 (accept with gaps): there are gaps and every one of them may be missing (容缺).
- 不予受理 (refuse): always possible; it is about eligibility, not materials.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.catalog.model import Material, Necessity
from app.i18n import N_, Text


class ItemState(StrEnum):
    RECEIVED = "received"
    MISSING = "missing"
    NONCONFORMING = "nonconforming"

    @property
    def label(self) -> str:
        return {"received": N_("已收"), "missing": N_("缺少"), "nonconforming": N_("不符合要求")}[self.value]


class Decision(StrEnum):
    ACCEPT = "accept"
    SUPPLEMENT = "supplement"
    ACCEPT_WITH_GAPS = "accept_with_gaps"
    REFUSE = "refuse"

    @property
    def label(self) -> str:
        return {"accept": N_("受理"), "supplement": N_("补正"), "accept_with_gaps": N_("容缺受理"),
                "refuse": N_("不予受理")}[self.value]


# the error when a decision is not allowed: "不能<decision>：<why not>" (whole sentences, so each translates well)
CANNOT: dict[Decision, str] = {
    Decision.ACCEPT: N_("不能受理：{reason}"),
    Decision.SUPPLEMENT: N_("不能补正：{reason}"),
    Decision.ACCEPT_WITH_GAPS: N_("不能容缺受理：{reason}"),
    Decision.REFUSE: N_("不能不予受理：{reason}"),
}


@dataclass(frozen=True)
class ChecklistItem:
    """One material on the checklist with what the clerk marked."""

    material: Material
    state: ItemState = ItemState.MISSING
    applies: bool = True  # for conditional materials: the condition applies here
    form: str = ""  # MaterialForm value actually handed over ("" = as catalogued)
    copies: int = 0  # copies actually handed over (0 = as catalogued)
    reason: str = ""

    @property
    def needed(self) -> bool:
        necessity = self.material.necessity
        if necessity is Necessity.REQUIRED:
            return True
        return necessity is Necessity.CONDITIONAL and self.applies

    @property
    def is_gap(self) -> bool:
        return self.needed and self.state is not ItemState.RECEIVED

    @property
    def on_notice(self) -> bool:
        """Told on the supplement notice: a gap, or anything handed over that does not conform."""
        return self.is_gap or self.state is ItemState.NONCONFORMING

    @property
    def open(self) -> bool:
        """Still to be dealt with when the applicant comes back."""
        return self.on_notice


@dataclass(frozen=True)
class AllowedDecisions:
    allowed: frozenset[Decision]
    reasons: dict[Decision, Text]  # why a decision is not allowed (str() gives it in the interface language)

    def __contains__(self, decision: object) -> bool:
        return decision in self.allowed

    @property
    def why_not(self) -> dict[Decision, str]:
        """The reasons in Chinese."""
        return {decision: text.chinese() for decision, text in self.reasons.items()}


def gaps(items: Iterable[ChecklistItem]) -> list[ChecklistItem]:
    return [i for i in items if i.is_gap]


def notice_items(items: Iterable[ChecklistItem]) -> list[ChecklistItem]:
    return [i for i in items if i.on_notice]


def allowed_decisions(items: Iterable[ChecklistItem]) -> AllowedDecisions:
    checklist = list(items)
    found_gaps = gaps(checklist)
    told = notice_items(checklist)
    allowed = {Decision.REFUSE}
    why_not: dict[Decision, Text] = {}
    if not found_gaps:
        allowed.add(Decision.ACCEPT)
    else:
        why_not[Decision.ACCEPT] = Text("还有 {count} 项必要材料缺少或不符合要求。", count=len(found_gaps))
    if told:
        allowed.add(Decision.SUPPLEMENT)
    else:
        why_not[Decision.SUPPLEMENT] = Text("材料齐全且符合要求，无需补正。")
    strict = [i.material.name for i in found_gaps if not i.material.may_be_missing]
    if found_gaps and not strict:
        allowed.add(Decision.ACCEPT_WITH_GAPS)
    elif not found_gaps:
        why_not[Decision.ACCEPT_WITH_GAPS] = Text("没有缺少的必要材料，请直接受理。")
    else:
        why_not[Decision.ACCEPT_WITH_GAPS] = Text("以下材料不可容缺：{materials}。", materials=strict)
    return AllowedDecisions(frozenset(allowed), why_not)


def check_decision(items: Iterable[ChecklistItem], decision: Decision) -> None:
    """UserError when ``decision`` is not allowed for this checklist."""
    from app.errors import UserError

    result = allowed_decisions(items)
    if decision not in result.allowed:
        raise UserError(CANNOT[decision], reason=result.reasons[decision])
