"""The texts app/config.py, app/secrets.py and app/sync compose follow the interface language.

With the ``english`` fixture (the committed .ts, or the fragment named by YICHUANG_TS) the
messages come out in English; without it the same calls still give the Chinese. What is
stored (sync findings) stays Chinese whatever the screen shows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import requests

from app import config
from app.errors import UserError
from app.secrets import KeyringStore, SecretsUnavailable, open_secret_store
from app.station import Station
from app.sync import auth
from app.sync.client import Answer, AuthRefused, Offline, ProtocolTooOld, SyncClient
from app.sync.engine import SyncState
from app.sync.hall_queue import HallQueueClient
from app.sync.quarantine import QuarantinedRecord
from app.sync.reconcile import recent_findings, reconcile

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")


def _no_chinese(text: str) -> str:
    assert not CJK.search(text), text
    return text


def _classified(status: int, body: bytes = b"", content_type: str = "text/html") -> Offline:
    """What the client makes of one HTTP answer (the real classification, no network)."""
    response = requests.Response()
    response.status_code = status
    response.headers["Content-Type"] = content_type
    client = SyncClient("https://zwfw.example", lambda: None)
    try:
        with pytest.raises(Offline) as caught:
            client._classify(response, body, True, ("protocol",), (200,))
    finally:
        client.close()
    return caught.value


class _ReconcileServer:
    """Answers /sync/reconcile: the ratings differ, and ``lost`` is missing on the server."""

    base_url = "https://zwfw.example"

    def __init__(self, lost: str) -> None:
        self.lost = lost

    def call(self, method: str, path: str, *, json_body: dict[str, Any], **_: object) -> Answer:
        if "ids" not in json_body:
            return Answer(200, {"protocol": 1, "kinds": {"rating": {"match": False}}}, {})
        return Answer(200, {"protocol": 1, "kinds": {"rating": {"missing": [self.lost], "server_count": 1}}}, {})


class _EnrolRefused:
    def call(self, *args: object, **kwargs: object) -> Answer:
        raise AuthRefused(403, "登记码已失效")


def _lost_rating(station: Station) -> str:
    """Two ratings marked sent; the second never reached the server."""
    ids = []
    for n in range(2):
        with station.store.unit_of_work("S001") as uow:
            ids.append(uow.emit("rating", {"score": 5, "n": n, "station_code": station.station_code}))
    with station.store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'sent'")
    return ids[1]


# -- configuration -------------------------------------------------------------------------
def test_configuration_problems_in_english(english: None) -> None:
    problems = config.validate(config.StationConfig(roles=["cashier"], region_code="33", printers={"poster": "P"}))
    assert problems == [
        "The roles of this computer must be one or more of clerk, kiosk, board, pad (now: cashier).",
        "The region code has 6 digits, e.g. 330106.",
        "The printer settings name unknown document types: poster.",
    ]
    assert _no_chinese(config.validate(config.StationConfig(roles=[]))[0]).endswith("(now: none).")


def test_configuration_file_errors_in_english(english: None, tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('colour = "red"\nflavour = 1\n', "utf-8")
    with pytest.raises(UserError) as caught:
        config.load(path)
    assert caught.value.message == f"The station configuration file {path} has unknown settings: colour, flavour."
    assert caught.value.args[0] == f"工作站配置文件 {path} 含有未知的设置项：colour、flavour。"  # logs keep the source
    path.write_text("kiosk_idle_seconds = 3\n", "utf-8")
    with pytest.raises(UserError) as caught:
        config.load(path)
    assert caught.value.message == (f"The station configuration file {path} has errors:\nThe kiosk idle time before "
                                    "returning to the start page must be between 10 and 3600 seconds.")
    path.write_text('kiosk_idle_seconds = "fast"\n', "utf-8")
    with pytest.raises(UserError, match=r"^The setting kiosk_idle_seconds has the wrong type \(expected int\)\.$"):
        config.load(path)
    with pytest.raises(UserError) as caught:
        config.save(config.StationConfig(language="fr"), path)
    assert caught.value.message == "The interface language must be zh_CN or en."


def test_configuration_problems_stay_chinese_without_a_translator(tmp_path: Path) -> None:
    problems = config.validate(config.StationConfig(roles=["cashier"], rating_platform="x"))
    assert problems == ["本机角色只能是 clerk、kiosk、board、pad 中的一个或多个（现为 cashier）。",
                        "评价上报平台只能是 gbt39046、reverse 之一（现为 x）。"]
    path = tmp_path / "station.toml"
    path.write_text("roles = [", "utf-8")
    with pytest.raises(UserError, match=r"^工作站配置文件 .* 格式错误：.*请修正或删除后重新运行 yichuang setup。$"):
        config.load(path)


def test_configuration_labels_are_translated(english: None) -> None:
    from app.i18n import tr

    assert tr(config.LABELS["shared_queue"]) == "Use the hall's shared queue"
    assert all(not CJK.search(tr(label)) for label in config.LABELS.values())


# -- secrets -------------------------------------------------------------------------------
def test_keyring_unavailable_in_english_and_chinese(request: pytest.FixtureRequest, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def no_keyring(self: KeyringStore) -> None:
        raise SecretsUnavailable("no D-Bus session bus")

    monkeypatch.setattr(KeyringStore, "probe", no_keyring)
    with pytest.raises(SecretsUnavailable) as caught:
        open_secret_store("keyring", tmp_path)
    assert str(caught.value).startswith("系统密钥环不可用（no D-Bus session bus）。请解锁密钥环")
    request.getfixturevalue("english")
    with pytest.raises(SecretsUnavailable) as caught:
        open_secret_store("keyring", tmp_path)
    assert _no_chinese(str(caught.value)) == ("The system keyring is not available (no D-Bus session bus). Unlock the "
                                              "keyring, or set secrets_backend = \"file\" in the station configuration.")
    assert caught.value.args[0].startswith("系统密钥环不可用")


# -- the sync client and engine ---------------------------------------------------------
def test_offline_reasons_in_english(english: None) -> None:
    busy = _classified(503)
    assert busy.reason == str(busy) == "The server is temporarily unavailable (HTTP 503)"
    assert busy.args[0] == "服务器暂时不可用（HTTP 503）"
    assert _classified(302).reason == "The network is blocked or needs a sign-in (HTTP 302)"
    portal = _classified(200, b'{"hello": 1}', "application/json")
    assert portal.reason == "The answer is incomplete or not from this system's server (a web sign-in may be needed)"
    client = SyncClient("http://127.0.0.1:9", lambda: None, timeout=(2.0, 2.0))  # nothing listens on port 9
    try:
        with pytest.raises(Offline) as caught:
            client.call("GET", "/health")
    finally:
        client.close()
    assert caught.value.reason == "Cannot connect to the server (ConnectionError)"
    with pytest.raises(Offline) as caught:
        HallQueueClient(SyncClient("https://zwfw.example", lambda: None), lambda: None)._clerk()
    assert _no_chinese(caught.value.reason).startswith("The clerk is not logged in online")


def test_offline_reasons_stay_chinese_without_a_translator() -> None:
    assert _classified(429).reason == "服务器暂时不可用（HTTP 429）"
    assert str(ProtocolTooOld()).startswith("服务器不支持本客户端的同步协议版本")


def test_protocol_clock_and_quarantine_texts_in_english(english: None) -> None:
    too_old = ProtocolTooOld("server supports [2]")
    assert _no_chinese(str(too_old)).startswith("The server does not support this client's sync protocol version")
    assert too_old.args[0].startswith("服务器不支持本客户端的同步协议版本")
    assert SyncState(clock_skew_seconds=86400.0).skew_text == \
        "This computer's clock is 1440 minutes ahead of the server; please correct the system time"
    assert SyncState(clock_skew_seconds=-600.0).skew_text == \
        "This computer's clock is 10 minutes behind the server; please correct the system time"
    record = QuarantinedRecord("r1", "case.accepted", "2026-11-23T09:30:00", 1, "invalid: payload 缺少字段：matter_code")
    assert record.kind_label == "Accepted"
    assert record.reason_label == "The server considers the record invalid: payload 缺少字段：matter_code"  # server's words
    assert QuarantinedRecord("r2", "rating.followup", "", 1, "conflict: x").reason_label == \
        "Conflicts with a record the server already has: x"


def test_reconcile_difference_shown_in_english_but_recorded_in_chinese(station: Station,
                                                                       request: pytest.FixtureRequest) -> None:
    lost = _lost_rating(station)
    report = reconcile(station.store, _ReconcileServer(lost))  # type: ignore[arg-type]
    assert report.resent == 1
    text = report.mismatched["rating"]
    chinese = "评价记录：本机已发送 2 条，服务器存有 1 条，缺少 1 条，已重新发送"
    assert str(text) == text.chinese() == chinese
    request.getfixturevalue("english")
    assert str(text) == "Rating records: 2 sent from this computer, 1 held by the server, 1 missing and sent again"
    with station.store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'sent'")
    again = reconcile(station.store, _ReconcileServer(lost))  # type: ignore[arg-type]
    assert _no_chinese(str(again.mismatched["rating"])).startswith("Rating records: 2 sent")
    stored = [r["text"] for r in station.store.query("SELECT text FROM sync_findings ORDER BY seq")]
    assert stored == [chinese, chinese]  # the record keeps the source language
    shown = [str(text) for _, text in recent_findings(station.store)]  # what the 同步退回记录 page lists
    assert shown == ["Rating records: 2 sent from this computer, 1 held by the server, 1 missing and sent again"] * 2


# -- login and enrolment -----------------------------------------------------------------
def test_enrolment_and_login_errors_in_english(station: Station, english: None) -> None:
    with pytest.raises(UserError) as caught:
        auth.enrol(_EnrolRefused(), station.secrets, "")  # type: ignore[arg-type]
    assert _no_chinese(caught.value.message).startswith("This station is not enrolled yet: run yichuang setup")
    station.secrets.set(auth.ENROLMENT_CODE, "ABCD-1234")
    with pytest.raises(UserError) as caught:
        auth.enrol(_EnrolRefused(), station.secrets, "ST01")  # type: ignore[arg-type]
    assert caught.value.message == \
        "Station enrolment failed: 登记码已失效. Ask the operations staff for a new enrolment code."  # server's words
    with pytest.raises(UserError) as caught:
        auth.login(station, None, " ", "")
    assert caught.value.message == "Please enter your staff number and password."


def test_enrolment_error_stays_chinese_without_a_translator(station: Station) -> None:
    station.secrets.set(auth.ENROLMENT_CODE, "ABCD-1234")
    with pytest.raises(UserError) as caught:
        auth.enrol(_EnrolRefused(), station.secrets, "ST01")  # type: ignore[arg-type]
    assert caught.value.message == "工作站登记失败：登记码已失效。请向运维人员重新申请登记码。"
