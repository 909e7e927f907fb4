"""The form renderer: every shipped form renders; filling, conditional fields, repeat groups,
live scale totals, inline errors and drafts through the real dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from tests.ui import casework_fixtures as cw
from tests.ui.casework_fixtures import intake_answers, make_case, make_client
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms import parse_form
from wulian_desk.services.casework import cases, drafts, forms
from wulian_desk.ui import i18n
from wulian_desk.ui.forms.dialog import FormDialog, draft_key
from wulian_desk.ui.forms.view import FormView
from wulian_desk.ui.signals import emit

casework_template, casework_dir, worker_ctx = cw.casework_template, cw.casework_dir, cw.worker_ctx


@pytest.mark.parametrize("key", sorted(forms.registry()), ids=lambda k: f"{k[0]}.v{k[1]}")
def test_every_shipped_form_renders(qtbot, key):
    form = forms.registry()[key]
    view = FormView(form)
    qtbot.addWidget(view)
    for entry in form.entries():
        assert view.input_of(entry.key) is not None
    chain = view.focus_chain()
    assert chain, "a form with nothing to type into"
    assert forms.load_errors() == ()


@pytest.fixture
def case_id(worker_ctx):
    return make_case(worker_ctx, make_client(worker_ctx))


def open_form(qtbot, ctx, runner, case_id, form_id) -> FormDialog:
    dialog = FormDialog(ctx, runner, case_id, forms.get_form(form_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_fill_and_save_the_intake_form(qtbot, worker_ctx, runner, wait_tasks, case_id):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    dialog.view.set_answers(intake_answers())
    dialog.save_button.click()
    wait_tasks()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = cases.view_case(worker_ctx, case_id).forms[0]
    assert record.form_id == "intake" and record.form_version == 1
    assert '"独居，行动不便' in record.answers


def test_conditional_field_shows_when_its_answer_matches(qtbot, worker_ctx, runner, case_id):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    view = dialog.view
    guardian = view.rows["guardian_name"]
    assert not guardian.is_visible()
    view.input_of("is_minor").buttons[0].click()  # 是
    assert guardian.is_visible()
    view.input_of("is_minor").buttons[1].click()  # 否
    assert not guardian.is_visible()


def test_repeat_group_adds_items_and_names_the_bad_one(qtbot, worker_ctx, runner, case_id):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    view = dialog.view
    view.set_answers(intake_answers())
    members = view.input_of("household_members")
    members.add_button.click()
    members.add_button.click()
    assert len(members.items) == 2
    members.items[0].rows["name"].input.edit.setText("李四")
    members.items[0].rows["relation"].input.set_value("spouse")
    members.items[1].rows["name"].input.edit.setText("王五")  # no relation: refused
    members.items[1].rows["age"].input.edit.setText("200")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "第 2 项的「关系」" in view.message("household_members[1].relation")
    assert "不能大于 120" in view.message("household_members[1].age")
    assert view.message("household_members[0].relation") == ""
    members.items[0].remove_button.click()
    qtbot.waitUntil(lambda: len(members.items) == 1)
    assert view.answers()["household_members"] == [{"name": "王五", "age": "200"}]
    chain = view.focus_chain()
    assert chain.index(members.items[0].rows["name"].input.edit) < chain.index(members.add_button)


def test_elder_ability_total_and_grade_are_live(qtbot, worker_ctx, runner, case_id):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "elder_ability")
    view = dialog.view
    form = view.form
    scale = form.scales[0]
    total_row = next(r for r in view.rows.values() if r.field.type == m.COMPUTED and r.field.compute == "total"
                     and r.field.scale == scale.key)
    assert total_row.input.label.text().startswith("0 分")
    best = 0
    for key in scale.items:
        item = form.entry(key)
        top = max(item.options, key=lambda o: o.score)
        view.input_of(key).buttons[item.options.index(top)].click()
        best += top.score
    assert total_row.input.label.text().startswith(f"{best} 分")
    band_row = next(r for r in view.rows.values() if r.field.type == m.COMPUTED and r.field.compute == "band")
    assert band_row.input.label.text() == scale.band_for(best).label_zh


def test_bad_id_number_is_shown_under_its_field(qtbot, worker_ctx, runner, wait_tasks, case_id):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    view = dialog.view
    view.set_answers({**intake_answers(), "id_number": "110101199003071235"})
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "身份证号码" in view.message("id_number")
    assert view.rows["id_number"].error.isVisible()
    assert view.rows["id_number"].input.edit.hasFocus() or not dialog.isActiveWindow()
    assert cases.view_case(worker_ctx, case_id).forms == []


def test_enter_moves_to_the_next_field_instead_of_saving(qtbot, worker_ctx, runner, case_id):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    edit = dialog.view.rows["worker"].input.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.saving


def test_draft_is_kept_and_offered_back(qtbot, worker_ctx, runner, wait_tasks, case_id, dialogs):
    dialog = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    edit = dialog.view.rows["worker"].input.edit
    edit.setText("李晓")
    emit(edit.textEdited, "李晓")  # as typing does
    dialog.keep_draft()  # what the timer does every few seconds
    wait_tasks()  # kept on the write lane
    assert drafts.load_draft(worker_ctx, draft_key(case_id, "intake"))["answers"]["worker"] == "李晓"
    dialog.reject()  # the window locked
    again = open_form(qtbot, worker_ctx, runner, case_id, "intake")
    assert again.offer_draft()
    assert "未保存的草稿" in dialogs.confirmed[-1]
    assert again.view.answers()["worker"] == "李晓"
    again.view.set_answers({**intake_answers(), "worker": "李晓"})
    again.save_button.click()
    wait_tasks()
    assert drafts.load_draft(worker_ctx, draft_key(case_id, "intake")) is None


def _texts(view: FormView) -> set[str]:
    return {label.text() for label in view.findChildren(QLabel)}


def test_the_english_window_shows_the_forms_help_description_and_units_in_english(qapp, qtbot):
    i18n.install(qapp, i18n.ENGLISH)
    form = forms.get_form("intake")
    view = FormView(form)
    qtbot.addWidget(view)
    texts = _texts(view)
    assert form.description_en in texts and form.description not in texts
    assert {"Tick all that apply.", "Record in the client's own words where possible."} <= texts
    assert not {"可多选。", "尽量用服务对象自己的话记录。"} & texts
    measure = FormView(forms.get_form("group_measure"))
    qtbot.addWidget(measure)
    assert "Reverse-scored item." in _texts(measure) and "反向计分题。" not in _texts(measure)
    closure = FormView(forms.get_form("closure"))
    qtbot.addWidget(closure)
    assert "sessions" in _texts(closure) and "次" not in _texts(closure)


def test_the_english_window_names_a_grade_adjustment_in_english(qapp, qtbot):
    i18n.install(qapp, i18n.ENGLISH)
    form = forms.get_form("elder_ability")
    view = FormView(form)
    qtbot.addWidget(view)
    scale = form.scales[0]
    for key in scale.items:
        item = form.entry(key)
        choice = "coma" if key == "consciousness" else max(item.options, key=lambda o: o.score).code
        view.input_of(key).buttons[[o.code for o in item.options].index(choice)].click()
    band_row = next(r for r in view.rows.values() if r.field.type == m.COMPUTED and r.field.compute == "band")
    coma = next(rule for rule in scale.adjustments if rule.set_band == "complete_loss")
    assert band_row.input.label.text() == f"{scale.band('complete_loss').label_en} (adjusted: {coma.label_en})"


def test_a_form_without_english_shows_its_chinese_in_the_english_window(qapp, qtbot):
    i18n.install(qapp, i18n.ENGLISH)
    form = parse_form(
        'id = "county_visit"\nversion = 1\ntitle_zh = "县级探访记录"\ndescription = "记录探访情况。"\n'
        '[[sections]]\ntitle = "探访"\n[[sections.fields]]\nkey = "visits"\ntype = "number"\n'
        'label_zh = "探访次数"\nunit = "次"\nhelp = "本月累计。"\n',
        filename="county_visit.v1.toml",
    )
    view = FormView(form)
    qtbot.addWidget(view)
    assert {"记录探访情况。", "本月累计。", "次"} <= _texts(view)
