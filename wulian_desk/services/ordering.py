"""The order a list shows its rows in when the user picks a column: short lists (organisations,
groups, projects, staff, charity) are read whole and ordered here, by the same rows the list
shows, names and titles by their pinyin (services.casework.names.pinyin_key). Long lists (clients,
cases, volunteers, activities) order in their SQL instead."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate


def check_sort(sort: str, sorts: Mapping[str, Any]) -> None:
    if sort not in sorts:
        raise ValidationError(translate("services.ordering", "无法按 {sort} 排序。").format(sort=sort))


def _blank(value: Any) -> bool:
    return value is None or value == ""


def order_ids(ids: list[str], rows_of: Callable[[list[str]], Mapping[str, Any]],
              keys: Mapping[str, Callable[[Any], Any]], sort: str | None, descending: bool = False,
              *, native: tuple[str, bool] | None = None) -> list[str]:
    """`ids` in the order of `keys[sort]` over their rows (`rows_of(ids)`), blanks last either
    way; ties keep the order `ids` came in (a stable sort), and ids whose row is gone are dropped.
    `sort` None, or the (sort, descending) that `native` says the ids already come in: as given."""
    if sort is None:
        return ids
    check_sort(sort, keys)
    if not ids or (sort, descending) == native:
        return ids
    rows = rows_of(ids)
    key = keys[sort]
    values = {i: key(rows[i]) for i in ids if i in rows}
    filled = sorted((i for i in values if not _blank(values[i])), key=values.__getitem__, reverse=descending)
    return filled + [i for i in values if _blank(values[i])]
