"""Which decisions a checklist allows: every combination of necessity, condition, 容缺
and the state of the material, alone and mixed with a received required material."""

from __future__ import annotations

import itertools

import pytest

from app.catalog.model import Material, MaterialForm, MaterialMedium, MaterialSource, Necessity
from app.errors import UserError
from app.intake.rules import ChecklistItem, Decision, ItemState, allowed_decisions, check_decision

A, S, G, R = Decision.ACCEPT, Decision.SUPPLEMENT, Decision.ACCEPT_WITH_GAPS, Decision.REFUSE


def material(code: str, necessity: Necessity, may_be_missing: bool) -> Material:
    return Material(code, f"材料{code}", MaterialForm.ORIGINAL, 1, MaterialMedium.PAPER, necessity, may_be_missing,
                    MaterialSource.APPLICANT)


def expected(necessity: Necessity, applies: bool, may_be_missing: bool, state: ItemState) -> frozenset[Decision]:
    needed = necessity is Necessity.REQUIRED or (necessity is Necessity.CONDITIONAL and applies)
    gap = needed and state is not ItemState.RECEIVED
    told = gap or state is ItemState.NONCONFORMING
    result = {R}
    if not gap:
        result.add(A)
    if told:
        result.add(S)
    if gap and may_be_missing:
        result.add(G)
    return frozenset(result)


CASES = list(itertools.product(Necessity, (True, False), (True, False), ItemState))


@pytest.mark.parametrize(("necessity", "applies", "may_be_missing", "state"), CASES)
def test_single_item(necessity: Necessity, applies: bool, may_be_missing: bool, state: ItemState) -> None:
    item = ChecklistItem(material("1", necessity, may_be_missing), state, applies)
    assert allowed_decisions([item]).allowed == expected(necessity, applies, may_be_missing, state)


@pytest.mark.parametrize(("necessity", "applies", "may_be_missing", "state"), CASES)
def test_with_a_strict_required_gap(necessity: Necessity, applies: bool, may_be_missing: bool,
                                    state: ItemState) -> None:
    """A required material that may NOT be missing is missing: never accept, never 容缺."""
    strict = ChecklistItem(material("0", Necessity.REQUIRED, False), ItemState.MISSING)
    item = ChecklistItem(material("1", necessity, may_be_missing), state, applies)
    assert allowed_decisions([strict, item]).allowed == frozenset({S, R})


@pytest.mark.parametrize(("necessity", "applies", "may_be_missing", "state"), CASES)
def test_with_a_waivable_gap(necessity: Necessity, applies: bool, may_be_missing: bool, state: ItemState) -> None:
    """Another required material is missing but may be: 容缺 depends on this item too."""
    waivable = ChecklistItem(material("0", Necessity.REQUIRED, True), ItemState.MISSING)
    item = ChecklistItem(material("1", necessity, may_be_missing), state, applies)
    own = expected(necessity, applies, may_be_missing, state)
    own_gap = A not in own
    want = {S, R}
    if not own_gap or may_be_missing:
        want.add(G)
    assert allowed_decisions([waivable, item]).allowed == frozenset(want)


def test_empty_checklist_may_be_accepted() -> None:
    assert allowed_decisions([]).allowed == frozenset({A, R})


def test_why_not_names_the_materials_that_may_not_be_missing() -> None:
    items = [ChecklistItem(material("1", Necessity.REQUIRED, False), ItemState.MISSING),
             ChecklistItem(material("2", Necessity.REQUIRED, True), ItemState.MISSING)]
    result = allowed_decisions(items)
    assert "材料1" in result.why_not[G] and "材料2" not in result.why_not[G]
    with pytest.raises(UserError, match="不能容缺受理"):
        check_decision(items, G)
