"""The volunteers screens: a volunteer registered through the dialog, the list with hours and
stars, a correction kept in the history, and a certificate printed to a PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

from tests.services.test_volunteers import ID_NUMBER
from tests.ui.conftest import click_save
from tests.ui.test_cases import Answers, open_window
from wulian_desk.services.volunteering import service_hours
from wulian_desk.ui.volunteers import page as volunteers_page
from wulian_desk.ui.volunteers.dialogs import (
    CertificatePeriodDialog,
    CorrectionDialog,
    VolunteerDialog,
)


def test_a_volunteer_with_hours_corrected_and_a_certificate(qtbot, ctx, runner, station_dir, monkeypatch, dialogs,
                                                            tmp_path):
    answers = Answers(monkeypatch)
    window = open_window(qtbot, ctx, runner, station_dir)
    page = window.show_area("volunteers")

    def register(dialog: VolunteerDialog):
        dialog.name.setText("张秀英")
        dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
        dialog.id_number.setText(ID_NUMBER[:-1] + ("0" if ID_NUMBER[-1] != "0" else "1"))
        click_save(dialog)
        assert dialog.errors.message("id_number")  # a wrong check digit, said under the field
        dialog.id_number.setText(ID_NUMBER)
        dialog.national_number.setText("32-01 号")
        click_save(dialog)
        assert dialog.errors.message("national_number")  # letters and digits only
        dialog.national_number.setText(" 3201a0099 ")
        click_save(dialog)
        assert not dialog.isVisible(), {f: dialog.errors.message(f) for f in dialog.errors.labels}

    answers.queue(VolunteerDialog, register)
    page.add_button.click()
    detail = page.detail
    volunteer_id = detail.view.volunteer.id
    assert "*" in detail.facts["id_number"].text()  # masked
    assert detail.facts["national_number"].text() == "3201A0099"
    for days_ago, hours in ((40, 3), (5, 2)):
        service_hours.record_service(ctx, volunteer_id, served_on=date.today() - timedelta(days=days_ago), hours=hours,
                                     content="陪伴独居老人", place="滨河社区")
    detail.show_volunteer(volunteer_id)
    assert detail.history.rowCount() == 2

    def correct(dialog: CorrectionDialog):
        dialog.hours.setValue(2.5)
        dialog.reason.setText("签到表核对")
        click_save(dialog)
        assert not dialog.isVisible(), dialog.errors.message(None)

    answers.queue(CorrectionDialog, correct)
    detail.history.selectRow(0)
    detail.buttons["correct"].click()
    states = [detail.history.item(r, 5).text() for r in range(detail.history.rowCount())]
    assert sorted(states) == ["已更正（原记录）", "更正：签到表核对", "补录"]  # 40 days on: late
    assert "累计 5.5 小时" in detail.facts["yearly"].text()

    detail.buttons["back"].click()
    model = page.list.model
    assert model.rowCount() == 1 and model.index(0, 6).data() == "5.5"
    page.people_button.click()  # one row per person, the station's record beneath
    tree = page.people.tree
    assert page.stack.currentWidget() is page.people and tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert [top.text(c) for c in range(3)] == ["张秀英", "3201A0099", "5.5"] and top.childCount() == 1
    page.show_list()

    out = tmp_path / "证明.pdf"
    answers.queue(CertificatePeriodDialog, lambda dialog: click_save(dialog))
    monkeypatch.setattr(volunteers_page, "ask_certificate_path", lambda parent, suggested: out)
    page.show_volunteer(volunteer_id)
    detail.buttons["certificate"].click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert out.read_bytes().startswith(b"%PDF")
    assert detail.issued is not None and detail.issued.number in detail.status.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "张秀英" in text and "5.5" in text and detail.issued.number in text
    window.close()


def test_the_certificate_place_verifies_and_revokes(qtbot, ctx, runner, station_dir, monkeypatch, tmp_path):
    from tests.services.test_volunteers import add_volunteer
    from wulian_desk.services.volunteering import certificates

    window = open_window(qtbot, ctx, runner, station_dir)
    page = window.show_area("volunteers")
    volunteer_id = add_volunteer(ctx)
    service_hours.record_service(ctx, volunteer_id, served_on=date.today() - timedelta(days=1), hours=2,
                                 content="陪伴独居老人")
    issued = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf")
    page.show_volunteer(volunteer_id)
    detail = page.detail
    assert detail.buttons["verify"].isVisibleTo(detail) and detail.buttons["revoke"].isVisibleTo(detail)
    answers = iter([f" {issued.code.lower()} "])
    monkeypatch.setattr(volunteers_page, "ask_text", lambda *a, **k: next(answers))
    detail.buttons["verify"].click()
    qtbot.waitUntil(lambda: not runner.busy)
    shown = detail.status.text()
    assert issued.number in shown and "张*英" in shown and "未吊销" in shown, shown

    answers = iter([issued.number, "重复出具"])
    detail.buttons["revoke"].click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert "已吊销" in detail.status.text()
    assert certificates.verify_certificate(ctx, issued.code).revoked
    answers = iter([issued.code])
    detail.buttons["verify"].click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert "已吊销" in detail.status.text() and "重复出具" in detail.status.text()
    window.close()
