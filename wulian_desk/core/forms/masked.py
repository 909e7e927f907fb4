"""Answers as a masked print shows them: ID-number fields and fields declared `mask = ...` masked
by what they hold, and ID and phone numbers inside every other text answer masked by their shape.

Answers the definition does not know (a field dropped in a later version, or no definition at
all) are treated as free text, so nothing a worker typed reaches a masked print unmasked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wulian_desk.core.forms import model as m
from wulian_desk.core.masking import ID_NUMBER, mask_kind, mask_numbers_deep

# Choices, numbers and dates hold codes and values the definition gave, not what a person typed.
_TYPED = (m.TEXT, m.LONG_TEXT, m.ID_NUMBER)


def mask_answers(form: m.FormDefinition | None, answers: Mapping[str, object]) -> dict[str, object]:
    """A masked copy of `answers`; `form` is the definition they were given against (or the
    newest of the same form, whose declarations still name the same keys), or None."""
    entries = list(form.entries()) if form is not None else []
    return _masked(entries, answers)


def _masked(entries: Iterable[m.Field | m.RepeatGroup], values: Mapping[str, object]) -> dict[str, object]:
    by_key = {e.key: e for e in entries}
    out: dict[str, object] = {}
    for key, value in values.items():
        entry = by_key.get(key)
        if isinstance(entry, m.RepeatGroup) and isinstance(value, list):
            out[key] = [_masked(entry.fields, item) if isinstance(item, Mapping) else mask_numbers_deep(item)
                        for item in value]
        elif isinstance(entry, m.Field) and entry.type not in _TYPED and entry.mask is None:
            out[key] = value if entry.type in m.CHOICE_TYPES else mask_numbers_deep(value)
        elif isinstance(entry, m.Field) and isinstance(value, str):
            out[key] = mask_kind(ID_NUMBER if entry.type == m.ID_NUMBER else entry.mask, value)
        else:
            out[key] = mask_numbers_deep(value)
    return out
