"""Window planning (窗口测算): how many windows each queue category needs in each hour band
of the next month, so that the chosen share of citizens waits no longer than the target.

Inputs, from the last weeks of the local store:

* arrivals: tickets taken per category and hour band on each working day of the history;
  the rate is the mean over those days (or, with ``basis="busy"``, the 80th-percentile day),
  per hour the category is open in that band;
* service time: the mean service time of the category's finished tickets in the history
  (the queue's default minutes when there is none).

The number of windows is the smallest for which Erlang C (app/figures/erlang.py) gives a
service level at or above the target. The plan shows the inputs, the expected waits with the
recommended windows and what one window fewer would give: the reasons for the number.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from app.auth import require
from app.catalog.model import QueueCategory
from app.figures import erlang
from app.figures.periods import Period, PeriodKind, hall_today, next_month
from app.figures.queue_figures import percentile
from app.figures.table import Cell, Column, Kind, Table, figure_table
from app.i18n import N_, Text, tr
from app.station import Station

BASES = {"mean": N_("平均工作日"), "busy": N_("繁忙日（80% 分位）")}
POOLED_NAME = N_("全科窗口合并")
POOLED = "*"  # the row of all categories served by all windows together (全科窗口)
DEFAULT_SERVICE_MINUTES = 5.0


@dataclass(frozen=True)
class PlanSettings:
    target_minutes: float = 15.0
    share: float = 0.8  # of citizens who should wait no longer than the target
    history_weeks: int = 4
    basis: str = "mean"

    def check(self) -> None:
        from app.errors import UserError

        if not 1 <= self.target_minutes <= 240:
            raise UserError("目标等候时间应在 1 到 240 分钟之间。", field="target_minutes")
        if not 0.5 <= self.share <= 0.99:
            raise UserError("达标比例应在 50% 到 99% 之间。", field="share")
        if not 1 <= self.history_weeks <= 26:
            raise UserError("参考历史应在 1 到 26 周之间。", field="history_weeks")
        if self.basis not in BASES:
            raise UserError("测算依据只能是平均工作日或繁忙日。", field="basis")


@dataclass(frozen=True)
class BandPlan:
    category: str  # category code, or POOLED
    category_name: str
    hour: int  # band start: hour .. hour+1
    open_minutes: int  # minutes of the band the category takes tickets
    arrivals_per_day: float  # citizens in the band on the basis day
    arrivals_per_hour: float  # rate while open
    service_minutes: float
    load: float  # erlangs: windows kept busy on average
    windows: int
    with_plan: erlang.Staffing
    one_fewer: erlang.Staffing | None
    mean_wait_minutes: float
    p90_wait_minutes: float

    @property
    def band(self) -> str:
        return f"{self.hour:02d}:00–{self.hour + 1:02d}:00"

    def why(self, settings: PlanSettings) -> str:
        """The reasons for the number, in the interface language (shown, and put in the plan's table)."""
        return str(self.why_text(settings))

    def why_text(self, settings: PlanSettings) -> Text:
        values = {"rate": self.arrivals_per_hour, "service": self.service_minutes, "load": self.load,
                  "windows": self.windows, "level": self.with_plan.service_level, "target": settings.target_minutes}
        if self.one_fewer is None:
            return Text("约每小时 {rate:.1f} 人、平均办理 {service:.1f} 分钟，相当于 {load:.2f} 个窗口一直在忙；"
                        "{windows} 个窗口时{level:.0%} 的群众{target:g}分钟内被叫到。", **values)
        if self.one_fewer.windows <= self.load:
            return Text("约每小时 {rate:.1f} 人、平均办理 {service:.1f} 分钟，相当于 {load:.2f} 个窗口一直在忙；"
                        "{windows} 个窗口时{level:.0%} 的群众{target:g}分钟内被叫到；"
                        "{fewer} 个窗口处理不过来，排队会越来越长。", fewer=self.one_fewer.windows, **values)
        return Text("约每小时 {rate:.1f} 人、平均办理 {service:.1f} 分钟，相当于 {load:.2f} 个窗口一直在忙；"
                    "{windows} 个窗口时{level:.0%} 的群众{target:g}分钟内被叫到；"
                    "{fewer} 个窗口时只有 {fewer_level:.0%}。", fewer=self.one_fewer.windows,
                    fewer_level=self.one_fewer.service_level, **values)


@dataclass(frozen=True)
class WindowPlan:
    settings: PlanSettings
    history: Period  # the days the inputs come from
    working_days: int
    month: Period  # the month planned for
    bands: list[BandPlan]

    def peak(self, category: str) -> int:
        return max((b.windows for b in self.bands if b.category == category), default=0)

    def table(self) -> Table:
        columns = (Column(N_("业务类别"), Kind.TEXT), Column(N_("时段"), Kind.TEXT),
                   Column(N_("到达（人/日）"), Kind.NUMBER), Column(N_("到达率（人/小时）"), Kind.NUMBER),
                   Column(N_("平均办理（分）"), Kind.MINUTES), Column(N_("工作量（窗口）"), Kind.NUMBER),
                   Column(N_("建议窗口数")), Column(N_("窗口忙碌率"), Kind.PERCENT),
                   Column(N_("需等候比例"), Kind.PERCENT), Column(N_("目标内叫号比例"), Kind.PERCENT),
                   Column(N_("预计平均等候（分）"), Kind.MINUTES), Column(N_("预计90%等候（分）"), Kind.MINUTES),
                   Column(N_("少一个窗口时目标内比例"), Kind.PERCENT), Column(N_("说明"), Kind.TEXT))
        rows: list[tuple[Cell, ...]] = []
        for b in self.bands:
            fewer = b.one_fewer.service_level if b.one_fewer is not None else None
            rows.append((b.category_name, b.band, b.arrivals_per_day, b.arrivals_per_hour, b.service_minutes, b.load,
                         b.windows, b.with_plan.occupancy, b.with_plan.wait_probability, b.with_plan.service_level,
                         b.mean_wait_minutes, b.p90_wait_minutes, fewer, b.why(self.settings)))
        s = self.settings
        note = Text("依据 {first:%Y-%m-%d} 至 {last:%Y-%m-%d} 的 {days} 个工作日（{basis}），按 Erlang C 排队模型测算："
                    "使 {share:.0%} 的群众等候不超过 {minutes:g} 分钟所需的最少窗口数。"
                    "“全科窗口合并”一行为所有类别由同一批窗口办理时所需的窗口数。",
                    first=self.history.start, last=self.history.end, days=self.working_days, basis=BASES[s.basis],
                    share=s.share, minutes=s.target_minutes)
        return figure_table("window_plan", Text("{month}窗口测算", month=self.month.text), columns, rows, note=note)


def _open_minutes(category: QueueCategory | None, hour: int) -> int:
    if category is None or not category.service_hours:
        return 60
    total = 0
    for span in category.service_hours:
        start = _minutes(span.start)
        end = _minutes(span.end)
        total += max(0, min(end, (hour + 1) * 60) - max(start, hour * 60))
    return total


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def history_period(today: date, weeks: int) -> Period:
    """The ``weeks`` weeks that end yesterday."""
    end = today - timedelta(days=1)
    return Period(PeriodKind.DAY, end - timedelta(days=7 * weeks - 1), end)


def _arrivals(station: Station, history: Period, days: list[str]) -> dict[tuple[str, int], list[int]]:
    """(category, hour) -> tickets taken on each working day of the history (zeros included)."""
    index = {d: n for n, d in enumerate(days)}
    out: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0] * len(days))
    for r in station.store.query(
            "SELECT day, category_code, CAST(substr(taken_at, 12, 2) AS INTEGER) AS hour, COUNT(*) AS n"
            " FROM queue_tickets WHERE day BETWEEN ? AND ? GROUP BY day, category_code, hour",
            (history.first, history.end.isoformat())):
        if r["day"] in index:
            out[(r["category_code"], int(r["hour"]))][index[r["day"]]] += int(r["n"])
    return out


