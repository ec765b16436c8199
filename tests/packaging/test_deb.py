"""The .deb's staged tree: control file, desktop entries, units, autostart (no PyInstaller needed)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_scripts import load_script

deb = load_script("deb")


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    for exe in ("yichuang", "yichuang-server"):
        (bundle / exe).write_text("#!/bin/sh\necho frozen\n")
        (bundle / exe).chmod(0o755)
    root: Path = deb.stage(bundle, tmp_path / "root", "0.1.0", arch="amd64")
    return root


def _ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text("utf-8"))
    return parser


def test_control_file(staged: Path) -> None:
    control = (staged / "DEBIAN" / "control").read_text("utf-8")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "yichuang"
    assert fields["Version"] == "0.1.0"
    assert fields["Architecture"] == "amd64"
    assert "libc6 (>= 2." in fields["Depends"]
    depends = {alt.strip().split(" ")[0] for alt in fields["Depends"].split(",")}
    # Found missing on a clean Debian (packaging/check-deb-chroot.sh): without fontconfig's
    # configuration and a Latin font, Qt draws Latin letters and digits as boxes; the Wayland
    # platform plugin needs the two libwayland libraries; postinst needs adduser.
    assert {"fontconfig-config", "fonts-dejavu-core", "libwayland-cursor0", "libwayland-egl1", "adduser"} <= depends
    assert int(fields["Installed-Size"]) > 0
    assert control.endswith("\n") and "Description: " in control


def test_bundle_and_commands(staged: Path) -> None:
    assert (staged / "opt/yichuang/yichuang").stat().st_mode & 0o111
    for exe in ("yichuang", "yichuang-server"):
        link = staged / "usr/bin" / exe
        assert link.is_symlink() and str(link.readlink()) == f"/opt/yichuang/{exe}"
    assert (staged / "usr/share/icons/hicolor/256x256/apps/yichuang.png").stat().st_size > 1000
    assert (staged / "usr/share/icons/hicolor/scalable/apps/yichuang.svg").exists()


def test_desktop_entries(staged: Path) -> None:
    entry = _ini(staged / "usr/share/applications/yichuang.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "一窗通"
    assert entry["Exec"] == "/usr/bin/yichuang" and entry["Icon"] == "yichuang"
    setup = _ini(staged / "usr/share/applications/yichuang-setup.desktop")["Desktop Entry"]
    assert setup["Exec"] == "/usr/bin/yichuang setup"
    autostart = _ini(staged / "etc/xdg/autostart/yichuang-autostart.desktop")["Desktop Entry"]
    assert autostart["Exec"] == "/opt/yichuang/bin/yichuang-session"
    if shutil.which("desktop-file-validate"):
        for path in (staged / "usr/share/applications").glob("*.desktop"):
            subprocess.run(["desktop-file-validate", str(path)], check=True)


def test_kiosk_unit_restarts_on_crash(staged: Path) -> None:
    service = _ini(staged / "usr/lib/systemd/user/yichuang-kiosk.service")["Service"]
    assert service["Restart"] == "always" and service["RestartSec"] == "2"
    assert service["RestartPreventExitStatus"] == "3"  # the supervisor's 退出到桌面（维护）
    from ui.lockdown import EXIT_MAINTENANCE

    assert deb.EXIT_MAINTENANCE == EXIT_MAINTENANCE
    clerk = _ini(staged / "usr/lib/systemd/user/yichuang.service")["Service"]
    assert clerk["Restart"] == "on-failure"


def test_server_unit(staged: Path) -> None:
    unit = _ini(staged / "lib/systemd/system/yichuang-server.service")
    service = unit["Service"]
    assert service["ExecStart"].startswith("/usr/bin/yichuang-server serve")
    assert service["User"] == "yichuang" and service["StateDirectory"] == "yichuang-server"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
    defaults = (staged / "etc/default/yichuang-server").read_text("utf-8")
    assert "YICHUANG_SERVER_DATABASE_URL=sqlite:////var/lib/yichuang-server/" in defaults
    conffiles = (staged / "DEBIAN/conffiles").read_text("utf-8").split()
    assert "/etc/default/yichuang-server" in conffiles


def test_maintainer_scripts_are_valid_shell(staged: Path) -> None:
    for name in ("postinst", "prerm", "postrm"):
        script = staged / "DEBIAN" / name
        assert script.stat().st_mode & 0o111
        subprocess.run(["sh", "-n", str(script)], check=True)
    subprocess.run(["sh", "-n", str(staged / "opt/yichuang/bin/yichuang-session")], check=True)


def _session(staged: Path, tmp_path: Path, toml: str | None) -> subprocess.CompletedProcess[str]:
    """Run the autostart script with a fake yichuang that records each start and exits 3."""
    config = tmp_path / "cfg"
    config.mkdir(exist_ok=True)
    if toml is not None:
        (config / "station.toml").write_text(toml, "utf-8")
    script = (staged / "opt/yichuang/bin/yichuang-session").read_text("utf-8")
    fake = tmp_path / "fake-yichuang"
    fake.write_text(f"#!/bin/sh\necho started >> {tmp_path}/starts\nexit 3\n")
    fake.chmod(0o755)
    script = script.replace("/usr/bin/yichuang", str(fake)).replace("command -v systemctl", "false")
    runner = tmp_path / "session.sh"
    runner.write_text(script)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YICHUANG_CONFIG_DIR": str(config)}
    return subprocess.run(["sh", str(runner)], env=env, capture_output=True, text=True, timeout=20)


def test_session_starts_nothing_before_setup(staged: Path, tmp_path: Path) -> None:
    assert _session(staged, tmp_path, None).returncode == 0
    assert not (tmp_path / "starts").exists()


def test_session_loop_stops_on_maintenance_exit(staged: Path, tmp_path: Path) -> None:
    result = _session(staged, tmp_path, 'roles = [\n    "kiosk",\n]\n')
    assert result.returncode == 0
    assert (tmp_path / "starts").read_text().split() == ["started"]


def test_dpkg_deb_builds_the_staged_tree(staged: Path, tmp_path: Path) -> None:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    package = deb.build(staged, tmp_path / "out")
    info = subprocess.run(["dpkg-deb", "--info", str(package)], capture_output=True, text=True, check=True).stdout
    assert "Package: yichuang" in info
    contents = subprocess.run(["dpkg-deb", "--contents", str(package)], capture_output=True, text=True,
                              check=True).stdout
    assert "root/root" in contents and "./opt/yichuang/yichuang" in contents
    assert "./usr/lib/systemd/user/yichuang-kiosk.service" in contents


ROOT = Path(__file__).resolve().parents[2]


def _maintainer_env(tmp_path: Path, staged: Path, name: str) -> tuple[Path, dict[str, str], Path]:
    """A maintainer script made to act on ``tmp_path`` instead of /var/lib, /run and /etc, with
    shims (getent, adduser, chown, systemctl, desktop/icon caches) recording their calls."""
    state = tmp_path / "var-lib-yichuang-server"
    calls = tmp_path / "calls"
    shims = tmp_path / "shims"
    shims.mkdir(exist_ok=True)
    tools = (("getent", 2), ("adduser", 0), ("chown", 0), ("systemctl", 0), ("update-desktop-database", 0),
             ("gtk-update-icon-cache", 0))
    for tool, code in tools:
        (shims / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> {calls}\nexit {code}\n')
        (shims / tool).chmod(0o755)
    script = (staged / "DEBIAN" / name).read_text("utf-8")
    script = script.replace("/var/lib/yichuang-server", str(state))
    script = script.replace("/run/systemd/system", str(tmp_path / "no-running-systemd"))
    script = script.replace("/etc/systemd/", str(tmp_path / "etc-systemd") + "/")
    runner = tmp_path / f"{name}.sh"
    runner.write_text(script, "utf-8")
    env = {"PATH": f"{shims}:/usr/bin:/bin"}
    return runner, env, state


def test_postinst_creates_the_service_user_and_state_folder_without_systemd(staged: Path, tmp_path: Path) -> None:
    runner, env, state = _maintainer_env(tmp_path, staged, "postinst")
    result = subprocess.run(["sh", str(runner), "configure"], env=env, capture_output=True, text=True, timeout=20)
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    adduser = next(line for line in calls if line.startswith("adduser "))
    assert "--system" in adduser and "--shell /usr/sbin/nologin" in adduser and adduser.endswith(" yichuang")
    assert f"chown yichuang:yichuang {state}" in calls
    assert state.is_dir() and (state.stat().st_mode & 0o777) == 0o750
    assert not any(line.startswith("systemctl") for line in calls)  # no running systemd: not asked
    assert "update-desktop-database -q /usr/share/applications" in calls


def test_postrm_purge_keeps_the_records_and_removes_an_empty_state_folder(staged: Path, tmp_path: Path) -> None:
    runner, env, state = _maintainer_env(tmp_path, staged, "postrm")
    wants = tmp_path / "etc-systemd" / "system" / "multi-user.target.wants"
    wants.mkdir(parents=True)
    (wants / "yichuang-server.service").symlink_to("/lib/systemd/system/yichuang-server.service")
    state.mkdir()
    (state / "server.sqlite3").write_bytes(b"records")
    for action in ("remove", "purge"):
        result = subprocess.run(["sh", str(runner), action], env=env, capture_output=True, text=True, timeout=20)
        assert result.returncode == 0, result.stderr
    assert (state / "server.sqlite3").read_bytes() == b"records"  # government records: never deleted
    assert not (wants / "yichuang-server.service").is_symlink()  # the admin's enable link would dangle
    (state / "server.sqlite3").unlink()
    assert subprocess.run(["sh", str(runner), "remove"], env=env, timeout=20).returncode == 0
    assert state.is_dir()  # remove keeps it: only purge takes an empty one away
    assert subprocess.run(["sh", str(runner), "purge"], env=env, timeout=20).returncode == 0
    assert not state.exists()


def test_chroot_check_and_ci_step_are_valid_shell() -> None:
    for script in (ROOT / "packaging" / "check-deb-chroot.sh", ROOT / ".ci" / "build-packages"):
        subprocess.run(["sh", "-n", str(script)], check=True)


def test_chroot_check_skips_when_the_mirror_cannot_be_reached(staged: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("debootstrap") is None or shutil.which("dpkg-deb") is None:
        pytest.skip("needs root, debootstrap and dpkg-deb")
    package = deb.build(staged, tmp_path / "out")
    env = {**os.environ, "YICHUANG_DEBIAN_MIRROR": "http://127.0.0.1:9/debian",
           "YICHUANG_CHROOT_CACHE": str(tmp_path / "cache")}
    result = subprocess.run(["sh", str(ROOT / "packaging" / "check-deb-chroot.sh"), str(package), str(tmp_path / "check")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "SKIPPED" in result.stdout and "NOT installed" in result.stdout
    assert not (tmp_path / "cache").exists()  # nothing was debootstrapped


def test_chroot_check_fails_loudly_on_a_missing_package(tmp_path: Path) -> None:
    result = subprocess.run(["sh", str(ROOT / "packaging" / "check-deb-chroot.sh"), str(tmp_path / "nope.deb")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "FAILED" in result.stderr and "does not exist" in result.stderr
