"""One person across stations: which records are the same person.

Two records are one person when they share a person key (the same ID number at any station of the
county, core/person_key.py), or the same non-empty national volunteer number (志愿者统一编号), or
the county linked them by hand (a `person_link`). The relation is transitive: a record with a key
that another record shares, linked by hand to a third, makes the three one person. A record with
none of these is a person of its own. Totals that say 人 count these people, not the records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate

NATIONAL_NUMBER_MAX = 32
_NATIONAL = re.compile(r"^[0-9A-Za-z]+$")


def check_national_number(value: str | None) -> str:
    """志愿者统一编号: optional, letters and digits, at most 32; spaces around it go, letters are
    upper-cased so the same number typed twice matches."""
    text = "".join((value or "").split()).upper()
    if not text:
        return ""
    if len(text) > NATIONAL_NUMBER_MAX or not _NATIONAL.match(text):
        raise ValidationError(translate("core.people", "志愿者统一编号只能由字母和数字组成，最多 {national_number_max} 位。").format(national_number_max=NATIONAL_NUMBER_MAX),
                              field="national_number")
    return text


class _Groups:
    """Union-find over record ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the smaller id leads: the same person id everywhere


def group_people(records: Iterable[tuple[str, str | None, str | None]],
                 links: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """record id -> person id (the smallest record id of the person), from (record id, person key,
    national number) and manual links (record id, person)."""
    groups = _Groups()
    first_by: dict[str, str] = {}
    for record_id, key, national in records:
        groups.find(record_id)
        for mark in (f"k:{key}" if key else "", f"n:{national}" if national else ""):
            if mark:
                if mark in first_by:
                    groups.join(record_id, first_by[mark])
                else:
                    first_by[mark] = record_id
    by_person: dict[str, str] = {}
    for record_id, person in links:
        if record_id not in groups.parent:
            continue  # a link to a record this installation does not hold
        if person in by_person:
            groups.join(record_id, by_person[person])
        else:
            by_person[person] = record_id
    return {record_id: groups.find(record_id) for record_id in groups.parent}


def count_people(record_ids: Iterable[str], person_of: dict[str, str]) -> int:
    """How many people these records are (a record not grouped counts as itself)."""
    return len({person_of.get(r, r) for r in record_ids})
