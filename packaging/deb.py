"""The Debian package (also 统信 UOS and 麒麟 Kylin): staged from the PyInstaller folder.

    python packaging/deb.py BUNDLE_DIR OUT_DIR [--version 0.1.0]

Layout of the package:

* ``/opt/yichuang/``: the one-folder bundle (``yichuang``, ``yichuang-server``, ``_internal``);
* ``/usr/bin/yichuang``, ``/usr/bin/yichuang-server``: symlinks into it;
* ``/usr/share/applications/yichuang.desktop`` and ``yichuang-setup.desktop`` (menu entries);
* ``/usr/share/icons/hicolor/…/apps/yichuang.{png,svg}``;
* ``/etc/xdg/autostart/yichuang-autostart.desktop`` → ``/opt/yichuang/bin/yichuang-session``:
  at log-in, a PC that ran ``yichuang setup`` starts straight into its roles under a
  systemd user unit (``yichuang-kiosk.service``: Restart=always, RestartSec=2, for
  citizen-facing PCs; ``yichuang.service``: restart on a crash only, for clerk PCs),
  or a supervisor loop where there is no systemd user instance;
* ``/lib/systemd/system/yichuang-server.service`` (not enabled on install) and
  ``/etc/default/yichuang-server`` (its address and database).

Built with ``dpkg-deb --root-owner-group`` from a staged tree: no debhelper, no root.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "yichuang"
PREFIX = "opt/yichuang"
MAINTAINER = "一窗通项目组 <yichuang@example.gov.cn>"
EXIT_MAINTENANCE = 3  # ui.lockdown.EXIT_MAINTENANCE: the supervisor left the kiosk on purpose

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=一窗通
Name[zh_CN]=一窗通
Name[en]=Yichuang
GenericName=政务服务大厅工作站
GenericName[en]=Government service hall station
Comment=政务服务大厅窗口受理、自助终端、评价器与叫号屏
Comment[en]=Service hall counter, kiosk, rating pad and queue board
Exec=/usr/bin/yichuang
Icon=yichuang
Terminal=false
Categories=Office;
Keywords=政务;大厅;叫号;受理;
StartupWMClass=yichuang
"""

SETUP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=一窗通工作站设置
Name[en]=Yichuang station setup
Comment=设置服务器地址、注册码、本机角色、屏幕和打印机
Comment[en]=Server address, enrolment code, roles, screens and printers of this PC
Exec=/usr/bin/yichuang setup
Icon=yichuang
Terminal=false
Categories=Settings;
"""

AUTOSTART_ENTRY = """\
[Desktop Entry]
Type=Application
Name=一窗通（开机进入本机角色）
Name[en]=Yichuang (start this PC's roles)
Exec=/opt/yichuang/bin/yichuang-session
Icon=yichuang
Terminal=false
NoDisplay=true
X-GNOME-Autostart-enabled=true
X-GNOME-Autostart-Delay=2
"""

KIOSK_UNIT = f"""\
[Unit]
Description=一窗通 自助终端/叫号屏/评价器（崩溃后自动重启）
Documentation=file:///usr/share/doc/yichuang/install.md
After=graphical-session.target
PartOf=graphical-session.target
StartLimitIntervalSec=0

[Service]
Type=simple
ExecStart=/usr/bin/yichuang
# A crash, a kill or any exit brings the terminal back in two seconds, full screen.
Restart=always
RestartSec=2
# Exit code {EXIT_MAINTENANCE}: a supervisor chose "退出到桌面（维护）" in the station menu.
RestartPreventExitStatus={EXIT_MAINTENANCE}
Environment=QT_QPA_PLATFORMTHEME=

[Install]
WantedBy=graphical-session.target
"""

CLERK_UNIT = f"""\
[Unit]
Description=一窗通 窗口端（崩溃后自动重启）
Documentation=file:///usr/share/doc/yichuang/install.md
After=graphical-session.target
PartOf=graphical-session.target

[Service]
Type=simple
ExecStart=/usr/bin/yichuang
# A clerk who quits at the end of the day stays quit; a crash restarts the program.
Restart=on-failure
RestartSec=2
RestartPreventExitStatus={EXIT_MAINTENANCE}

[Install]
WantedBy=graphical-session.target
"""

SESSION_SCRIPT = f"""\
#!/bin/sh
# Started at log-in (/etc/xdg/autostart/yichuang-autostart.desktop).
# A PC that has run "yichuang setup" starts straight into its roles:
#   citizen-facing roles only (kiosk, board, pad): yichuang-kiosk.service, Restart=always;
#   a clerk PC: yichuang.service, restarted after a crash only.
# Without a systemd user instance a small supervisor loop does the same.
config="${{YICHUANG_CONFIG_DIR:-${{XDG_CONFIG_HOME:-$HOME/.config}}/yichuang}}/station.toml"
[ -f "$config" ] || exit 0                      # not set up for this user: nothing to start
roles=$(sed -n '/^roles *=/,/]/p' "$config" | tr -d '\\n')
case "$roles" in
    *clerk*) unit=yichuang.service; always=0 ;;
    *) unit=yichuang-kiosk.service; always=1 ;;
