"""Controlled vocabularies: the stored code of each choice and its label.

Codes are stable English words kept in the database and in bundles; labels are what people see,
Chinese templates marked for the translation catalogue (core/texts.py), one context per
vocabulary module.
"""

from __future__ import annotations

from dataclasses import dataclass

from wulian_desk.core.texts import Text, translate


@dataclass(frozen=True)
class Choice:
    code: str
    text: Text

    @property
    def zh(self) -> str:
        """The Chinese label: what reports, the command line and searches by name use."""
        return self.text.zh


def _index(*choices: Choice) -> dict[str, Choice]:
    return {c.code: c for c in choices}


TIERS = _index(
    Choice("county", translate("core.vocab", "县级社会工作服务总站")),
    Choice("township", translate("core.vocab", "镇(街)社会工作服务站")),
    Choice("community", translate("core.vocab", "社区(村)社工室")),
)

AREA_KINDS = _index(
    Choice("urban", translate("core.vocab", "城镇社区")),
    Choice("rural", translate("core.vocab", "农村社区")),
)

ROOM_TYPES = _index(
    Choice("office", translate("core.vocab", "办公室")),
    Choice("counselling", translate("core.vocab", "个案室/心理咨询室")),
    Choice("group", translate("core.vocab", "小组活动室")),
    Choice("meeting", translate("core.vocab", "共享会议室")),
    Choice("archive", translate("core.vocab", "档案室")),
    Choice("other", translate("core.vocab", "其他")),
)

ASSET_CATEGORIES = _index(
    Choice("furniture", translate("core.vocab", "桌椅")),
    Choice("computer", translate("core.vocab", "电脑")),
    Choice("printer", translate("core.vocab", "打印机")),
    Choice("cabinet", translate("core.vocab", "档案柜")),
    Choice("projector", translate("core.vocab", "投影仪")),
    Choice("other", translate("core.vocab", "其他")),
)

ASSET_STATUSES = _index(
    Choice("in_use", translate("core.vocab", "在用")),
    Choice("idle", translate("core.vocab", "闲置")),
    Choice("repair", translate("core.vocab", "维修中")),
    Choice("scrapped", translate("core.vocab", "已报废")),
)

ROLES = _index(
    Choice("worker", translate("core.vocab", "社工")),
    Choice("head", translate("core.vocab", "站长")),
    Choice("supervisor", translate("core.vocab", "督导")),
    Choice("county_admin", translate("core.vocab", "总站管理员")),
)


def label(vocab: dict[str, Choice], code: str | None) -> str:
    """The Chinese label of a code, or the code itself when a newer version added a choice we lack."""
    return chinese_or_code(label_text(vocab, code))


def label_text(vocab: dict[str, Choice], code: str | None) -> Text | str:
    """The label to show in the reader's language (`str()` of it), or the unknown code itself."""
    if code is None:
        return ""
    choice = vocab.get(code)
    return code if choice is None else choice.text


def chinese_or_code(value: Text | str) -> str:
    return value.zh if isinstance(value, Text) else value
