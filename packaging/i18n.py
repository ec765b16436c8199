"""Translations of the user interface (Qt Linguist files).

    python packaging/i18n.py update    # pyside6-lupdate over ui/ and app/ → resources/translations/yichuang_en.ts
    python packaging/i18n.py release   # pyside6-lrelease: .ts → .qm (the build and CI do this)
    python packaging/i18n.py merge FILE.ts …   # take the translations a translator sent back

The source strings are Simplified Chinese (the hall's language), so zh_CN needs no
translation file. The .ts is committed and translated with Qt Linguist; the .qm is
generated and not committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"yichuang_{language}.ts"


# app/ has no Qt: its texts are marked with these names (app/i18n.py), read by lupdate as QT_TR_NOOP;
# the server's refusals a station shows are marked with N_ (server/messages.py).
APP_MARKERS = ("N_", "Text", "UserError", "NotFound", "PermissionDenied")
LUPDATE_ALIASES = ["-tr-function-alias", ",".join(f"QT_TR_NOOP+={name}" for name in APP_MARKERS)]
SERVER_SOURCES = ("server/hall_queue.py", "server/routes/queue.py", "server/routes/auth_routes.py",
                  "server/routes/stations.py")


def sources() -> list[Path]:
    found = [p for folder in ("ui", "app") for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts]
    return sorted([*found, *(ROOT / name for name in SERVER_SOURCES)])


def lupdate_args(ts: Path, language: str) -> list[str]:
    return [_tool("pyside6-lupdate"), *map(str, sources()), *LUPDATE_ALIASES, "-source-language", "zh_CN",
            "-target-language", language, "-locations", "relative", "-no-obsolete", "-ts", str(ts)]


def update() -> list[Path]:
    """Refresh the .ts files from the marked texts of ui/ and app/ (translations already made are kept)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    out = []
    for language in LANGUAGES:
        target = ts_file(language)
        subprocess.run(lupdate_args(target, language), check=True, cwd=ROOT, capture_output=True)
        out.append(target)
    return out


def release() -> list[Path]:
    """Compile every .ts to the .qm the application loads."""
    out = []
    for language in LANGUAGES:
        source = ts_file(language)
        if not source.exists():
            continue
        target = source.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True)
        out.append(target)
    return out


def merge(fragments: list[Path], language: str = "en") -> int:
    """Copy finished translations from other .ts files (same context and source) into ours.

    Refreshes ours from the sources first, so only strings still in ui/ are kept. Returns how
    many messages were filled."""
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], str] = {}
    for fragment in fragments:
        for context in ET.parse(fragment).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") is None:
                    found[(context.findtext("name") or "", message.findtext("source") or "")] = translation.text
    update()
    target = ts_file(language)
    tree = ET.parse(target)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            text = found.get((context.findtext("name") or "", message.findtext("source") or ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    with target.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    update()  # back to lupdate's own layout, so the next update changes nothing
    return filled


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 2 and argv[0] == "merge":
        print(f"{merge([Path(a) for a in argv[1:]])} translations merged into {ts_file('en')}")
        return 0
    commands = {"update": update, "release": release}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    for path in commands[argv[0]]():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
