"""All the hall figures of one period from the local store, as the page and the export
want them: one object that loads each source once and makes every table."""

from __future__ import annotations

from dataclasses import dataclass

from app.auth import require
from app.figures import case_figures, consultations, queue_figures, rating_figures
from app.figures.case_figures import CaseFigures
from app.figures.periods import Period
from app.figures.queue_figures import QueueFigures
from app.figures.table import Table
from app.i18n import N_
from app.station import Station

# (section, grouping) pairs the page offers and "export all" writes.
SECTIONS: dict[str, dict[str, str]] = {
    "queue": queue_figures.GROUPINGS,
    "cases": case_figures.GROUPINGS,
    "deadlines": case_figures.GROUPINGS,
    "ratings": rating_figures.GROUPINGS,
    "consultations": consultations.GROUPINGS,
}
SECTION_LABELS = {"queue": N_("排队"), "cases": N_("受理"), "deadlines": N_("办理时限"), "ratings": N_("好差评"),
                  "consultations": N_("咨询")}


@dataclass
class HallFigures:
    station: Station
    period: Period
    queue: QueueFigures
    cases: CaseFigures
    _consultations: list[consultations.ConsultationFact] | None = None

    def table(self, section: str, by: str) -> Table:
        if section == "queue":
            return self.queue.table(by)
        if section == "cases":
            return self.cases.table(by)
        if section == "deadlines":
            return self.cases.deadline_table(by)
        if section == "ratings":
            return rating_figures.table(self.station, by, self.period)
        if section == "consultations":
            if self._consultations is None:
                self._consultations = consultations.load_consultations(self.station, self.period)
            return consultations.table(self.station, by, self.period, self._consultations)
        raise ValueError(f"unknown section {section!r}")

    def hours_table(self) -> Table:
        return self.queue.hour_table(queue_figures.category_labeler(self.station))

    def missing_table(self) -> Table:
        return self.cases.missing_table()

    def all_tables(self) -> list[Table]:
        tables = [self.table(section, by) for section, groupings in SECTIONS.items() for by in groupings]
        return [*tables, self.hours_table(), self.missing_table()]


def hall_figures(station: Station, period: Period) -> HallFigures:
    """Loads the period's tickets and decisions once; ratings and consultations per table."""
    require(station.session, "stats.view")
    return HallFigures(station, period, queue_figures.queue_figures(station, period),
                       case_figures.case_figures(station, period))
