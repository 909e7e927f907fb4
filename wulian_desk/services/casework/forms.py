"""The forms folder, loaded once: filling a form on a case, and reading stored answers back with
the version of the form they were given on."""

from __future__ import annotations

import logging
from datetime import date
from functools import cache

from wulian_desk.catalogue import english
from wulian_desk.core.errors import NotFoundError
from wulian_desk.core.forms import FormDefinition, FormDefinitionError, latest_form, make_answer_set
from wulian_desk.core.forms.loading import load_form_dir
from wulian_desk.core.forms.registry import FormRegistry
from wulian_desk.core.texts import translate
from wulian_desk.paths import forms_dir
from wulian_desk.services.casework import cases
from wulian_desk.services.context import Changes, Context

log = logging.getLogger(__name__)


@cache
def _loaded() -> tuple[FormRegistry, tuple[FormDefinitionError, ...]]:
    forms, errors = load_form_dir(forms_dir())
    for err in errors:  # a broken file is refused; the others still work
        log.warning("form file refused: %s", english(err.text))
    return forms, tuple(errors)


def registry() -> FormRegistry:
    return _loaded()[0]


def load_errors() -> tuple[FormDefinitionError, ...]:
    """Form files refused at load, each naming its file, line and reason (the window lists them)."""
    return _loaded()[1]


def adopt_county_forms(ctx: Context) -> list[tuple[str, int]]:
    """Form versions the county sent down that this program does not ship (a county may run a
    newer version first): added to the forms in use, so new answers use the county's latest and
    answers given under any version keep their form. Returns what was added."""
    from wulian_desk.core.forms.registry import load_forms
    from wulian_desk.storage.queries.forms import county_forms

    with ctx.reading() as session:
        docs = county_forms(session, station_id=ctx.station_id)
    # Only what differs from the forms shipped here is parsed: parsing every form on each login
    # would cost about half a second.
    new = {f"县级总站下发/{d.key}": d.content for d in docs if d.content != _shipped_text(d.key)}
    if not new:
        return []
    sent, errors = load_forms(new)
    for err in errors:
        log.warning("form sent by the county refused: %s", english(err.text))
    forms = registry()
    added = [key for key in sorted(sent) if key not in forms]
    for key in added:
        forms[key] = sent[key]
    return added


def _shipped_text(name: str) -> str | None:
    path = forms_dir() / name
    try:
        return path.read_text(encoding="utf-8") if path.parent == forms_dir() and path.is_file() else None
    except (OSError, UnicodeDecodeError):
        return None


def get_form(form_id: str, version: int | None = None) -> FormDefinition:
    forms = registry()
    form = latest_form(forms, form_id) if version is None else forms.get((form_id, version))
    if form is None:
        raise NotFoundError(translate("services.casework.forms", "找不到表单 {form} 第 {version} 版。").format(form=form_id, version=version)
                            if version else translate("services.casework.forms", "找不到表单 {form}。").format(form=form_id))
    return form


def fill_case_form(ctx: Context, case_id: str, form_id: str, answers: dict, *, filled_on: date | None = None) -> Changes:
    """Check the answers against the newest version of the form, score it, and keep it on the case."""
    form = get_form(form_id)
    answer_set = make_answer_set(form, answers)
    return cases.record_form(ctx, case_id, form_id=form.id, form_version=form.version,
                             answers=answer_set.answers, computed=answer_set.computed, filled_on=filled_on)
