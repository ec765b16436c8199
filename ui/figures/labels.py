"""Display text of the figures labels that app/figures defines in Chinese (groupings,
sections, period kinds, planning bases) and of a period's name.

app/ keeps these labels Chinese in its tables (the server sends them that way) and marks them
with N_ too; the page translates them here, in these contexts. Table titles and notes, row labels
and the window plan's reasons come already in the interface language from app/ (app/i18n.py).
tests/ui/test_i18n_ratings_figures_sync.py checks these lists still match app/.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.figures.periods import Period, PeriodKind

GROUPING_TEXTS = (
    QT_TRANSLATE_NOOP("FigureGrouping", "事项"),
    QT_TRANSLATE_NOOP("FigureGrouping", "业务类别"),
    QT_TRANSLATE_NOOP("FigureGrouping", "窗口"),
    QT_TRANSLATE_NOOP("FigureGrouping", "窗口人员"),
    QT_TRANSLATE_NOOP("FigureGrouping", "日期"),
)
SECTION_TEXTS = (
    QT_TRANSLATE_NOOP("FigureSection", "排队"),
    QT_TRANSLATE_NOOP("FigureSection", "受理"),
    QT_TRANSLATE_NOOP("FigureSection", "办理时限"),
    QT_TRANSLATE_NOOP("FigureSection", "好差评"),
    QT_TRANSLATE_NOOP("FigureSection", "咨询"),
    QT_TRANSLATE_NOOP("FigureSection", "补正材料"),
    QT_TRANSLATE_NOOP("FigureSection", "上报记录"),
)
PERIOD_KIND_TEXTS = (
    QT_TRANSLATE_NOOP("PeriodKind", "日"),
    QT_TRANSLATE_NOOP("PeriodKind", "周"),
    QT_TRANSLATE_NOOP("PeriodKind", "月"),
)
BASIS_TEXTS = (
    QT_TRANSLATE_NOOP("PlanBasis", "平均工作日"),
    QT_TRANSLATE_NOOP("PlanBasis", "繁忙日（80% 分位）"),
)

# Column titles of app/figures tables (groupings and rating levels are translated in their own contexts).
COLUMN_TEXTS = (
    QT_TRANSLATE_NOOP("FigureColumn", "申请件数"),
    QT_TRANSLATE_NOOP("FigureColumn", "受理"),
    QT_TRANSLATE_NOOP("FigureColumn", "容缺受理"),
    QT_TRANSLATE_NOOP("FigureColumn", "补正通知"),
    QT_TRANSLATE_NOOP("FigureColumn", "不予受理"),
    QT_TRANSLATE_NOOP("FigureColumn", "受理合计"),
    QT_TRANSLATE_NOOP("FigureColumn", "补正后受理"),
    QT_TRANSLATE_NOOP("FigureColumn", "二次跑动率"),
    QT_TRANSLATE_NOOP("FigureColumn", "在办件"),
    QT_TRANSLATE_NOOP("FigureColumn", "临期（黄灯）"),
    QT_TRANSLATE_NOOP("FigureColumn", "超期（红灯）"),
    QT_TRANSLATE_NOOP("FigureColumn", "超期率"),
    QT_TRANSLATE_NOOP("FigureColumn", "已收件待受理"),
    QT_TRANSLATE_NOOP("FigureColumn", "收件超五个工作日"),
    QT_TRANSLATE_NOOP("FigureColumn", "事项"),
    QT_TRANSLATE_NOOP("FigureColumn", "材料"),
    QT_TRANSLATE_NOOP("FigureColumn", "缺少"),
    QT_TRANSLATE_NOOP("FigureColumn", "不符合要求"),
    QT_TRANSLATE_NOOP("FigureColumn", "合计"),
    QT_TRANSLATE_NOOP("FigureColumn", "该事项补正通知"),
    QT_TRANSLATE_NOOP("FigureColumn", "出现比例"),
    QT_TRANSLATE_NOOP("FigureColumn", "最常见的不符合原因"),
    QT_TRANSLATE_NOOP("FigureColumn", "咨询次数"),
    QT_TRANSLATE_NOOP("FigureColumn", "转交"),
    QT_TRANSLATE_NOOP("FigureColumn", "转交比例"),
    QT_TRANSLATE_NOOP("FigureColumn", "已评价"),
    QT_TRANSLATE_NOOP("FigureColumn", "差评"),
    QT_TRANSLATE_NOOP("FigureColumn", "业务类别"),
    QT_TRANSLATE_NOOP("FigureColumn", "时段"),
    QT_TRANSLATE_NOOP("FigureColumn", "到达（人/日）"),
    QT_TRANSLATE_NOOP("FigureColumn", "到达率（人/小时）"),
    QT_TRANSLATE_NOOP("FigureColumn", "平均办理（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "工作量（窗口）"),
    QT_TRANSLATE_NOOP("FigureColumn", "建议窗口数"),
    QT_TRANSLATE_NOOP("FigureColumn", "窗口忙碌率"),
    QT_TRANSLATE_NOOP("FigureColumn", "需等候比例"),
    QT_TRANSLATE_NOOP("FigureColumn", "目标内叫号比例"),
    QT_TRANSLATE_NOOP("FigureColumn", "预计平均等候（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "预计90%等候（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "少一个窗口时目标内比例"),
    QT_TRANSLATE_NOOP("FigureColumn", "说明"),
    QT_TRANSLATE_NOOP("FigureColumn", "日均"),
    QT_TRANSLATE_NOOP("FigureColumn", "取号"),
    QT_TRANSLATE_NOOP("FigureColumn", "已办结"),
    QT_TRANSLATE_NOOP("FigureColumn", "过号"),
    QT_TRANSLATE_NOOP("FigureColumn", "未叫号离开"),
    QT_TRANSLATE_NOOP("FigureColumn", "未办结"),
    QT_TRANSLATE_NOOP("FigureColumn", "过号率"),
    QT_TRANSLATE_NOOP("FigureColumn", "平均等候（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "90%等候（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "最长等候（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "90%办理（分）"),
    QT_TRANSLATE_NOOP("FigureColumn", "差评数"),
    QT_TRANSLATE_NOOP("FigureColumn", "差评率"),
    QT_TRANSLATE_NOOP("FigureColumn", "应办结整改"),
    QT_TRANSLATE_NOOP("FigureColumn", "按时办结"),
    QT_TRANSLATE_NOOP("FigureColumn", "整改按时率"),
    QT_TRANSLATE_NOOP("FigureColumn", "记录类型"),
    QT_TRANSLATE_NOOP("FigureColumn", "条数"),
)


def grouping_label(label: str) -> str:
    return QCoreApplication.translate("FigureGrouping", label)


def section_label(label: str) -> str:
    return QCoreApplication.translate("FigureSection", label)


def period_kind_label(kind: PeriodKind) -> str:
    return QCoreApplication.translate("PeriodKind", kind.label)


def basis_label(label: str) -> str:
    return QCoreApplication.translate("PlanBasis", label)


def column_title(text: str) -> str:
    """A column title of an app/figures table; the 合计 line's label too."""
    for context in ("FigureColumn", "FigureGrouping", "RatingLevel"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def period_label(period: Period) -> str:
    """The period's name as app.figures.periods.Period.label gives it, in the interface language."""
    start, end = period.start, period.end
    if period.kind is PeriodKind.DAY:
        return QCoreApplication.translate("Period", "{year}年{month}月{day}日").format(
            year=start.year, month=f"{start.month:02d}", day=f"{start.day:02d}")
    if period.kind is PeriodKind.MONTH:
        return QCoreApplication.translate("Period", "{year}年{month}月").format(year=start.year, month=start.month)
    return QCoreApplication.translate("Period", "{start} 至 {end}").format(start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}")
