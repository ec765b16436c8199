"""Display of the fixed Chinese labels app/ hands to the UI (enum ``.label``s, status and view names,
document titles, ID types, the queue's call and no-show texts). Rating labels: ui/ratings/labels.py.

app/ keeps its labels in Chinese: they are printed, stored and sent as they are. The UI shows them
through :func:`label`, which looks each one up under the one context ``AppLabels``; every label
app/ can hand over is listed below so that lupdate sees it. A text not listed is shown unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AppLabels"

LABELS: tuple[object, ...] = (  # QT_TRANSLATE_NOOP is typed as returning object
    # app.catalog.model: MaterialForm, MaterialMedium, Necessity, MaterialSource
    QT_TRANSLATE_NOOP("AppLabels", "原件"),
    QT_TRANSLATE_NOOP("AppLabels", "复印件"),
    QT_TRANSLATE_NOOP("AppLabels", "原件及复印件"),
    QT_TRANSLATE_NOOP("AppLabels", "纸质"),
    QT_TRANSLATE_NOOP("AppLabels", "电子"),
    QT_TRANSLATE_NOOP("AppLabels", "纸质或电子"),
    QT_TRANSLATE_NOOP("AppLabels", "必要"),
    QT_TRANSLATE_NOOP("AppLabels", "非必要"),
    QT_TRANSLATE_NOOP("AppLabels", "情形必要"),
    QT_TRANSLATE_NOOP("AppLabels", "申请人自备"),
    QT_TRANSLATE_NOOP("AppLabels", "政府部门核发"),
    QT_TRANSLATE_NOOP("AppLabels", "其他机构出具"),
    QT_TRANSLATE_NOOP("AppLabels", "窗口领取/网上下载"),
    # app.intake.rules: ItemState, Decision
    QT_TRANSLATE_NOOP("AppLabels", "已收"),
    QT_TRANSLATE_NOOP("AppLabels", "缺少"),
    QT_TRANSLATE_NOOP("AppLabels", "不符合要求"),
    QT_TRANSLATE_NOOP("AppLabels", "受理"),
    QT_TRANSLATE_NOOP("AppLabels", "补正"),
    QT_TRANSLATE_NOOP("AppLabels", "容缺受理"),
    QT_TRANSLATE_NOOP("AppLabels", "不予受理"),
    # app.intake.records STATUS_LABELS and app.protocol CASE_STATUSES
    QT_TRANSLATE_NOOP("AppLabels", "已收件待受理"),
    QT_TRANSLATE_NOOP("AppLabels", "待补正"),
    QT_TRANSLATE_NOOP("AppLabels", "已受理"),
    QT_TRANSLATE_NOOP("AppLabels", "审批中"),
    QT_TRANSLATE_NOOP("AppLabels", "办结（准予）"),
    QT_TRANSLATE_NOOP("AppLabels", "办结（不予批准）"),
    QT_TRANSLATE_NOOP("AppLabels", "待领取"),
    QT_TRANSLATE_NOOP("AppLabels", "已出件"),
    QT_TRANSLATE_NOOP("AppLabels", "已作废"),
    # app.intake.deadlines Light
    QT_TRANSLATE_NOOP("AppLabels", "正常"),
    QT_TRANSLATE_NOOP("AppLabels", "临期"),
    QT_TRANSLATE_NOOP("AppLabels", "超期"),
    # app.intake.service VIEWS
    QT_TRANSLATE_NOOP("AppLabels", "全部"),
    QT_TRANSLATE_NOOP("AppLabels", "待受理 / 待补正"),
    QT_TRANSLATE_NOOP("AppLabels", "办理中"),
    QT_TRANSLATE_NOOP("AppLabels", "需关注（临期、超期、五日时限）"),
    QT_TRANSLATE_NOOP("AppLabels", "待出件"),
    QT_TRANSLATE_NOOP("AppLabels", "已结束"),
    # app.intake.service applicant lines of a case (the values are masked personal data)
    QT_TRANSLATE_NOOP("AppLabels", "申请人"),
    QT_TRANSLATE_NOOP("AppLabels", "证件号码"),
    QT_TRANSLATE_NOOP("AppLabels", "法定代表人"),
    QT_TRANSLATE_NOOP("AppLabels", "联系电话"),
    QT_TRANSLATE_NOOP("AppLabels", "代办人"),
    QT_TRANSLATE_NOOP("AppLabels", "代办人证件"),
    # app.documents KIND_TITLES
    QT_TRANSLATE_NOOP("AppLabels", "排队小票"),
    QT_TRANSLATE_NOOP("AppLabels", "受理回执"),
    QT_TRANSLATE_NOOP("AppLabels", "材料补正通知书"),
    QT_TRANSLATE_NOOP("AppLabels", "容缺受理承诺书"),
    QT_TRANSLATE_NOOP("AppLabels", "不予受理决定通知书"),
    QT_TRANSLATE_NOOP("AppLabels", "办事指南（一次性告知单）"),
    # app.intake.applicant ID_TYPES
    QT_TRANSLATE_NOOP("AppLabels", "居民身份证"),
    QT_TRANSLATE_NOOP("AppLabels", "港澳居民来往内地通行证"),
    QT_TRANSLATE_NOOP("AppLabels", "台湾居民来往大陆通行证"),
    QT_TRANSLATE_NOOP("AppLabels", "护照"),
    QT_TRANSLATE_NOOP("AppLabels", "外国人永久居留身份证"),
)


def label(text: str) -> str:
    """``text`` (a label from app/) in the interface language; unknown texts unchanged."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def call_text(ticket_no: str, window_no: str) -> str:
    """What the board shows for a call (app.queue.announce.display_text, in the interface language)."""
    return QCoreApplication.translate("AppLabels", "请 {ticket} 号到 {window} 号窗口办理").format(
        ticket=ticket_no, window=window_no)


def no_show_text(recalls_before_no_show: int, no_show_policy: str) -> str:
    """app.queue.policy.policy_text in the interface language (same rule: calls = recalls + 1)."""
    calls = recalls_before_no_show + 1
    if no_show_policy == "void":
        text = QCoreApplication.translate("AppLabels", "叫号 {calls} 次未到视为过号，过号作废，需重新取号。")
    else:
        text = QCoreApplication.translate(
            "AppLabels", "叫号 {calls} 次未到视为过号，过号后自动重新排到队尾；再次过号作废，需重新取号。")
    return text.format(calls=calls)
