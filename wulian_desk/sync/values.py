"""What a value read from a bundle may be. A bundle's signature proves who wrote it, not that its
writer meant well: an insider holding a station's keys chooses every byte. So every value is held
to the narrowest kind the importer can use (a real date, a finite number in range, an integer
that is not a flag) before anything is stored or sized from it.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timedelta

from wulian_desk.core.dates import DateKind, earliest

# Whole numbers a bundle may carry: what a double holds exactly, far below SQLite's 2^63 limit,
# so the Lamport step on `counter` and every sum the reports make stay in range.
MAX_INT = 2**53 - 1
MAX_REAL = 1e15  # amounts, hours and scores: no real value comes near
MAX_SEQ = 10**9  # bundles per pair of installations: one a minute for nineteen centuries
# Dates and times as stored. Wider than what a person may type today (core/dates.py), since rows
# entered before those rules and plans years ahead must still travel; narrow enough that every
# sum of days stays inside the calendar.
FIRST_DAY = earliest(DateKind.BIRTH)
YEARS_AHEAD = 100

_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_ID = re.compile(r"[0-9A-Za-z_.:-]{1,64}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?\Z")


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number")


def loads(data: bytes | str):
    """JSON as the program writes it: no NaN or Infinity, no nesting deep enough to exhaust the
    parser. Anything else raises ValueError."""
    try:
        return json.loads(data, parse_constant=_no_constant)
    except RecursionError as err:
        raise ValueError("nested too deeply") from err


def is_int(value, low: int = -MAX_INT, high: int = MAX_INT) -> bool:
    """A JSON integer in [low, high]; true and false are flags, not numbers."""
    return type(value) is int and low <= value <= high


def is_real(value) -> bool:
    return (type(value) is int and abs(value) <= MAX_INT) or (
        type(value) is float and math.isfinite(value) and abs(value) <= MAX_REAL)


def is_hex64(value) -> bool:
    return isinstance(value, str) and _HEX64.match(value) is not None


def is_id(value) -> bool:
    """A device, station or bundle id as the program makes them (UUIDs)."""
    return isinstance(value, str) and _ID.match(value) is not None


def is_text(value, limit: int) -> bool:
    """A string of at most `limit` characters that SQLite can store (no lone surrogates)."""
    if not isinstance(value, str) or len(value) > limit:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def last_day() -> date:
    return date.today() + timedelta(days=365 * YEARS_AHEAD)


def is_date(value) -> bool:
    """A stored date (YYYY-MM-DD) that exists and lies in the plausible range."""
    if not isinstance(value, str) or _DATE.match(value) is None:
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return FIRST_DAY <= day <= last_day()


def is_datetime(value) -> bool:
    """A stored time (YYYY-MM-DD HH:MM:SS[.ffffff], UTC) that exists and lies in the range."""
    if not isinstance(value, str) or _DATETIME.match(value) is None:
        return False
    return _in_range(value)


def is_iso_time(value) -> bool:
    """A header's ISO 8601 time, as written by `datetime.isoformat`."""
    return isinstance(value, str) and len(value) <= 40 and _in_range(value)


def _in_range(value: str) -> bool:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return FIRST_DAY <= moment.date() <= last_day()
