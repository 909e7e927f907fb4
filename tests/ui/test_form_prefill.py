"""A client registered in the window, a case opened for them and its intake form: the form starts
with what the record holds (numbers masked for a worker), and consent recorded in the form reaches
the client's record when the user accepts the offered update, and not when they decline."""

from __future__ import annotations

from datetime import date

from tests.ui import casework_fixtures as cw
from tests.ui.conftest import click_save
from tests.ui.test_cases import Answers, open_window
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.casework import cases, clients
from wulian_desk.ui.cases.dialogs import OpenCaseDialog
from wulian_desk.ui.clients.dialog import ClientDialog
from wulian_desk.ui.forms.client_update import ClientUpdateDialog
from wulian_desk.ui.forms.dialog import FormDialog

casework_template, casework_dir, worker_ctx = cw.casework_template, cw.casework_dir, cw.worker_ctx

BORN = date(1950, 3, 7)
ID_NUMBER = make_id_number("610113", BORN, 12, "female")
PHONE = "13812345678"
ADDRESS = "陕西省西安市雁塔区小寨路街道长安中路88号3单元502室"

# What the worker adds to the prefilled intake form; consent is the one answer the record lacks.
REST = {
    "source": "self", "presenting_problem": "独居，行动不便，希望有人定期上门。", "problem_areas": ["daily_care"],
    "urgency": "normal", "safety_risk": False, "decision": "accept", "consent_signed": True,
}


def register_and_open_case(qtbot, window, answers) -> tuple[str, str]:
    """Register 王秀兰 through the client dialog (gender and birth date come from the ID number as
    it is typed), then open a case for her from her record."""
    page = window.show_area("clients")

    def register(dialog: ClientDialog):
        assert dialog.gender.currentIndex() == -1  # nothing chosen until the user or the ID says
        dialog.name.setText("王秀兰")
        qtbot.keyClicks(dialog.id_number, ID_NUMBER)
        assert dialog.gender.currentData() == "female"
        assert dialog.birth_date.text() == BORN.isoformat()
        dialog.phone.setText(PHONE)
        dialog.address.setText(ADDRESS)
        click_save(dialog)
        assert not dialog.isVisible(), dialog.errors.message("name")

    answers.queue(ClientDialog, register)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.detail.view is not None and page.detail.view.name == "王秀兰")
    client_id = page.detail.view.id

    def open_case(dialog: OpenCaseDialog):
        dialog.case_title.setText("独居老人生活照料")
        click_save(dialog)

    answers.queue(OpenCaseDialog, open_case)
    window.open_record("new_case", client_id)
    return client_id, window.page("cases").detail.file.case.id


def fill_intake(qtbot, runner, answers, seen: dict) -> None:
    def script(dialog: FormDialog):
        qtbot.waitUntil(lambda: dialog.view.answers().get("client_name") == "王秀兰")
        seen.update(dialog.view.answers())
        dialog.view.set_answers({**dialog.view.answers(), **REST})
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.saving)
        assert not dialog.isVisible(), dialog.view.general_error.text()

    answers.queue(FormDialog, script)


def test_the_intake_form_is_prefilled_and_consent_reaches_the_client(qtbot, worker_ctx, runner, casework_dir,
                                                                      monkeypatch, dialogs):
    answers = Answers(monkeypatch)
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    client_id, case_id = register_and_open_case(qtbot, window, answers)
    assert not clients.view_client(worker_ctx, client_id).consent.active  # 无有效同意

    seen: dict = {}
    offered: list[list[tuple[str, str, str]]] = []

    def accept(dialog: ClientUpdateDialog):
        table = dialog.table
        offered.append([tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())])
        dialog.update_button.click()

    fill_intake(qtbot, runner, answers, seen)
    answers.queue(ClientUpdateDialog, accept)
    window.page("cases").detail.buttons["stage_form"].click()
    qtbot.waitUntil(lambda: not runner.busy)

    # Prefilled from the record, the numbers masked as a worker sees them everywhere else.
    assert seen["client_name"] == "王秀兰"
    assert seen["id_number"] == "6101**********" + ID_NUMBER[-4:]
    assert seen["gender"] == "female"
    assert seen["birth_date"] == BORN.isoformat()
    assert seen["phone"] == "138****5678"
    assert seen["address"] == ADDRESS
    assert seen["worker"] == "李晓"
    assert seen["is_minor"] is False
    assert seen["intake_date"] == date.today().isoformat()
    assert "consent_signed" not in seen  # no consent on record: the worker says
    # One difference offered, ticked: the consent the form recorded.
    assert offered == [[("已签署知情同意书", "无有效同意", "已同意")]]
    assert answers.scripts[ClientUpdateDialog] == []

    consent = clients.view_client(worker_ctx, client_id).consent
    assert consent.active and "service" in consent.scopes
    # The form keeps the full numbers, though the worker only ever saw them masked.
    record = cases.view_case(worker_ctx, case_id).forms[-1]
    assert record.form_id == "intake"
    assert f'"{ID_NUMBER}"' in record.answers and f'"{PHONE}"' in record.answers


def test_declining_the_offered_update_changes_nothing(qtbot, worker_ctx, runner, casework_dir, monkeypatch,
                                                      dialogs):
    answers = Answers(monkeypatch)
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    client_id, case_id = register_and_open_case(qtbot, window, answers)
    before = clients.view_client(worker_ctx, client_id, full=False)
    history = clients.consent_history(worker_ctx, client_id)

    fill_intake(qtbot, runner, answers, {})
    answers.queue(ClientUpdateDialog, lambda dialog: dialog.skip_button.click())
    window.page("cases").detail.buttons["stage_form"].click()
    qtbot.waitUntil(lambda: not runner.busy)

    assert answers.scripts[ClientUpdateDialog] == []
    assert clients.view_client(worker_ctx, client_id) == before
    assert clients.consent_history(worker_ctx, client_id) == history == []
    assert [r.form_id for r in cases.view_case(worker_ctx, case_id).forms] == ["intake"]  # the form is kept


def test_a_draft_keeps_the_masked_numbers_as_the_records(qtbot, worker_ctx, runner, casework_dir, dialogs):
    """A prefilled form put away as a draft (the window locked) and taken up again still saves the
    full numbers the worker never saw."""
    from wulian_desk.core.clients import ClientInput
    from wulian_desk.services.casework import forms
    from wulian_desk.ui.forms.client_update import prefill_form

    data = ClientInput(name="王秀兰", gender="", org_unit_id=cw.unit_id(worker_ctx), id_number=ID_NUMBER,
                       phone=PHONE, address=ADDRESS)
    case_id = cw.make_case(worker_ctx, clients.create_client(worker_ctx, data).ids[0])
    first = FormDialog(worker_ctx, runner, case_id, forms.get_form("intake"))
    qtbot.addWidget(first)
    prefill_form(first)
    qtbot.waitUntil(lambda: first.view.answers().get("phone") == "138****5678")
    first.view.set_answers({**first.view.answers(), **REST})
    first.dirty = True
    first.reject()  # kept as a draft
    qtbot.waitUntil(lambda: not runner.busy)

    again = FormDialog(worker_ctx, runner, case_id, forms.get_form("intake"))
    qtbot.addWidget(again)
    assert again.offer_draft()
    again.save()
    qtbot.waitUntil(lambda: not again.saving)
    assert again.changes is not None, again.view.general_error.text()
    record = cases.view_case(worker_ctx, case_id).forms[-1]
    assert f'"{ID_NUMBER}"' in record.answers and f'"{PHONE}"' in record.answers