def _service_minutes(station: Station, history: Period) -> dict[str, float]:
    rows = station.store.query(
        "SELECT category_code, AVG(service_seconds) AS s FROM queue_tickets WHERE state = 'finished'"
        " AND service_seconds IS NOT NULL AND day BETWEEN ? AND ? GROUP BY category_code",
        (history.first, history.end.isoformat()))
    found = {r["category_code"]: float(r["s"]) / 60 for r in rows if r["s"]}
    for r in station.store.query("SELECT category_code, default_minutes FROM queue_category_settings"):
        found.setdefault(r["category_code"], float(r["default_minutes"]))
    return found


def _basis_value(per_day: list[int], basis: str) -> float:
    if basis == "busy":
        return float(percentile([float(n) for n in per_day], 0.8) or 0.0)
    return sum(per_day) / len(per_day)


def _band(code: str, name: str, hour: int, open_minutes: int, per_day: float, service: float,
          settings: PlanSettings) -> BandPlan:
    rate = per_day * 60 / open_minutes  # per hour while open
    load = rate * service / 60
    windows = erlang.windows_needed(load, settings.target_minutes, service, settings.share)
    plan = erlang.staffing(windows, load, settings.target_minutes, service)
    fewer = erlang.staffing(windows - 1, load, settings.target_minutes, service) if windows > 1 else None
    p90 = erlang.wait_quantile(windows, load, service, 0.9) if windows else 0.0
    return BandPlan(code, name, hour, open_minutes, per_day, rate, service, load, windows, plan, fewer,
                    plan.mean_wait, p90)


