"""``yichuang`` (also ``python -m app``): the station client and its maintenance commands.

    yichuang [--demo] [--data-dir DIR] [--role clerk|kiosk|board|pad ...] [--server URL]
    yichuang print-samples DIR
    yichuang setup [--data-dir DIR]
    yichuang backup [--data-dir DIR]
    yichuang restore --latest | FILE [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROLES = ("clerk", "kiosk", "board", "pad")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yichuang", description="一窗通：政务服务大厅工作站")  # i18n: data (terminal)
    parser.add_argument("--demo", action="store_true", help="use a local store seeded with the sample catalog")
    parser.add_argument("--data-dir", type=Path, help="station data folder (default: the platform data dir)")
    parser.add_argument("--role", action="append", choices=ROLES, dest="roles",
                        help="role window to open; repeatable (default: from the station config)")
    parser.add_argument("--server", dest="server_url", help="central server URL, e.g. https://zwfw.example/")
    parser.add_argument("--demo-history", action="store_true",
                        help="with --demo: add four weeks of generated hall history for the figures")
    parser.add_argument("--demo-login", metavar="STAFF_NO", help=argparse.SUPPRESS)  # demo accounts only
    parser.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)  # docs: grab the windows as PNG
    return parser


def print_samples(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="yichuang print-samples",
                                     description="write one PDF of every document from the sample catalog")
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    from printing.samples import write_samples

    paths = write_samples(args.directory)
    # The intake documents are made again by the real intake service, so the samples show
    # exactly what a clerk prints (numbering, masking, dates counted in working days).
    for name, pdf in _intake_samples().items():
        (args.directory / name).write_bytes(pdf)
    for path in paths:
        print(path)
    return 0


def _intake_samples() -> dict[str, bytes]:
    import tempfile

    from app import config
    from app.intake.samples import sample_intake_documents
    from app.station import Station, StationOptions

    with tempfile.TemporaryDirectory(prefix="yichuang-print-samples-") as tmp:
        directory = Path(tmp)
        config.save(config.StationConfig(secrets_backend="file"), directory / "station.toml")
        station = Station.open(StationOptions(data_dir=directory, demo=True))
        try:
            return sample_intake_documents(station)
        finally:
            station.close()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "print-samples":
        return print_samples(argv[1:])
    if argv and argv[0] in ("backup", "restore"):
        from app.sync import backup

        return (backup.backup_main if argv[0] == "backup" else backup.restore_main)(argv[1:])
    if argv and argv[0] == "setup":
        from ui.setup.wizard import main as setup_main

        return setup_main(argv[1:])
    args = build_parser().parse_args(argv)
    from ui.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
