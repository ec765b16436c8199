"""Build everything a hall installs, in one command:

    python packaging/build.py            # translations, PyInstaller folder, and on Linux the .deb
    python packaging/build.py --no-deb   # only the folder (Windows: then run Inno Setup, see docs/install.md)

Outputs under ``build/`` (override with ``--out``):

* ``build/dist/yichuang/``: the one-folder app (``yichuang``, ``yichuang-server``, ``_internal``);
* ``build/yichuang_<version>_<arch>.deb`` (Linux).

Needs the ``package`` extra (``pip install -e .[package]``: PyInstaller), Qt's
``pyside6-lrelease`` (comes with PySide6) and, for the .deb, ``dpkg-deb``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# packaging/ is a folder of scripts, not a package: "packaging" is also the name of the
# library pip and PyInstaller use, which an importable packaging/ would shadow.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import deb  # noqa: E402
import i18n  # noqa: E402


def _folder_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build_bundle(out: Path) -> Path:
    dist, work = out / "dist", out / "pyinstaller"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "yichuang.spec")],
                   check=True, cwd=ROOT)
    return dist / "yichuang"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build the 一窗通 bundle and installer package")
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="output folder (default: build/)")
    parser.add_argument("--no-deb", action="store_true", help="do not build the Debian package")
    parser.add_argument("--version", default=deb.project_version())
    args = parser.parse_args(argv)
    started = time.perf_counter()

    for qm in i18n.release():
        print(f"translations: {qm}")
    bundle = build_bundle(args.out)
    print(f"bundle: {bundle} ({_folder_size_mb(bundle):.0f} MB) after {time.perf_counter() - started:.0f} s")

    if not args.no_deb and sys.platform.startswith("linux"):
        if shutil.which("dpkg-deb") is None:
            print("dpkg-deb not found: skipping the .deb (apt-get install dpkg)", file=sys.stderr)
        else:
            staged = deb.stage(bundle, args.out / "deb-root", args.version)
            package = deb.build(staged, args.out)
            shutil.rmtree(staged)
            print(f"deb: {package} ({package.stat().st_size / 1e6:.0f} MB)")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
