"""``python -m app.sync once --data-dir DIR``: one sync round with no window (operators,
scripted checks, and the end-to-end tests that kill the client mid-push).

Exit codes: 0 done, 3 offline (nothing lost, try later), 4 blocked (protocol or enrolment).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.errors import UserError
from app.station import Station, StationOptions
from app.sync.client import Offline, ProtocolTooOld
from app.sync.runner import build_engine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.sync", description="一窗通：立即同步一次")
    parser.add_argument("command", choices=("once",))
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    station = Station.open(StationOptions(data_dir=args.data_dir))
    try:
        engine = build_engine(station)
        engine.batch_size = args.batch_size
        try:
            report = engine.run_once()
        except Offline as exc:
            print(f"离线：{exc.reason}")
            return 3
        except (ProtocolTooOld, UserError) as exc:
            print(str(exc))
            return 4
        finally:
            engine.store.close()
            engine.client.close()
        print(f"上传 {report.push.sent} 条（新存 {report.push.stored}，重复 {report.push.duplicate}），"
              f"隔离 {report.push.quarantined} 条；下载 {report.pull.applied} 项变更")
        return 0
    finally:
        station.close()


if __name__ == "__main__":
    sys.exit(main())
