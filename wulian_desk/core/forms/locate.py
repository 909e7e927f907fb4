"""Lines in a form file's text, so a semantic error can point where a person would look.

tomllib gives positions only for syntax errors; for everything else we search the source for the
offending key. That is approximate by design: good enough to open the file at the right place.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NoReturn

from wulian_desk.core.forms.errors import FormDefinitionError
from wulian_desk.core.texts import Text, translate

# Ids and keys are stored with every answer; snake_case keeps them stable and safe in paths.
IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


class Locator:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def find(self, pattern: str, *, after: int = 0, nth: int = 1) -> int | None:
        """The 1-based line of the nth match of `pattern` on a line after line `after`."""
        regex = re.compile(pattern)
        seen = 0
        for number, line in enumerate(self.lines[after:], start=after + 1):
            if regex.search(_without_comment(line)):
                seen += 1
                if seen == nth:
                    return number
        return None

    def assignment(self, name: str, value: object = None, *, after: int = 0, nth: int = 1) -> int | None:
        """The line of `name = value` (value as TOML would quote it), or of `name =` alone."""
        pattern = rf"(^|[\s{{,.\[]){re.escape(name)}\s*="
        if isinstance(value, str):
            pattern += rf"\s*(\"{re.escape(value)}\"|'{re.escape(value)}')"
        elif value is not None:
            pattern += rf"\s*{re.escape(_toml_literal(value))}\b"
        return self.find(pattern, after=after, nth=nth)

    def key_line(self, key: str, *, nth: int = 1) -> int | None:
        """Where the field, group or scale with this `key` is declared."""
        return self.assignment("key", key, nth=nth)


def _toml_literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _without_comment(line: str) -> str:
    # A '#' inside a quoted string is not a comment; a crude quote count is enough here.
    quoted = None
    for index, char in enumerate(line):
        if char in "\"'":
            quoted = None if quoted == char else (quoted or char)
        elif char == "#" and quoted is None:
            return line[:index]
    return line


class ParseContext:
    """What the parser carries through one file: its name, its lines, and typed getters that
    refuse a bad attribute at the line where it is written."""

    def __init__(self, filename: str, text: str) -> None:
        self.filename = filename
        self.locator = Locator(text)
        self._declared: Counter[str] = Counter()

    def fail(self, line: int | None, reason: Text) -> NoReturn:
        raise FormDefinitionError(self.filename, line or 1, reason)

    def declare(self, key: str, fallback: int) -> int:
        """The line of this declaration of `key`; the second declaration finds the second line."""
        self._declared[key] += 1
        return self.locator.key_line(key, nth=self._declared[key]) or fallback

    def attr_line(self, name: str, line: int, value: object = None) -> int:
        return self.locator.assignment(name, value, after=max(line - 1, 0)) or line

    def line_of(self, table: dict, fallback: int) -> int:
        """Best guess at where an inline or array table starts, from its identifying values."""
        for name in ("key", "code", "label_zh", "title", "zh"):
            value = table.get(name)
            if isinstance(value, str):
                found = self.locator.assignment(name, value, after=max(fallback - 1, 0))
                if found:
                    return found
        return fallback

    def check_attrs(self, table: dict, allowed: set[str], line: int, what: str) -> None:
        for name in table:
            if name not in allowed:
                self.fail(
                    self.attr_line(name, line),
                    translate("core.forms.locate", "{what}有不认识的属性“{name}”（可用：{join}）。").format(what=what, name=name, join='、'.join(sorted(allowed))),
                )

    def text(self, table: dict, name: str, line: int, what: str, *, required: bool = False) -> str:
        value = table.get(name)
        if value is None:
            if required:
                self.fail(line, translate("core.forms.locate", "{what}缺少 {name}。").format(what=what, name=name))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(self.attr_line(name, line), translate("core.forms.locate", "{what}的 {name} 应为非空文字。").format(what=what, name=name))
        return value

    def flag(self, table: dict, name: str, line: int, what: str) -> bool:
        value = table.get(name, False)
        if not isinstance(value, bool):
            self.fail(self.attr_line(name, line), translate("core.forms.locate", "{what}的 {name} 应为 true 或 false。").format(what=what, name=name))
        return value

    def whole(self, table: dict, name: str, line: int, what: str) -> int | None:
        value = table.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(self.attr_line(name, line), translate("core.forms.locate", "{what}的 {name} 应为不小于 0 的整数。").format(what=what, name=name))
        return value

    def identifier(self, table: dict, name: str, line: int, what: str) -> str:
        value = self.text(table, name, line, what, required=True)
        if not IDENTIFIER.fullmatch(value):
            self.fail(
                self.attr_line(name, line),
                translate("core.forms.locate", "{what}的 {name}“{value}”应为英文小写字母、数字和下划线，并以字母开头。").format(what=what, name=name, value=value),
            )
        return value
