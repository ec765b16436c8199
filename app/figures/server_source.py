"""Figures of the whole hall from the server, when the station has one.

The server answers ``GET /api/v1/stats/{report}?from=&to=&by=`` (queue, cases,
missing-materials, ratings, consultations) with one table of docs/figures.md computed from
the records every station of the hall pushed, with the same definitions as the local page;
``GET /api/v1/stats/summary`` gives the records per kind. A township point without a server
uses the local store alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.figures.periods import Period
from app.figures.table import Cell, Column, Kind, Table, figure_table
from app.i18n import N_, Text, tr

if TYPE_CHECKING:
    from app.station import Station
    from app.sync.client import SyncClient

KIND_LABELS: dict[str, str] = {
    "ticket.taken": N_("取号"),
    "ticket.event": N_("排队事件（叫号、重呼、过号、转移、办结）"),
    "appointment.checked_in": N_("预约签到"),
    "intake.supplement": N_("补正通知"),
    "case.accepted": N_("受理（含容缺受理）"),
    "case.refused": N_("不予受理"),
    "case.event": N_("办件事件（收件、补交材料、出件等）"),
    "consultation": N_("咨询"),
    "rating": N_("评价（含未评价）"),
    "rating.followup": N_("差评整改步骤"),
    "audit.event": N_("登录、退出等审计事件"),
}


# The server's reports: (label, groupings) in the order the tab offers them.
REPORTS: dict[str, tuple[str, dict[str, str]]] = {
    "queue": (N_("排队"), {"category": N_("业务类别"), "window": N_("窗口"), "clerk": N_("窗口人员"), "day": N_("日期")}),
    "cases": (N_("受理"), {"matter": N_("事项"), "category": N_("业务类别"), "window": N_("窗口"),
                           "clerk": N_("窗口人员"), "day": N_("日期")}),
    "missing-materials": (N_("补正材料"), {}),
    "ratings": (N_("好差评"), {"clerk": N_("窗口人员"), "window": N_("窗口"), "matter": N_("事项"), "day": N_("日期")}),
    "consultations": (N_("咨询"), {"matter": N_("事项"), "window": N_("窗口"), "clerk": N_("窗口人员"),
                                   "day": N_("日期")}),
    "summary": (N_("上报记录"), {}),
}


def has_server(station: Station) -> bool:
    return bool(station.config.server_url)


def _client(station: Station) -> SyncClient:
    from app.sync.auth import station_credentials
    from app.sync.client import SyncClient

    return SyncClient(station.config.server_url,
                      lambda: station_credentials(station.secrets, station.station_code))


def _get(station: Station, path: str, params: dict[str, str], required: tuple[str, ...],
         client: SyncClient | None) -> dict[str, Any]:
    from app.auth import require
    from app.sync.client import AuthRefused, Offline, ServerRefused

    require(station.session, "stats.view")
    if not has_server(station):
        raise UserError("本工作站没有配置服务器，只能查看本工作站的统计。")
    own = client is None
    client = client or _client(station)
    try:
        answer = client.call("GET", path, params=params, required=required)
    except Offline as exc:
        raise UserError("无法连接服务器，全大厅统计暂不可用（{detail}）。请稍后点“刷新”重试，"
                        "或先查看本工作站的统计。", detail=exc.text) from exc
    except (AuthRefused, ServerRefused) as exc:
        raise UserError("服务器拒绝了统计请求：{detail}。请联系运维人员。", detail=str(getattr(exc, "detail", exc))) from exc
    finally:
        if own:
            client.close()
    return dict(answer.body)


def _range(period: Period) -> dict[str, str]:
    return {"from": period.first, "to": period.end.isoformat()}


def hall_report(station: Station, report: str, period: Period, by: str = "",
                client: SyncClient | None = None) -> Table:
    """One report of the whole hall (see ``REPORTS``), computed by the server."""
    if report == "summary":
        return hall_summary(station, period, client)
    if report not in REPORTS:
        raise ValueError(f"unknown report {report!r}")
    params = {**_range(period), **({"by": by} if by else {})}
    body = _get(station, f"/stats/{report}", params, ("protocol", "table"), client)
    return table_from_json(dict(body["table"]))


def table_from_json(data: dict[str, Any]) -> Table:
    """A table as the server sends it (server/figures.py ``table_json``)."""
    columns = tuple(Column(str(c["title"]), Kind(str(c["kind"]))) for c in data["columns"])
    rows = [tuple(_cell(v) for v in row) for row in data.get("rows") or []]
    total = data.get("total")
    title, note = str(data.get("title", "")), str(data.get("note", ""))
    known = _known_texts()
    return Table(str(data.get("key", "")), title, columns, rows, tuple(_cell(v) for v in total) if total else None,
                 note, known.get(title), known.get(note))


def _known_texts() -> dict[str, Text]:
    """The titles and notes the server words as the station does: shown translated like the local ones
    (a wording only the server knows is shown as it came)."""
    from app.figures import case_figures, consultations, queue_figures, rating_figures

    titles = [
        *(queue_figures.title(by) for by in queue_figures.GROUPINGS),
        *(case_figures.case_title(by) for by in case_figures.GROUPINGS),
        *(rating_figures.title(by) for by in rating_figures.GROUPINGS),
        *(consultations.title(by) for by in consultations.GROUPINGS),
        case_figures.MISSING_TITLE,
    ]
    notes = [Text(n) for n in (queue_figures.QUEUE_NOTE, case_figures.CASE_NOTE, case_figures.MISSING_NOTE,
                               rating_figures.SERVER_RATING_NOTE, consultations.NOTE)]
    return {text.chinese(): text for text in (*titles, *notes)}


def _cell(value: Any) -> Cell:
    return value if value is None or isinstance(value, str | int | float) else str(value)


def hall_summary(station: Station, period: Period, client: SyncClient | None = None) -> Table:
    """Records per kind the server holds for this station's hall in ``period``."""
    body = _get(station, "/stats/summary", _range(period), ("protocol", "counts"), client)
    counts = {str(k): int(v) for k, v in dict(body["counts"]).items()}
    hall = str(body.get("hall", ""))
    rows: list[tuple[Cell, ...]] = [(tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind, n)
                                    for kind, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    title = (Text("全大厅上报记录（{hall}）", hall=hall) if hall else Text("全大厅上报记录（本大厅）"))
    return figure_table("server_summary", title, (Column(N_("记录类型"), Kind.TEXT), Column(N_("条数"))), rows,
                        (N_("合计"), sum(counts.values())) if rows else None,
                        Text("服务器收到的本大厅各工作站上报记录数（按工作站本地日期）。"))
