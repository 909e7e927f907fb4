"""All loaded forms, keyed by (id, version): older versions stay so old answers keep their form."""

from __future__ import annotations

from collections.abc import Mapping

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.errors import FormDefinitionError
from wulian_desk.core.forms.locate import Locator
from wulian_desk.core.forms.parser import parse_form
from wulian_desk.core.texts import translate

FormRegistry = dict[tuple[str, int], m.FormDefinition]


def load_forms(texts: Mapping[str, str]) -> tuple[FormRegistry, list[FormDefinitionError]]:
    """Parse every file; a broken file is reported and skipped, the others still load."""
    forms: FormRegistry = {}
    errors: list[FormDefinitionError] = []
    for filename in sorted(texts):
        try:
            form = parse_form(texts[filename], filename=filename)
        except FormDefinitionError as err:
            errors.append(err)
            continue
        other = forms.get((form.id, form.version))
        if other is not None:
            line = Locator(texts[filename]).assignment("version") or 1
            errors.append(FormDefinitionError(
                filename, line,
                translate("core.forms.registry", "表单 {id} 第 {version} 版已在 {source} 中定义；新版本请把 version 加 1。").format(id=form.id, version=form.version, source=other.source),
            ))
            continue
        forms[(form.id, form.version)] = form
    return forms, errors


def latest_form(forms: FormRegistry, form_id: str) -> m.FormDefinition | None:
    """The version new answers are given against."""
    versions = [v for (i, v) in forms if i == form_id]
    return forms[(form_id, max(versions))] if versions else None


def form_versions(forms: FormRegistry, form_id: str) -> list[int]:
    return sorted(v for (i, v) in forms if i == form_id)
