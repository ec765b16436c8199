"""Charts a manager would rather look at than read: arrivals by hour, waiting time by
category, ratings over time (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter

from app.figures.queue_figures import QueueFigures
from app.ratings.levels import LEVELS, RatingLevel
from ui.ratings.labels import level_label

LEVEL_COLOURS = {RatingLevel.VERY_SATISFIED: "#2e7d32", RatingLevel.SATISFIED: "#66bb6a",
                 RatingLevel.BASICALLY_SATISFIED: "#c0ca33", RatingLevel.DISSATISFIED: "#fb8c00",
                 RatingLevel.VERY_DISSATISFIED: "#c62828"}


def _view(chart: QChart) -> QChartView:
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(280)
    return view


def _value_axis(title: str, top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0, max(1.0, top * 1.1))
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
    return axis


def arrivals_chart(figures: QueueFigures, category_name: dict[str, str]) -> QChartView:
    """Average tickets per open day in each hour, stacked by category."""
    by_hour = figures.arrivals_by_hour()
    hours = sorted({h for per in by_hour.values() for h in per})
    days = max(1, figures.open_days)
    series = QStackedBarSeries()
    for code in sorted(by_hour):
        bar = QBarSet(category_name.get(code, code))
        bar.append([by_hour[code].get(h, 0) / days for h in hours])
        series.append(bar)
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("HallCharts", "各时段取号人数（日均，{days} 天）").format(days=days))
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([QCoreApplication.translate("HallCharts", "{hour}时").format(hour=h) for h in hours])
    totals = [sum(by_hour[c].get(h, 0) for c in by_hour) / days for h in hours]
    axis_y = _value_axis(QCoreApplication.translate("HallCharts", "人"), max(totals, default=1))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return _view(chart)


def waiting_chart(figures: QueueFigures) -> QChartView:
    """Mean and 90th-percentile wait per category, in minutes."""
    rows = [r for r in figures.rows("category") if r.waits]
    mean = QBarSet(QCoreApplication.translate("HallCharts", "平均等候"))
    p90 = QBarSet(QCoreApplication.translate("HallCharts", "90% 的人等候不超过"))
    mean.append([r.mean_wait_min or 0.0 for r in rows])
    p90.append([r.p90_wait_min or 0.0 for r in rows])
    p90.setColor(QColor("#ef6c00"))
    series = QBarSeries()
    series.append(mean)
    series.append(p90)
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("HallCharts", "各业务类别等候时间（分钟）"))
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([r.label for r in rows])
    top = max((r.p90_wait_min or 0.0 for r in rows), default=1.0)
    axis_y = _value_axis(QCoreApplication.translate("HallCharts", "分钟"), top)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return _view(chart)


def ratings_chart(days: list[tuple[str, dict[RatingLevel, int], float | None]]) -> QChartView:
    """Ratings per level per day (stacked) and the day's poor share (line, right axis)."""
    series = QStackedBarSeries()
    for level in LEVELS:
        bar = QBarSet(level_label(level))
        bar.setColor(QColor(LEVEL_COLOURS[level]))
        bar.append([float(levels[level]) for _, levels, _ in days])
        series.append(bar)
    poor = QLineSeries()
    poor.setName(QCoreApplication.translate("HallCharts", "差评率 %"))
    for n, (_, _, share) in enumerate(days):
        if share is not None:  # days with no rating (weekends) have no share
            poor.append(n, 100 * share)
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("HallCharts", "每日评价"))
    chart.addSeries(series)
    chart.addSeries(poor)
    axis_x = QBarCategoryAxis()
    axis_x.append([day[5:] for day, _, _ in days])
    counts = [sum(levels.values()) for _, levels, _ in days]
    axis_y = _value_axis(QCoreApplication.translate("HallCharts", "评价数"), max(counts, default=1))
    axis_share = QValueAxis()
    axis_share.setRange(0, max(10.0, max((100 * (s or 0) for _, _, s in days), default=0) * 1.2))
    axis_share.setLabelFormat("%.0f%%")
    axis_share.setTitleText(QCoreApplication.translate("HallCharts", "差评率"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_share, Qt.AlignmentFlag.AlignRight)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    poor.attachAxis(axis_x)
    poor.attachAxis(axis_share)
    return _view(chart)
