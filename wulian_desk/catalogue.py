"""English texts for the layers without Qt, read from the same compiled catalogue the window loads.

The window translates through Qt (a QTranslator over resources/translations/wulian_desk_en.qm).
The command line, the log and English exports need the same English without importing Qt, so
this module reads that .qm file itself: it is what every build ships (the wheel and the frozen
app leave the .ts sources out), it is made from the one .ts that translators edit, and its
layout is small and stable (Qt's qtranslator.cpp: a magic number, then tagged blocks; the
messages block lists context, source, comment and UTF-16 translations, one per numerus form).
"""

from __future__ import annotations

import functools
import struct

from wulian_desk.core.texts import Text, render
from wulian_desk.paths import resources_dir

_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_Key = tuple[str, str, str]


def read_qm(data: bytes) -> dict[_Key, list[str]]:
    """(context, source, comment) -> translations (several for a numerus message)."""
    if data[:16] != _MAGIC:
        raise ValueError("not a Qt .qm catalogue")
    pos, out = 16, {}
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == _MESSAGES:
            out.update(_messages(data[pos + 5:pos + 5 + length]))
        pos += 5 + length
    return out


def _messages(block: bytes) -> dict[_Key, list[str]]:
    out: dict[_Key, list[str]] = {}
    i, fields, forms = 0, {}, []
    while i < len(block):
        tag = block[i]
        i += 1
        if tag == _END:
            out[(fields.get(_CONTEXT, ""), fields.get(_SOURCE, ""), fields.get(_COMMENT, ""))] = forms
            fields, forms = {}, []
            continue
        if tag == _OBSOLETE1:
            i += 4
            continue
        length = struct.unpack_from(">I", block, i)[0]
        i += 4
        if length == 0xFFFFFFFF:  # a null translation
            continue
        value = block[i:i + length]
        i += length
        if tag == _TRANSLATION:
            forms.append(value.decode("utf-16-be"))
        else:
            fields[tag] = value.decode("utf-8")
    return out


@functools.cache
def _english() -> dict[_Key, list[str]]:
    return read_qm((resources_dir() / "translations" / "wulian_desk_en.qm").read_bytes())


def english_lookup(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English template (its numerus form for `n`), or "" when the catalogue lacks it."""
    forms = _english().get((context, source, disambiguation or ""))
    if not forms:
        return ""
    form = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return form.replace("%n", str(n)) if n >= 0 else form


english_lookup.english = True  # type: ignore[attr-defined]


def english(text: Text | str) -> str:
    """A text in English (the Chinese where the catalogue has no English yet)."""
    return render(text, english_lookup)