def window_plan(station: Station, settings: PlanSettings | None = None) -> WindowPlan:
    """The plan for next month from the history before today."""
    require(station.session, "stats.view")
    settings = settings or PlanSettings()
    settings.check()
    today = hall_today(station)
    history = history_period(today, settings.history_weeks)
    calendar = station.calendar
    days = [d.isoformat() for d in history.dates() if calendar.is_working_day(d)]
    categories = {c.code: c for c in station.catalog.queue_categories} if station.has_catalog else {}
    bands: list[BandPlan] = []
    if days:
        bands = _plan_bands(station, history, days, categories, settings)
    return WindowPlan(settings, history, len(days), next_month(today), bands)


def _plan_bands(station: Station, history: Period, days: list[str], categories: dict[str, QueueCategory],
                settings: PlanSettings) -> list[BandPlan]:
    arrivals = _arrivals(station, history, days)
    service = _service_minutes(station, history)
    bands: list[BandPlan] = []
    pooled: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])  # hour -> [arrivals/day, busy minutes/day]
    for (code, hour), per_day in sorted(arrivals.items()):
        value = _basis_value(per_day, settings.basis)
        if value <= 0:
            continue
        category = categories.get(code)
        minutes = _open_minutes(category, hour) or 60
        mean_service = service.get(code, DEFAULT_SERVICE_MINUTES)
        bands.append(_band(code, category.name if category else code, hour, minutes, value, mean_service, settings))
        pooled[hour][0] += value
        pooled[hour][1] += value * mean_service
    for hour, (people, busy) in sorted(pooled.items()):
        minutes = max((b.open_minutes for b in bands if b.hour == hour), default=60)
        bands.append(_band(POOLED, tr(POOLED_NAME), hour, minutes, people, busy / people, settings))
    return bands


def peak_windows(plan: WindowPlan) -> dict[str, int]:
    """The most windows each category needs in any band (what the month's roster must cover)."""
    return {code: plan.peak(code) for code in dict.fromkeys(b.category for b in plan.bands)}
