"""The follow-up state machine and its working-day deadlines (pure rules)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import UserError
from app.ratings import followup as fu
from app.ratings.followup import FollowupState as S
from app.workdays import DayOverride, WorkCalendar


def _calendar() -> WorkCalendar:
    # 2026-12-31 (Thu) and 2027-01-01 (Fri) holidays; Sunday 2027-01-03 an adjusted working day.
    return WorkCalendar([DayOverride(date(2026, 12, 31), False, "元旦"), DayOverride(date(2027, 1, 1), False, "元旦"),
                         DayOverride(date(2027, 1, 3), True, "元旦调休")], [2026, 2027], use_package=False)


def test_deadline_counts_working_days_only() -> None:
    cal = _calendar()
    # Monday 2026-11-23 + 5 working days = Monday 2026-11-30 (weekend skipped).
    assert fu.followup_deadline(cal, date(2026, 11, 23), 5) == date(2026, 11, 30)
    # Tuesday 2026-12-29 + 5: Wed 30, (Thu 31, Fri 1 holiday), Sun 3 worked, Mon 4, Tue 5, Wed 6.
    assert fu.followup_deadline(cal, date(2026, 12, 29), 5) == date(2027, 1, 6)
    assert fu.followup_deadline(cal, date(2026, 11, 23), 15) == date(2026, 12, 14)


@pytest.mark.parametrize("days", [4, 16, 0])
def test_deadline_days_outside_local_rules_are_refused(days: int) -> None:
    with pytest.raises(UserError, match="5 到 15"):
        fu.followup_deadline(_calendar(), date(2026, 11, 23), days)


def test_overdue_only_after_the_deadline_and_never_when_closed() -> None:
    deadline = date(2026, 11, 30)
    assert not fu.is_overdue(S.VERIFYING, deadline, date(2026, 11, 30))
    assert fu.is_overdue(S.VERIFYING, deadline, date(2026, 12, 1))
    assert fu.is_overdue(S.APPEAL, deadline, date(2026, 12, 1))
    assert not fu.is_overdue(S.CLOSED, deadline, date(2026, 12, 9))
    assert fu.working_days_left(_calendar(), deadline, date(2026, 12, 2)) == -2


def _path(actions: list[str], callback_required: bool) -> S:
    state = S.VERIFYING
    for name in actions:
        state = fu.check_step(state, name, callback_required, "已处理").target
    return state


def test_happy_path_verify_fix_call_back_close() -> None:
    assert _path(["rectify", "call_back", "close"], True) is S.CLOSED
    assert _path(["explain", "call_back", "close"], True) is S.CLOSED


def test_real_name_rating_must_be_called_back_before_closing() -> None:
    with pytest.raises(UserError, match="回访"):
        _path(["rectify", "close"], True)
    assert "close" not in [a.name for a in fu.allowed_actions(S.RECTIFYING, True)]
    # An anonymous rating without a phone cannot be called back: closed after the fix.
    assert _path(["rectify", "close"], False) is S.CLOSED


def test_appeal_upheld_closes_rejected_goes_back_to_verify() -> None:
    assert _path(["appeal", "uphold_appeal"], True) is S.CLOSED
    assert _path(["rectify", "appeal", "reject_appeal"], True) is S.VERIFYING
    assert fu.ACTIONS["uphold_appeal"].permission == "rating.review_appeal"


def test_steps_not_allowed_from_a_state_are_refused() -> None:
    with pytest.raises(UserError, match="待核实"):
        fu.check_step(S.VERIFYING, "call_back", True, "打过电话")
    with pytest.raises(UserError, match="办结"):
        fu.check_step(S.CLOSED, "rectify", True, "再改")
    with pytest.raises(UserError):
        fu.check_step(S.VERIFYING, "no_such_step", True, "x")
    assert fu.allowed_actions(S.CLOSED, True) == []


def test_every_step_needs_a_note() -> None:
    with pytest.raises(UserError, match="处理说明") as err:
        fu.check_step(S.VERIFYING, "rectify", True, "   ")
    assert err.value.field == "note"


def test_who_must_be_called_back() -> None:
    assert fu.callback_required(real_name=True, callback_ok=False, has_phone=False)
    assert fu.callback_required(real_name=False, callback_ok=True, has_phone=True)
    assert not fu.callback_required(real_name=False, callback_ok=True, has_phone=False)


def test_a_bad_setting_never_loses_a_rating_it_is_brought_into_range() -> None:
    assert [fu.usable_deadline_days(d) for d in (0, 5, 10, 15, 30)] == [5, 5, 10, 15, 15]
