"""User-visible texts outside the window's code: Chinese templates that Qt Linguist extracts.

One translation system serves the whole app: resources/translations/wulian_desk_en.ts. The window
marks its strings with `self.tr(...)`; the layers below it, which never import Qt, mark theirs
with `translate(context, template)` from here. `pyside6-lupdate` reads a call named `translate`
with a literal context and template exactly as it reads `QCoreApplication.translate`, so both land
in the same catalogue (resources/translations/update.sh).

A template is Chinese with named values, `"个案已处于“{stage}”阶段。"`; values are given with
`.format(stage=...)`, which returns a new `Text` and formats nothing yet. The text is rendered
when shown: the catalogue's template for the reader's language is looked up first, then the
values are put in (a value that is itself a `Text`, such as a vocabulary label, is rendered in
the same language). Counts use Qt's numerus forms, the count given as the fourth positional
argument: `translate("ui.cases", "%n 个在办个案", None, count)` ("1 open case", "2 open cases").
lupdate reads only literal strings and positional arguments: never a variable as the context.

Which language `str(text)` gives is set once per process by whoever shows texts (`use`): the
window installs `QCoreApplication.translate`; the command line keeps Chinese. Code that needs a
particular language (the English log line, an English export) renders with `render(text, lookup)`
and a lookup of its own (wulian_desk/catalogue.py reads the .ts for English).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# (context, source template, disambiguation, n) -> the template in the reader's language.
Lookup = Callable[[str, str, "str | None", int], str]


def _chinese(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


_chinese.english = False  # type: ignore[attr-defined]  # what a `Given` text reads to choose


_current: dict[str, Lookup] = {"lookup": _chinese}


class Text:
    """A template, its context and values; `str()` renders it in the process's language."""

    __slots__ = ("context", "source", "disambiguation", "n", "values")

    def __init__(self, context: str, source: str, disambiguation: str | None = None, n: int = -1,
                 values: Mapping[str, Any] | None = None) -> None:
        self.context = context
        self.source = source
        self.disambiguation = disambiguation
        self.n = n
        self.values = dict(values or {})

    def format(self, **values: Any) -> Text:
        """The same template with (more) values; rendering happens when the text is shown."""
        return Text(self.context, self.source, self.disambiguation, self.n, {**self.values, **values})

    @property
    def zh(self) -> str:
        """The Chinese text (the source), whatever language the process shows."""
        return render(self, _chinese)

    def __str__(self) -> str:
        return render(self, _current["lookup"])

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.zh!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return (self.context, self.source, self.disambiguation, self.n, self.values) == \
                (other.context, other.source, other.disambiguation, other.n, other.values)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.context, self.source, self.disambiguation, self.n))


class Given(Text):
    """A text that brings its own English: labels of form definitions, which the county issues as
    data (forms/*.toml, label_zh/label_en) and no catalogue of the program can know."""

    __slots__ = ("en",)

    def __init__(self, zh: str, en: str = "") -> None:
        super().__init__("", zh.replace("{", "{{").replace("}", "}}"))
        self.en = en

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Given) and (self.source, self.en) == (other.source, other.en)

    def __hash__(self) -> int:
        return hash((self.source, self.en))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
    """Mark a Chinese template for the catalogue. Context and template must be literal strings
    (lupdate reads them from the source); values come afterwards through `.format(...)`."""
    return Text(context, source, disambiguation, n)


def render(text: Text | str, lookup: Lookup) -> str:
    if not isinstance(text, Text):
        return str(text)
    if isinstance(text, Given):
        english = getattr(lookup, "english", True) and text.en
        return text.en if english else text.source.replace("{{", "{").replace("}}", "}")
    template = lookup(text.context, text.source, text.disambiguation, text.n) or _chinese(
        text.context, text.source, text.disambiguation, text.n)
    if not text.values:
        return template
    values = {k: render(v, lookup) if isinstance(v, Text) else v for k, v in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation naming a value the code does not give: the source still reads right.
        return _chinese(text.context, text.source, text.disambiguation, text.n).format(**values)


def chinese(text: Text | str) -> str:
    return render(text, _chinese)


def use(lookup: Lookup | None) -> None:
    """Show texts through `lookup` from now on (None: Chinese, the source language). A lookup
    for Chinese says so with an attribute `english = False` (Given texts read it)."""
    _current["lookup"] = lookup or _chinese


def join(parts: list[Text | str] | tuple[Text | str, ...], separator: Text | None = None) -> Text:
    """Several texts as one value of a template (a list: 甲、乙), each in the reader's language;
    `separator` a marked text when the Chinese needs another than 、."""
    values: dict[str, Any] = {f"p{i}": part for i, part in enumerate(parts)}
    values["sep"] = separator or translate("Texts", "、")
    return Text("", "{sep}".join("{" + f"p{i}" + "}" for i in range(len(parts))), values=values)
