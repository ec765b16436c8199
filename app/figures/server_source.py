"""Figures of the whole hall from the server, when the station has one.

The server answers ``GET /api/v1/stats/summary?from=&to=`` with the records every station
of the hall pushed, per kind. That is what this module shows; the per-category, per-window
and per-matter reports of the local page need server endpoints that do not exist yet
(see docs/figures.md). A township point without a server uses the local store alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import UserError
from app.figures.periods import Period
from app.figures.table import Cell, Column, Kind, Table

if TYPE_CHECKING:
    from app.station import Station
    from app.sync.client import SyncClient

KIND_LABELS: dict[str, str] = {
    "ticket.taken": "取号",
    "ticket.event": "排队事件（叫号、重呼、过号、转移、办结）",
    "appointment.checked_in": "预约签到",
    "intake.supplement": "补正通知",
    "case.accepted": "受理（含容缺受理）",
    "case.refused": "不予受理",
    "case.event": "办件事件（收件、补交材料、出件等）",
    "consultation": "咨询",
    "rating": "评价（含未评价）",
    "rating.followup": "差评整改步骤",
    "audit.event": "登录、退出等审计事件",
}


def has_server(station: Station) -> bool:
    return bool(station.config.server_url)


def _client(station: Station) -> SyncClient:
    from app.sync.auth import station_credentials
    from app.sync.client import SyncClient

    return SyncClient(station.config.server_url,
                      lambda: station_credentials(station.secrets, station.station_code))


def hall_summary(station: Station, period: Period, client: SyncClient | None = None) -> Table:
    """Records per kind the server holds for this station's hall in ``period``."""
    from app.auth import require
    from app.sync.client import AuthRefused, Offline, ServerRefused

    require(station.session, "stats.view")
    if not has_server(station):
        raise UserError("本工作站没有配置服务器，只能查看本工作站的统计。")
    own = client is None
    client = client or _client(station)
    try:
        answer = client.call("GET", "/stats/summary", params={"from": period.first, "to": period.end.isoformat()},
                             required=("protocol", "counts"))
    except Offline as exc:
        raise UserError(f"无法从服务器获取全大厅统计：{exc}。请稍后重试，或先查看本工作站的统计。") from exc
    except (AuthRefused, ServerRefused) as exc:
        raise UserError(f"服务器拒绝了统计请求：{getattr(exc, 'detail', exc)}。请联系运维人员。") from exc
    finally:
        if own:
            client.close()
    counts = {str(k): int(v) for k, v in dict(answer.body["counts"]).items()}
    hall = str(answer.body.get("hall", ""))
    rows: list[tuple[Cell, ...]] = [(KIND_LABELS.get(kind, kind), n) for kind, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return Table("server_summary", f"全大厅上报记录（{hall or '本大厅'}）",
                 (Column("记录类型", Kind.TEXT), Column("条数")), rows,
                 ("合计", sum(counts.values())) if rows else None,
                 "服务器收到的本大厅各工作站上报记录数（按工作站本地日期）。分类别、分窗口的明细需服务器提供对应统计接口。")
