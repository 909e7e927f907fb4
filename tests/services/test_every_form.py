"""Every shipped form loads, validates a complete set of answers, saves on a case, and prints."""

import re
import shutil
import subprocess
from datetime import date

import pytest

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.forms import RepeatGroup, answer_problems, make_answer_set
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.casework import cases, clients, forms, printing


def sample(field):
    """A valid answer for one field, from its type and bounds alone."""
    kind = field.type
    if field.pattern:  # phones, times, codes: the first plausible value the pattern accepts
        return next(c for c in ("13812345678", "09:30", "M-01", "A1", "测试内容") if re.fullmatch(field.pattern, c))
    if kind in ("text", "long_text"):
        low = int(field.min or 0)
        return "测试内容" + "字" * max(0, low - 4)
    if kind == "number":
        return field.min if isinstance(field.min, int | float) else (field.max if isinstance(field.max, int | float) and field.max < 1 else 1)
    if kind == "date":
        return field.min if isinstance(field.min, str) and field.min != "today" else date.today().isoformat()
    if kind in ("single_choice", "scale_item"):
        return field.options[0].code
    if kind == "multi_choice":
        return [o.code for o in field.options[: max(1, int(field.min or 1))]]
    if kind == "yes_no":
        return False
    if kind == "id_number":
        return make_id_number("610326", date(1950, 1, 1), 7, "female")
    return None  # computed


def complete_answers(form) -> dict:
    answers = {}
    for section in form.sections:
        for entry in section.fields:
            if isinstance(entry, RepeatGroup):
                item = {f.key: v for f in entry.fields if (v := sample(f)) is not None}
                answers[entry.key] = [dict(item) for _ in range(max(1, entry.min_items))]
            elif (value := sample(entry)) is not None:
                answers[entry.key] = value
    return answers


SHIPPED = sorted(form_id for form_id, _version in forms.registry())


def test_the_forms_folder_loads_without_errors():
    assert forms.load_errors() == ()
    assert {"intake", "needs_assessment", "elder_ability", "child_needs", "service_plan", "process_record",
            "referral", "closure", "supervision", "group_measure"} <= set(SHIPPED)


@pytest.mark.parametrize("form_id", SHIPPED)
def test_every_form_validates_saves_and_prints(form_id, ctx, tmp_path):
    form = forms.get_form(form_id)
    answers = complete_answers(form)
    assert answer_problems(form, answers) == []
    answer_set = make_answer_set(form, answers)
    assert answer_set.form_id == form_id and answer_set.form_version == form.version

    client_id = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                       birth_date=date(1948, 5, 6)),
                                      consent=ConsentInput(given_on=date(2026, 1, 2))).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="表格测试").ids[0]
    forms.fill_case_form(ctx, case_id, form_id, answers)
    [record] = cases.view_case(ctx, case_id).forms
    assert (record.form_id, record.form_version) == (form_id, form.version)

    out = printing.print_case_file(ctx, case_id, tmp_path / "case.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
        assert "".join(form.title_zh.split()) in text
