"""Controlled vocabularies: the stored code of each choice and its Chinese and English label.

Codes are stable English words kept in the database and in bundles; labels are what people see.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    code: str
    zh: str
    en: str


def _index(*choices: Choice) -> dict[str, Choice]:
    return {c.code: c for c in choices}


TIERS = _index(
    Choice("county", "县级社会工作服务总站", "County general station"),
    Choice("township", "镇(街)社会工作服务站", "Township/street station"),
    Choice("community", "社区(村)社工室", "Community/village room"),
)

AREA_KINDS = _index(
    Choice("urban", "城镇社区", "Urban community"),
    Choice("rural", "农村社区", "Rural community"),
)

ROOM_TYPES = _index(
    Choice("office", "办公室", "Office"),
    Choice("counselling", "个案室/心理咨询室", "Counselling room"),
    Choice("group", "小组活动室", "Group activity room"),
    Choice("meeting", "共享会议室", "Shared meeting room"),
    Choice("archive", "档案室", "Archive room"),
    Choice("other", "其他", "Other"),
)

ASSET_CATEGORIES = _index(
    Choice("furniture", "桌椅", "Desks and chairs"),
    Choice("computer", "电脑", "Computer"),
    Choice("printer", "打印机", "Printer"),
    Choice("cabinet", "档案柜", "File cabinet"),
    Choice("projector", "投影仪", "Projector"),
    Choice("other", "其他", "Other"),
)

ASSET_STATUSES = _index(
    Choice("in_use", "在用", "In use"),
    Choice("idle", "闲置", "Idle"),
    Choice("repair", "维修中", "Under repair"),
    Choice("scrapped", "已报废", "Scrapped"),
)

ROLES = _index(
    Choice("worker", "社工", "Social worker"),
    Choice("head", "站长", "Station head"),
    Choice("supervisor", "督导", "Supervisor"),
    Choice("county_admin", "总站管理员", "County administrator"),
)


def label(vocab: dict[str, Choice], code: str | None, english: bool = False) -> str:
    """The label of a code, or the code itself when a newer version added a choice we lack."""
    if code is None:
        return ""
    choice = vocab.get(code)
    if choice is None:
        return code
    return choice.en if english else choice.zh
