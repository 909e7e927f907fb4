"""The log keeps what a bug report needs (where it happened, which kind of error) and none of the
records: an exception message can carry an ID number, a phone, a name or a quoted value, and the
log file outlives the session on a shared office computer.

`PrivateFormatter` withholds, in every line it writes: Chinese text (names, addresses, notes),
runs of six or more digits (ID, phone and account numbers; line numbers and times are shorter),
and, in the lines that state an exception, anything quoted. Source lines and file names in a
traceback are the program's own and stay readable.
"""

from __future__ import annotations

import logging
import re

WITHHELD = "…"
_CJK = re.compile(r"[\u2e80-\u2fff\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")
_DIGITS = re.compile(r"\d{6,}[\dXx]*|1\d{2}[ -]\d{4}[ -]\d{4}")  # and mobiles written 139-0000-1234
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_TRACEBACK_LINES = (
    "Traceback (most recent call last):",
    "During handling of the above exception, another exception occurred:",
    "The above exception was the direct cause of the following exception:",
)


def scrub_log_text(text: str) -> str:
    lines = text.split("\n")
    out = []
    for number, line in enumerate(lines):
        # Lines at the left margin after the first state an exception (or continue its message);
        # frame and source lines of a traceback are indented.
        if number and line and not line[0].isspace() and line not in _TRACEBACK_LINES:
            line = _QUOTED.sub(f"'{WITHHELD}'", line)
        out.append(_DIGITS.sub(WITHHELD, _CJK.sub(WITHHELD, line)))
    return "\n".join(out)


class PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub_log_text(super().format(record))
