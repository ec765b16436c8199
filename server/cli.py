"""``yichuang-server`` (``python -m server``): serve, and the operator's commands.

Every command first brings the database schema up to date.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from server.catalogs import CatalogRefused, import_catalog_file
from server.db import Database, default_database_url, run_migrations
from server.identities import (
    IdentityError,
    add_api_key,
    add_hall,
    add_station,
    deactivate_user,
    reset_enrolment,
    set_user,
)

EXIT_OK = 0
EXIT_REFUSED = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yichuang-server", description="一窗通中心服务器")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--database-url", default=None, help="数据库地址（默认：本机数据目录下的 SQLite）")
        return p

    serve = command("serve", "启动服务器")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    imp = command("import-catalog", "导入事项目录（校验通过才保存为新版本）")
    imp.add_argument("file", type=Path)
    hall = command("add-hall", "登记大厅")
    hall.add_argument("--code", required=True)
    hall.add_argument("--name", required=True)
    user = command("add-user", "新增或更新工作人员（密码从终端或标准输入读取）")
    user.add_argument("--staff-no", required=True)
    user.add_argument("--name", required=True)
    user.add_argument("--role", required=True, choices=("clerk", "supervisor"))
    user.add_argument("--hall", required=True)
    user.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（一行）")
    off = command("deactivate-user", "停用工作人员（各工作站下次同步后也不能离线登录）")
    off.add_argument("--staff-no", required=True)
    station = command("add-station", "登记工作站，显示一次性登记码")
    station.add_argument("--hall", required=True)
    station.add_argument("--name", required=True)
    re_enrol = command("reset-station", "更换电脑：作废工作站密钥并发放新的登记码")
    re_enrol.add_argument("--station", required=True)
    key = command("add-api-key", "为后台系统或管理员创建接口密钥（只显示一次）")
    key.add_argument("--name", required=True)
    key.add_argument("--scope", default="backoffice", choices=("backoffice", "admin"))
    return parser


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再次输入密码：") != first:
        raise IdentityError("两次输入的密码不一致")
    return first


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    from server.app import create_app

    app = create_app(url, migrate=False)
    print(f"一窗通中心服务器：http://{args.host}:{args.port}/api/v1/health", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", timeout_graceful_shutdown=5)
    return EXIT_OK


def _import_catalog(args: argparse.Namespace, db: Database) -> int:
    try:
        with db.write() as session:
            outcome = import_catalog_file(session, args.file)
    except CatalogRefused as exc:
        print(f"目录文件未导入，原版本保持不变。发现 {len(exc.problems)} 个问题：", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_REFUSED
    state = "已导入新版本" if outcome.created else "该版本已存在且内容相同，未改动"
    print(f"{state}：{outcome.version}（摘要 {outcome.digest}）")
    return EXIT_OK


def _add_hall(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        hall = add_hall(session, args.code, args.name)
        print(f"已登记大厅 {hall.code} {hall.name}")
    return EXIT_OK


def _add_user(args: argparse.Namespace, db: Database) -> int:
    password = _read_password(args.password_stdin)
    with db.write() as session:
        user = set_user(session, args.staff_no, args.name, args.role, args.hall, password)
        print(f"已保存工作人员 {user.staff_no}（{user.role}，大厅 {user.hall_code}）")
    return EXIT_OK


def _deactivate_user(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        user = deactivate_user(session, args.staff_no)
        print(f"已停用工作人员 {user.staff_no}")
    return EXIT_OK


def _add_station(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        new = add_station(session, args.hall, args.name)
    print(f"工作站编码：{new.code}")
    print(f"一次性登记码：{new.enrolment_code}")
    print("登记码只显示这一次，请在工作站首次启动时输入。")
    return EXIT_OK


def _reset_station(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        code = reset_enrolment(session, args.station)
    print(f"工作站编码：{args.station}")
    print(f"一次性登记码：{code}")
    return EXIT_OK


def _add_api_key(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        key = add_api_key(session, args.name, args.scope)
    print(f"接口密钥（{args.scope}）：{key}")
    print("密钥只显示这一次，请妥善保存。")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Database], int]] = {
    "import-catalog": _import_catalog,
    "add-hall": _add_hall,
    "add-user": _add_user,
    "deactivate-user": _deactivate_user,
    "add-station": _add_station,
    "reset-station": _reset_station,
    "add-api-key": _add_api_key,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    url = args.database_url or default_database_url()
    run_migrations(url)
    if args.command == "serve":
        return _serve(args, url)
    db = Database(url)
    try:
        return COMMANDS[args.command](args, db)
    except IdentityError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