esac
if command -v systemctl >/dev/null 2>&1 && systemctl --user show-environment >/dev/null 2>&1; then
    systemctl --user import-environment DISPLAY XAUTHORITY WAYLAND_DISPLAY XDG_SESSION_TYPE \\
        XDG_CURRENT_DESKTOP DBUS_SESSION_BUS_ADDRESS LANG 2>/dev/null
    exec systemctl --user restart "$unit"
fi
while :; do
    /usr/bin/yichuang
    code=$?
    [ "$code" -eq {EXIT_MAINTENANCE} ] && exit 0
    [ "$always" -eq 0 ] && [ "$code" -eq 0 ] && exit 0
    sleep 2
done
"""

SERVER_UNIT = """\
[Unit]
Description=一窗通中心服务器 (yichuang-server)
Documentation=file:///usr/share/doc/yichuang/install.md
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=yichuang
Group=yichuang
EnvironmentFile=-/etc/default/yichuang-server
ExecStart=/usr/bin/yichuang-server serve --host ${YICHUANG_SERVER_HOST} --port ${YICHUANG_SERVER_PORT} \\
    --database-url ${YICHUANG_SERVER_DATABASE_URL}
StateDirectory=yichuang-server
StateDirectoryMode=0750
Restart=on-failure
RestartSec=2
NoNewPrivileges=true
PrivateTmp=true
ProtectSystem=strict
ProtectHome=true
ProtectKernelTunables=true
ProtectControlGroups=true
RestrictSUIDSGID=true

[Install]
WantedBy=multi-user.target
"""

SERVER_DEFAULTS = """\
# yichuang-server settings (read by yichuang-server.service).
# Behind a reverse proxy with HTTPS keep 127.0.0.1; a database URL may be
# postgresql://user:password@host/dbname for a province-wide server.
YICHUANG_SERVER_HOST=127.0.0.1
YICHUANG_SERVER_PORT=8700
YICHUANG_SERVER_DATABASE_URL=sqlite:////var/lib/yichuang-server/server.sqlite3
"""

POSTINST = """\
#!/bin/sh
# No debhelper: written to work with or without a running systemd (chroot, container,
# image build) and on Debian 10+, UOS 20 and Kylin V10 alike.
set -e
if [ "$1" = configure ]; then
    if ! getent passwd yichuang >/dev/null; then
        adduser --quiet --system --group --home /var/lib/yichuang-server --no-create-home \\
            --shell /usr/sbin/nologin --gecos "yichuang-server" yichuang
    fi
    # The server's state folder: StateDirectory= makes it when the service starts, but the
    # administrator's first "yichuang-server add-hall" (install.md) may come before that.
    if [ ! -d /var/lib/yichuang-server ]; then
        mkdir -p /var/lib/yichuang-server
        chown yichuang:yichuang /var/lib/yichuang-server
        chmod 0750 /var/lib/yichuang-server
    fi
    # The units are new or changed: tell a running systemd (none in a chroot: nothing to do).
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
"""

PRERM = """\
#!/bin/sh
set -e
if [ "$1" = remove ] && [ -d /run/systemd/system ]; then
    systemctl stop yichuang-server.service >/dev/null 2>&1 || true
fi
exit 0
"""

POSTRM = """\
#!/bin/sh
set -e
case "$1" in
    remove|purge)
        if [ -d /run/systemd/system ]; then
            systemctl daemon-reload >/dev/null 2>&1 || true
        fi
        if command -v update-desktop-database >/dev/null 2>&1; then
            update-desktop-database -q /usr/share/applications || true
        fi
        if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
        fi
        ;;
esac
if [ "$1" = purge ]; then
    # "systemctl enable" links made by the administrator would point at nothing.
    rm -f /etc/systemd/system/multi-user.target.wants/yichuang-server.service \\
        /etc/systemd/user/graphical-session.target.wants/yichuang.service \\
        /etc/systemd/user/graphical-session.target.wants/yichuang-kiosk.service
    # Station data (~/.local/share/yichuang) and the server's database (/var/lib/yichuang-server)
    # are government records: never deleted, not even on purge. Only an empty state folder goes;
    # the system user stays too (it still owns those records).
    rmdir /var/lib/yichuang-server 2>/dev/null || true
