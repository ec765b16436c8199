"""Matter search: by name, pinyin initials (``gtgsh``), full pinyin, keyword or code.

The index is built once per catalog version (pypinyin does the conversion); each
keystroke then only scans precomputed lower-case strings, which stays well under
the 15 ms budget for a 5,000-matter catalog (``tests/bench``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.catalog.model import Matter

# code -> (full pinyin, initials, extra): what pypinyin gives, cached in the store so
# that starting a station never imports pypinyin (its dictionaries take ~0.7 s to load).
SearchKeys = Mapping[str, tuple[str, str, str]]


@dataclass(frozen=True)
class _Entry:
    matter: Matter
    code: str
    name: str
    initials: str
    pinyin: str
    extra: str  # keywords, department, their pinyin and initials


def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of ``text``, lower case, no separators."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, errors="default")
    full = "".join(syllables).lower()
    initials = "".join(lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")).lower()
    return full, initials


def compute_keys(matters: Iterable[Matter], department_names: Mapping[str, str] | None = None) -> dict[
        str, tuple[str, str, str]]:
    """The pinyin keys of every matter (slow: run once per catalog version)."""
    names = department_names or {}
    keys: dict[str, tuple[str, str, str]] = {}
    for m in matters:
        full, initials = pinyin_keys(m.name)
        extra_parts: list[str] = []
        for word in (*m.keywords, names.get(m.department, "")):
            if word:
                p, i = pinyin_keys(word)
                extra_parts.extend((word.lower(), p, i))
        keys[m.code] = (full, initials, "\x00".join(extra_parts))
    return keys


class MatterIndex:
    """A search index over one catalog's matters."""

    def __init__(self, matters: Iterable[Matter], department_names: Mapping[str, str] | None = None, *,
                 keys: SearchKeys | None = None) -> None:
        matters = list(matters)
        if keys is None or any(m.code not in keys for m in matters):
            keys = compute_keys(matters, department_names)
        self._entries: list[_Entry] = []
        for m in matters:
            full, initials, extra = keys[m.code]
            self._entries.append(_Entry(m, m.code.lower(), m.name.lower(), initials, full, extra))

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 50) -> list[Matter]:
        """Matters matching ``query``, best first; an empty query gives none."""
        q = "".join(query.split()).lower()
        if not q:
            return []
        scored: list[tuple[int, int, Matter]] = []
        for position, e in enumerate(self._entries):
            score = self._score(e, q)
            if score:
                scored.append((-score, position, e.matter))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [m for _, _, m in scored[:limit]]

    @staticmethod
    def _score(e: _Entry, q: str) -> int:
        if e.code == q:
            return 100
        if e.name == q:
            return 95
        if e.code.startswith(q):
            return 90
        if e.name.startswith(q) or e.initials.startswith(q) or e.pinyin.startswith(q):
            return 80
        if q in e.name:
            return 70
        if q in e.initials or q in e.pinyin:
            return 60
        if q in e.code:
            return 50
        if q in e.extra:
            return 40
        return 0
