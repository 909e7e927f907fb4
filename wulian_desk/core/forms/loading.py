"""Reading a folder of form files. The caller says which folder; the core knows no paths."""

from __future__ import annotations

from pathlib import Path

from wulian_desk.core.forms.errors import FormDefinitionError
from wulian_desk.core.forms.registry import FormRegistry, load_forms
from wulian_desk.core.texts import translate


def load_form_dir(directory: Path) -> tuple[FormRegistry, list[FormDefinitionError]]:
    """Every *.toml in `directory`; unreadable or broken files are reported, not fatal."""
    texts: dict[str, str] = {}
    unreadable: list[FormDefinitionError] = []
    for path in sorted(Path(directory).glob("*.toml")):
        try:
            texts[str(path)] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            unreadable.append(FormDefinitionError(
                str(path), 1, translate("core.forms.loading", "无法读取（应为 UTF-8 编码的文本文件）：{exc}").format(exc=exc)
            ))
    forms, errors = load_forms(texts)
    return forms, unreadable + errors
