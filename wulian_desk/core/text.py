"""Text a person typed: trimmed, required or not, and no longer than its column. The one rule
every entry path (the window, an Excel import, a bundle) uses for free text."""

from __future__ import annotations

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.validation import missing


def clean_text(value: str | None, *, field: str, label: Text, max_len: int, required: bool) -> str:
    text = (value or "").strip()
    if required and not text:
        raise missing(field, label)
    if len(text) > max_len:
        raise ValidationError(
            translate("core.text", "{label}不能超过 {max_len} 个字。").format(label=label, max_len=max_len), field=field
        )
    return text
