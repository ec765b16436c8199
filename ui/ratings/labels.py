"""Display text of the rating labels that app/ defines in Chinese (levels, reasons,
follow-up states and steps, channels).

app/ keeps its Chinese labels: they are stored, sent to the platform and compared. Here
they are only marked for Qt Linguist (``QT_TRANSLATE_NOOP``) and translated when shown;
tests/ui/test_i18n_ratings_figures_sync.py checks these lists still match app/.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ratings.followup import FollowupAction, FollowupState
from app.ratings.followups import FollowupItem
from app.ratings.levels import RatingLevel

LEVEL_TEXTS = (
    QT_TRANSLATE_NOOP("RatingLevel", "非常满意"),
    QT_TRANSLATE_NOOP("RatingLevel", "满意"),
    QT_TRANSLATE_NOOP("RatingLevel", "基本满意"),
    QT_TRANSLATE_NOOP("RatingLevel", "不满意"),
    QT_TRANSLATE_NOOP("RatingLevel", "非常不满意"),
    QT_TRANSLATE_NOOP("RatingLevel", "未评价"),
)
REASON_TEXTS = (
    QT_TRANSLATE_NOOP("PoorReason", "等候时间过长"),
    QT_TRANSLATE_NOOP("PoorReason", "工作人员态度不好"),
    QT_TRANSLATE_NOOP("PoorReason", "材料要求没有一次性告知"),
    QT_TRANSLATE_NOOP("PoorReason", "办事流程繁琐"),
    QT_TRANSLATE_NOOP("PoorReason", "办理时间过长"),
    QT_TRANSLATE_NOOP("PoorReason", "需要多次跑腿"),
    QT_TRANSLATE_NOOP("PoorReason", "窗口服务不规范"),
    QT_TRANSLATE_NOOP("PoorReason", "其他"),
)
STATE_TEXTS = (
    QT_TRANSLATE_NOOP("FollowupState", "待核实"),
    QT_TRANSLATE_NOOP("FollowupState", "整改中"),
    QT_TRANSLATE_NOOP("FollowupState", "解释说明"),
    QT_TRANSLATE_NOOP("FollowupState", "已回访"),
    QT_TRANSLATE_NOOP("FollowupState", "办结"),
    QT_TRANSLATE_NOOP("FollowupState", "申诉复核"),
)
ACTION_TEXTS = (
    QT_TRANSLATE_NOOP("FollowupAction", "核实属实，整改"),
    QT_TRANSLATE_NOOP("FollowupAction", "核实后解释说明"),
    QT_TRANSLATE_NOOP("FollowupAction", "申诉复核（误评、恶意差评）"),
    QT_TRANSLATE_NOOP("FollowupAction", "已回访"),
    QT_TRANSLATE_NOOP("FollowupAction", "办结"),
    QT_TRANSLATE_NOOP("FollowupAction", "申诉成立，差评不计入"),
    QT_TRANSLATE_NOOP("FollowupAction", "申诉不成立，继续整改"),
)
CHANNEL_TEXTS = (
    QT_TRANSLATE_NOOP("RatingChannel", "政务大厅平板电脑"),
    QT_TRANSLATE_NOOP("RatingChannel", "政务大厅其他终端"),
)
ANONYMOUS = str(QT_TRANSLATE_NOOP("RatingLabels", "匿名"))


def level_label(level: RatingLevel) -> str:
    return QCoreApplication.translate("RatingLevel", level.label)


def reason_label(reason: str) -> str:
    return QCoreApplication.translate("PoorReason", reason)


def state_label(state: FollowupState) -> str:
    return QCoreApplication.translate("FollowupState", state.label)


def action_label(action: FollowupAction) -> str:
    return QCoreApplication.translate("FollowupAction", action.label)


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("RatingChannel", channel)


def rater_label(rater: str) -> str:
    """The masked name, or 匿名 translated."""
    return QCoreApplication.translate("RatingLabels", rater) if rater == ANONYMOUS else rater


def callback_rate_text(called_back: int, required: int) -> str:
    """实名差评回访率 as app.ratings.followups.CallbackRate.text says it."""
    text = QCoreApplication.translate("RatingLabels", "实名差评回访率 {done}/{required}").format(
        done=called_back, required=required)
    if not required:
        return text
    return text + QCoreApplication.translate("RatingLabels", "（{rate}）").format(rate=f"{called_back / required:.0%}")


def what_text(item: FollowupItem) -> str:
    """The reasons and the citizen's own comment (the comment is never translated)."""
    text = QCoreApplication.translate("RatingLabels", "、").join(reason_label(r) for r in item.reasons)
    if not item.comment:
        return text
    return QCoreApplication.translate("RatingLabels", "{reasons}：{comment}").format(reasons=text, comment=item.comment)