fi
exit 0
"""


# What the bundle takes from the system, proven on a clean Debian by packaging/check-deb-chroot.sh
# (everything else, xcb and xkbcommon included, is in the bundle).
DEPENDS = (
    "libgl1", "libegl1", "libxcb1",
    "libwayland-cursor0", "libwayland-egl1",  # Qt's Wayland platform plugin (GNOME on Debian 12)
    # Qt asks fontconfig for fonts: without its configuration it finds none, and the bundled CJK
    # font is not used for Latin letters and digits (they would show as boxes).
    "fontconfig-config", "fonts-dejavu-core",
    "adduser",  # postinst: the yichuang system user of yichuang-server
)


def host_architecture() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64", "loongarch64": "loong64"}.get(os.uname().machine, "amd64")


def glibc_version() -> str:
    """The build host's glibc: the bundle's binaries need at least this one."""
    try:
        found = os.confstr("CS_GNU_LIBC_VERSION") or ""
    except (AttributeError, ValueError, OSError):
        found = ""
    name, _, version = found.partition(" ")
    return version if name == "glibc" and version else "2.28"


def control_file(version: str, arch: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: libc6 (>= {glibc_version()}), {', '.join(DEPENDS)}\n"
        "Recommends: cups, systemd, libpulse0, speech-dispatcher, libspeechd2\n"
        "Homepage: https://github.com/yichuang/yichuang\n"
        "Description: 一窗通 government service hall station and server\n"
        " Counter (窗口端), self-service kiosk (自助终端), rating pad (评价器) and queue\n"
        " board (叫号屏) of a government service hall, working offline on a local\n"
        " store and syncing with the central server (yichuang-server, included).\n"
        " Python, Qt and the Chinese font are bundled: nothing else is needed.\n"
    )


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    path.chmod(mode)


def _tree_size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return max(1, total // 1024)


def stage(bundle: Path, stage_dir: Path, version: str, arch: str | None = None) -> Path:
    """Lay out the package tree under ``stage_dir`` (emptied first) and return it."""
    for exe in ("yichuang", "yichuang-server"):
        if not (bundle / exe).is_file():
            raise FileNotFoundError(f"{bundle / exe} is missing: build the PyInstaller bundle first")
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    prefix = stage_dir / PREFIX
    shutil.copytree(bundle, prefix, symlinks=True)
    _write(prefix / "bin" / "yichuang-session", SESSION_SCRIPT, 0o755)
    usr_bin = stage_dir / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    for exe in ("yichuang", "yichuang-server"):
        (usr_bin / exe).symlink_to(f"/{PREFIX}/{exe}")
    share = stage_dir / "usr" / "share"
    _write(share / "applications" / "yichuang.desktop", DESKTOP_ENTRY)
    _write(share / "applications" / "yichuang-setup.desktop", SETUP_ENTRY)
    icons = ROOT / "resources" / "icons"
    (share / "icons/hicolor/256x256/apps").mkdir(parents=True)
    (share / "icons/hicolor/scalable/apps").mkdir(parents=True)
    shutil.copy(icons / "yichuang.png", share / "icons/hicolor/256x256/apps/yichuang.png")
    shutil.copy(icons / "yichuang.svg", share / "icons/hicolor/scalable/apps/yichuang.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    for source in (ROOT / "docs" / "install.md", ROOT / "resources" / "fonts" / "LICENSE-Apache-2.0.txt"):
        if source.exists():
            shutil.copy(source, doc / source.name)
    _write(stage_dir / "etc/xdg/autostart/yichuang-autostart.desktop", AUTOSTART_ENTRY)
    _write(stage_dir / "usr/lib/systemd/user/yichuang-kiosk.service", KIOSK_UNIT)
    _write(stage_dir / "usr/lib/systemd/user/yichuang.service", CLERK_UNIT)
    _write(stage_dir / "lib/systemd/system/yichuang-server.service", SERVER_UNIT)
    _write(stage_dir / "etc/default/yichuang-server", SERVER_DEFAULTS)
    debian = stage_dir / "DEBIAN"
    _write(debian / "postinst", POSTINST, 0o755)
    _write(debian / "prerm", PRERM, 0o755)
    _write(debian / "postrm", POSTRM, 0o755)
    _write(debian / "conffiles", "/etc/default/yichuang-server\n/etc/xdg/autostart/yichuang-autostart.desktop\n")
    _write(debian / "control", control_file(version, arch or host_architecture(), _tree_size_kib(stage_dir)))
    _normalise_modes(stage_dir)
    return stage_dir


def _normalise_modes(root: Path) -> None:
    """dpkg-deb refuses group/other-writable control files; keep the tree 0755/0644."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def build(stage_dir: Path, out_dir: Path) -> Path:
    control = (stage_dir / "DEBIAN" / "control").read_text("utf-8")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line and not line.startswith(" "))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{fields['Version']}_{fields['Architecture']}.deb"
    # gzip: every dpkg reads it (UOS 20's dpkg predates zstd) and it is several times faster
    # than xz on a 300 MB bundle; YICHUANG_DEB_COMPRESSION=xz for a smaller release download.
    compression = os.environ.get("YICHUANG_DEB_COMPRESSION", "gzip")
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "-z6", "--build", str(stage_dir), str(target)],
                   check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build the yichuang .deb from the PyInstaller folder")
    parser.add_argument("bundle", type=Path, help="the PyInstaller one-folder output (…/dist/yichuang)")
    parser.add_argument("out", type=Path, help="where the .deb goes")
    parser.add_argument("--version", default=project_version())
    parser.add_argument("--stage", type=Path, help="staging folder (default: OUT/deb-root)")
    args = parser.parse_args(argv)
    staged = stage(args.bundle, args.stage or args.out / "deb-root", args.version)
    print(build(staged, args.out))
    return 0


def project_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


if __name__ == "__main__":
    sys.exit(main())
