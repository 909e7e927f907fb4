"""Registering a person: gender starts unchosen, a typed ID number fills gender and birth date,
a choice the user made is kept and a contradiction is refused saying what each side says."""

from __future__ import annotations

from datetime import date

from tests.ui import casework_fixtures as cw
from tests.ui.conftest import click_save
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.casework import clients
from wulian_desk.ui.clients.dialog import ClientDialog
from wulian_desk.ui.volunteers.dialogs import VolunteerDialog

casework_template, casework_dir, worker_ctx = cw.casework_template, cw.casework_dir, cw.worker_ctx

WOMAN = make_id_number("610113", date(1948, 5, 6), 12, "female")
MAN = make_id_number("610113", date(1950, 3, 7), 7, "male")


def test_a_typed_number_fills_gender_and_birth_date_and_a_new_number_replaces_them(qtbot, worker_ctx, runner):
    dialog = ClientDialog(worker_ctx)
    dialog.runner = runner  # the draft it keeps while the user types is written through it
    qtbot.addWidget(dialog)
    assert dialog.gender.currentIndex() == -1 and dialog.gender.currentData() is None
    qtbot.keyClicks(dialog.id_number, WOMAN[:12])
    assert dialog.gender.currentIndex() == -1  # an unfinished number says nothing yet
    qtbot.keyClicks(dialog.id_number, WOMAN[12:])
    assert (dialog.gender.currentData(), dialog.birth_date.text()) == ("female", "1948-05-06")
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, MAN)
    assert (dialog.gender.currentData(), dialog.birth_date.text()) == ("male", "1950-03-07")
    dialog.reject()  # closed as the user closes it: its draft timer stops with it


def test_a_chosen_gender_that_contradicts_the_number_is_refused_precisely(qtbot, worker_ctx, runner, wait_tasks):
    dialog = ClientDialog(worker_ctx)
    dialog.runner = runner
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("王秀兰")
    dialog.gender.setCurrentIndex(dialog.gender.findData("male"))
    qtbot.keyClicks(dialog.id_number, WOMAN)
    assert dialog.gender.currentData() == "male"  # the user's choice is not overwritten
    click_save(dialog)
    assert dialog.errors.message("gender") == f"性别选的是男，身份证号码第 17 位（{WOMAN[16]}）表示女，两者不一致。"
    assert clients.client_ids(worker_ctx) == []


def test_a_volunteer_gets_the_gender_from_the_number_too(qtbot, worker_ctx, runner):
    dialog = VolunteerDialog(worker_ctx)
    dialog.runner = runner
    qtbot.addWidget(dialog)
    assert dialog.gender.currentIndex() == -1
    qtbot.keyClicks(dialog.id_number, MAN)
    assert dialog.gender.currentData() == "male"
    dialog.reject()
