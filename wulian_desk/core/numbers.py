"""Record numbers (case GA2026-00464, activity HD2026-00012, certificate ZM2026-000007) that two
computers of one station, working offline, can never both issue.

Each computer has a short tag, kept in its own settings and never synced. The station's first
computer has none and keeps the plain form; a computer enrolled as another computer of the station
is given its tag by the computer that accepts its request: that computer's own tag followed by one
letter it has not given before (the first computer gives B, C, D...; B gives BB, BC...). Tags
therefore form a tree in which each node names its children itself, so two computers can never be
given the same tag, even when several computers enrol new ones offline at the same time; nothing
has to be checked against peers a computer may not yet know. (A computer whose own settings
were rolled back by an older backup could lose count of the tags it gave; it also passes over any
tag seen in the station's numbers or recorded on its peers.) The tag goes between the year and the
sequence (GA2026-B-00464).

What the tree cannot see: a copy restored from a backup issues numbers with its original's tag
until it is enrolled as a computer of its own, so a second computer is enrolled before it is used.

The sequence runs per prefix and year over every number this computer holds, whatever its tag or
width (numbers issued before tags, and 4- and 5-digit case numbers, were both seen), and continues
past the highest one; it is written with a fixed width from then on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TAG_LETTERS = "BCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O (read as 1 and 0); A is the first computer's
MAX_TAG = 6
TAG = re.compile(rf"^[{TAG_LETTERS}]{{1,{MAX_TAG}}}$")


def is_tag(text: object) -> bool:
    return isinstance(text, str) and (text == "" or TAG.match(text) is not None)


def child_tag(parent: str, given: int, *, in_use: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """The tag a computer tagged `parent` gives the next computer it enrols, having given
    `given` before, and the new count; None when it has none left (another computer must enrol
    it). A tag already `in_use` (seen in numbers or given to a peer: this computer's settings may
    come from an older backup) is passed over."""
    if len(parent) >= MAX_TAG:
        return None
    for index in range(given, len(TAG_LETTERS)):
        if parent + TAG_LETTERS[index] not in in_use:
            return parent + TAG_LETTERS[index], index + 1
    return None


def tag_of(number: str) -> str:
    """The tag inside a number (GA2026-B-00464 -> B), "" for a plain one."""
    match = re.fullmatch(rf"[A-Z]{{2}}\d{{4}}-([A-Z]{{1,{MAX_TAG}}})-\d+", number or "")
    return match.group(1) if match else ""


def sequence_of(number: str, prefix: str, year: int) -> int | None:
    match = re.fullmatch(rf"{re.escape(prefix)}{year}-(?:[A-Z]{{1,{MAX_TAG}}}-)?(\d+)", number)
    return int(match.group(1)) if match else None


def next_number(prefix: str, year: int, existing: Iterable[str], *, tag: str, width: int) -> str:
    """The next number of this kind and year on this computer."""
    highest = max((s for s in (sequence_of(n, prefix, year) for n in existing) if s is not None), default=0)
    middle = f"{tag}-" if tag else ""
    return f"{prefix}{year}-{middle}{highest + 1:0{width}d}"
