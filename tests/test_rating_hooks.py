"""Every finished service asks the pad for exactly one rating (一次一评), naming its case;
a walk-in decision asks by itself; handing over a result asks for a rating of the case."""

from __future__ import annotations

from dataclasses import replace

from app.auth import Session
from app.intake.service import Collector, IntakeService, serving_ticket_id
from app.queue.service import QueueService
from app.ratings.service import RatingService
from app.station import Station
from tests.intake_helpers import ID_NO, all_received, walk_in


def pending(station: Station) -> list[tuple[str, str, str, str]]:
    rows = station.store.query(
        "SELECT kind, service_id, ticket_no, case_no FROM rating_requests WHERE state = 'pending' ORDER BY requested_at")
    return [(r["kind"], r["service_id"], r["ticket_no"], r["case_no"]) for r in rows]


def test_finished_ticket_asks_once_and_names_the_case(clerk_station: Station) -> None:
    queue, intake = QueueService(clerk_station), IntakeService(clerk_station)
    category = clerk_station.catalog.queue_categories[0].code
    taken = queue.take_ticket(category)
    called = queue.call_next()
    assert called is not None and called.id == taken.ticket.id
    draft = replace(walk_in(intake), ticket_id=serving_ticket_id(clerk_station))
    outcome = intake.accept(all_received(intake, draft))
    assert pending(clerk_station) == []  # the decision waits for the ticket to finish
    queue.finish()
    requests = pending(clerk_station)
    assert requests == [("window_service", taken.ticket.id, taken.ticket.ticket_no, outcome.case_no)]
    assert RatingService(clerk_station).pending_request() is not None


def test_calling_the_next_ticket_finishes_and_asks_for_the_previous(clerk_station: Station) -> None:
    queue = QueueService(clerk_station)
    category = clerk_station.catalog.queue_categories[0].code
    first = queue.take_ticket(category)
    queue.take_ticket(category)
    queue.call_next()
    queue.call_next()
    assert [r[1] for r in pending(clerk_station)] == [first.ticket.id]


def test_walk_in_decision_asks_by_itself(clerk_station: Station) -> None:
    intake = IntakeService(clerk_station)
    outcome = intake.accept(all_received(intake, walk_in(intake)))
    assert pending(clerk_station) == [("window_service", outcome.case_id, "", outcome.case_no)]


def test_result_pickup_asks_for_a_rating_of_the_case(clerk_station: Station) -> None:
    intake = IntakeService(clerk_station)
    outcome = intake.accept(all_received(intake, walk_in(intake)))
    clerk = clerk_station.session
    clerk_station.session = Session("S900", "陈静", "supervisor", "1")
    intake.set_status(outcome.case_id, "approved")
    intake.set_status(outcome.case_id, "ready")
    clerk_station.session = clerk
    intake.deliver(outcome.case_id, Collector("applicant", id_no=ID_NO))
    assert pending(clerk_station)[-1] == ("case", outcome.case_id, "", outcome.case_no)


def test_demo_cases_for_the_kiosk_ask_nobody_for_a_rating(station: Station) -> None:
    from app.kiosk_rules import seed_demo_cases

    assert seed_demo_cases(station)
    assert pending(station) == []
