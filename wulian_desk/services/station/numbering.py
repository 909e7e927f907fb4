"""This computer's tag in the record numbers it issues (core/numbers.py explains the scheme), kept
in its own settings (the `setting` table never travels), and the tags it gives the computers of
its station that it enrols."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from wulian_desk.core import numbers
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.models import Setting
from wulian_desk.core.texts import translate
from wulian_desk.storage.queries import station as queries

if TYPE_CHECKING:
    from sqlmodel import Session

TAG_SETTING = "number_tag"  # this computer's tag; absent: the first computer, plain numbers
GIVEN_SETTING = "number_tags_given"  # how many tags this computer has given


def _get(session: Session, key: str, default: object) -> object:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def _put(session: Session, key: str, value: object) -> None:
    row = session.get(Setting, key) or Setting(key=key, value="")
    row.value = json.dumps(value)
    session.add(row)


def my_tag(session: Session) -> str:
    tag = _get(session, TAG_SETTING, "")
    return tag if numbers.is_tag(tag) else ""


def set_my_tag(session: Session, tag: str) -> None:
    """The tag our enrolling computer gave us (from its reply)."""
    if not numbers.is_tag(tag):
        raise ValidationError(translate("services.station.numbering", "登记回执中的编号标记不对。"))
    _put(session, TAG_SETTING, tag)


def give_tag(session: Session, *, station_id: str) -> str:
    """A tag for a computer of our station we are enrolling: never given before by us, nor seen
    in the station's numbers or among our peers."""
    given = int(_get(session, GIVEN_SETTING, 0) or 0)
    in_use = frozenset(queries.peer_number_tags(session)) | {
        numbers.tag_of(n) for n in queries.issued_numbers(session, owner=station_id)}
    found = numbers.child_tag(my_tag(session), given, in_use=in_use)
    if found is None:
        raise ValidationError(translate("services.station.numbering", "本机已为太多电脑分配编号标记，请在本站另一台电脑上接受这份登记申请。"))
    _put(session, GIVEN_SETTING, found[1])
    return found[0]


def next_number(session: Session, prefix: str, year: int, existing: list[str], *, width: int) -> str:
    return numbers.next_number(prefix, year, existing, tag=my_tag(session), width=width)
