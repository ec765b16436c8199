"""Every user-visible string of ui/ and app/ goes through Qt's translation machinery, and the English file is complete.

A Chinese string literal in ui/ must be the text of a tr() / QCoreApplication.translate() /
QT_TRANSLATE_NOOP() / QT_TR_NOOP() call, or sit on a line marked ``# i18n: data`` (a value that is
stored, compared or sent, never shown as it is). In app/ the markers are those of app/i18n.py
(N_, Text, UserError, NotFound, PermissionDenied), and a module whose Chinese is all printed,
spoken, stored or sent is listed in NOT_SHOWN with the reason. Docstrings are not shown and are skipped.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from packaging_scripts import load_script

i18n = load_script("i18n")

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3", *i18n.APP_MARKERS}
# Modules of app/ whose Chinese never reaches the screen as it is (the UI translates what it shows of it).
NOT_SHOWN: dict[str, str] = {
    "app/queue/announce.py": "the Mandarin hall-call announcement (spoken text, names of recorded clips); the board "
                             "shows calls through ui.models.labels.call_text",
    "app/intake/documents.py": "the texts of the printed receipt, supplement notice, commitment and refusal notice, "
                               "and reasons sent in the outbox",
    "app/figures/demo_history.py": "generated demo data, stored as records, and its command's terminal output",
    "app/sync/backup.py": "output and help of the yichuang backup / restore commands (a terminal, no translator)",
    "app/sync/__main__.py": "output of the python -m app.sync operator command (a terminal, no translator)",
}
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute):
            return func.attr
        if isinstance(func, ast.Name):
            return func.id
    return None


def _inside_fstring(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.JoinedStr):
            return True
    return False


def _untranslated(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    found: dict[int, str] = {}
    for node in ast.walk(tree):
        if _call_name(node) in TRANSLATING and _inside_fstring(node, parents):  # lupdate does not look there
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found[node.lineno] = f"{where}: tr() inside an f-string: {lines[node.lineno - 1].strip()[:80]}"
            continue
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Expr):  # a docstring or a bare string: never shown
            continue
        if isinstance(parent, ast.JoinedStr):
            node, parent = parent, parents.get(parent)  # an f-string cannot be translated: report it
        elif _call_name(parent) in TRANSLATING:
            continue
        span = lines[node.lineno - 1:(node.end_lineno or node.lineno)]
        if any("# i18n: data" in line for line in span):
            continue
        found[node.lineno] = f"{path.relative_to(ROOT)}:{node.lineno}: {lines[node.lineno - 1].strip()[:100]}"
    return [found[line] for line in sorted(found)]


def test_every_chinese_string_in_ui_and_app_is_translatable() -> None:
    missing = [hit for path in i18n.sources() if path.relative_to(ROOT).as_posix() not in NOT_SHOWN
               for hit in _untranslated(path)]
    assert not missing, f"{len(missing)} Chinese strings are not marked for translation:\n" + "\n".join(missing)


def test_not_shown_lists_only_modules_that_exist() -> None:
    assert all((ROOT / name).is_file() for name in NOT_SHOWN), NOT_SHOWN


def test_english_ts_is_complete_and_keeps_placeholders() -> None:
    root = ET.parse(i18n.ts_file("en")).getroot()
    problems = []
    count = 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            where = f"{context.findtext('name')}: {source}"
            if not text or (translation is not None and translation.get("type") in ("unfinished", "obsolete", "vanished")):
                problems.append(f"untranslated: {where}")
                continue
            if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {where} → {text}")
            if CJK.search(text):
                problems.append(f"Chinese left in the translation: {where} → {text}")
    assert count > 500, count
    assert not problems, "\n".join(problems)


def test_ts_is_current_with_the_sources(tmp_path: Path) -> None:
    """A fresh lupdate over ui/ and app/ finds no string the committed .ts lacks."""
    import shutil
    import subprocess

    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.ts_file("en"), fresh)
    subprocess.run(i18n.lupdate_args(fresh, "en"), check=True, capture_output=True, cwd=ROOT)
    root = ET.parse(fresh).getroot()
    new = [f"{c.findtext('name')}: {m.findtext('source')}" for c in root.iter("context") for m in c.iter("message")
           if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert not new, "run `python packaging/i18n.py update` and translate:\n" + "\n".join(new)
