"""Sentences app/ composes for the people at the screen, in the interface language.

app/ has no Qt, yet much of what the user reads is worded here: the message of every
:class:`~app.errors.UserError`, the lines of a progress answer, the notes under a figure.
They are written in Chinese (the hall's language) and marked for Qt's lupdate, which
``packaging/i18n.py`` runs over app/ with these aliases of ``QT_TR_NOOP`` (context ``""``):

- ``N_("已受理")``: marks a fixed text; returns it unchanged.
- ``Text("今天没有 {ticket_no} 号。", ticket_no=...)``: a sentence with values, rendered
  in the interface language when it is turned into a string.
- ``UserError("…{x}…", x=...)`` / ``NotFound`` / ``PermissionDenied``: the same for errors.

The template must be a plain literal (never an f-string): the values go in as keywords, so
the translation can move them around. A value that is itself a fixed Chinese text (a
status, a field's label) is looked up too; one that is data (a name, a number) is not
found and shown as it is. Lists are joined with the language's list separator.

:func:`install` is called by the UI with ``QCoreApplication.translate``; until then (on
the server, on the command line, in app/'s own tests) every text stays Chinese.

Texts that are stored, sent, printed or compared stay plain Chinese strings: only the
UI decides the language, and only at the moment it shows something.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final

Translate = Callable[[str, str], str]

CONTEXT: Final = ""  # the context lupdate gives QT_TR_NOOP outside a class
LABELS_CONTEXT: Final = "AppLabels"  # fixed labels the UI lists itself (ui/models/labels.py)


def _source(context: str, source: str) -> str:
    return source


_translate: Translate = _source


def install(translate: Translate | None) -> None:
    """Route every text through ``translate(context, source)`` (None: back to Chinese)."""
    global _translate
    _translate = translate or _source


def tr(source: str) -> str:
    """A marked fixed text in the interface language."""
    return _translate(CONTEXT, source)


def N_(source: str) -> str:  # the name lupdate looks for
    """Marks ``source`` for translation; returns it unchanged (show it with :func:`tr`)."""
    return source


SEPARATOR: Final = N_("、")  # between the items of a list given as a value


def _value(value: object) -> object:
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, str):
        shown = _translate(CONTEXT, value)
        return _translate(LABELS_CONTEXT, value) if shown == value else shown
    if isinstance(value, (list, tuple, set, frozenset)):
        return _translate(CONTEXT, SEPARATOR).join(str(_value(v)) for v in value)
    return value


def _source_value(value: object) -> object:
    if isinstance(value, Text):
        return value.chinese()
    if isinstance(value, (list, tuple, set, frozenset)):
        return SEPARATOR.join(str(_source_value(v)) for v in value)
    return value


def _data_value(value: object) -> object:
    if isinstance(value, Text):
        return {"text": value.to_data()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_data_value(v) for v in value]
    if isinstance(value, (str, int, float)) or value is None:
        return value
    return str(value)  # dates and the like: as they read in the source language


def _from_data_value(value: object) -> object:
    if isinstance(value, dict) and isinstance(value.get("text"), dict):
        return Text.from_data(value["text"])
    if isinstance(value, list):
        return [_from_data_value(v) for v in value]
    return value


class Text:
    """A sentence: a marked Chinese template and its values; ``str()`` renders it."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: Mapping[str, object] = values

    def __str__(self) -> str:
        shown = _translate(CONTEXT, self.template)
        if not self.values:
            return shown
        return shown.format(**{key: _value(value) for key, value in self.values.items()})

    def chinese(self) -> str:
        """The sentence in the source language, whatever the interface shows (for the record)."""
        if not self.values:
            return self.template
        return self.template.format(**{key: _source_value(value) for key, value in self.values.items()})

    def to_data(self) -> dict[str, object]:
        """The template and its values as plain JSON (nested sentences too), to keep or send."""
        return {"template": self.template, "values": {key: _data_value(v) for key, v in self.values.items()}}

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Text:
        """Back from :meth:`to_data` (raises ValueError on anything else)."""
        template, values = data.get("template"), data.get("values", {})
        if not isinstance(template, str) or not isinstance(values, dict):
            raise ValueError("not a worded text")
        return cls(template, **{str(key): _from_data_value(v) for key, v in values.items()})

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{dict(self.values)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.template, dict(self.values)) == (other.template, dict(other.values))

    def __hash__(self) -> int:
        return hash(self.template)


class Lines(Text):
    """Sentences one per line, as the value of a template; each in the interface language."""

    __slots__ = ("lines",)

    def __init__(self, lines: Iterable[Text]) -> None:
        super().__init__("")
        self.lines = tuple(lines)

    def __str__(self) -> str:
        return "\n".join(str(line) for line in self.lines)

    def chinese(self) -> str:
        return "\n".join(line.chinese() for line in self.lines)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lines) and self.lines == other.lines

    def __hash__(self) -> int:
        return hash(self.lines)
