"""The certificates screen: issue one for a volunteer chosen there, see it listed, reprint it as
issued, verify its code, revoke it; and a PDF it made goes to a printer through the print dialog."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.services.test_volunteers import add_volunteer
from tests.ui.conftest import click_save
from tests.ui.test_cases import Answers, open_window
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.services.volunteering import (
    certificate_codes,
    certificate_list,
    certificates,
    service_hours,
)
from wulian_desk.ui import certificates_page, system_print
from wulian_desk.ui.certificates_page import IssueCertificateDialog


@pytest.fixture
def served(ctx) -> str:
    volunteer_id = add_volunteer(ctx)
    service_hours.record_service(ctx, volunteer_id, served_on=date.today() - timedelta(days=3), hours=2,
                                 content="陪伴独居老人", place="滨河社区")
    return volunteer_id


def test_issue_list_reprint_verify_and_revoke_on_the_certificates_screen(qtbot, ctx, runner, station_dir, served,
                                                                        monkeypatch, tmp_path):
    answers = Answers(monkeypatch)
    window = open_window(qtbot, ctx, runner, station_dir)
    page = window.show_area("certificates")
    qtbot.waitUntil(lambda: not runner.busy)
    assert page.table.rowCount() == 0 and page.state.text() == "本站还没有出具过志愿服务证明。"
    assert not page.reprint_button.isEnabled() and not page.revoke_button.isEnabled()

    def choose(dialog: IssueCertificateDialog):
        dialog.search.setText("没有这个人")
        qtbot.waitUntil(lambda: not dialog.searching)  # read in the task runner
        assert dialog.found.count() == 0
        click_save(dialog)
        assert dialog.errors.message("volunteer_id") == "请选择要出具证明的志愿者。"  # nobody chosen yet
        dialog.search.setText("张秀英")
        qtbot.waitUntil(lambda: not dialog.searching)
        assert dialog.found.count() == 1 and dialog.found.currentRow() == 0
        click_save(dialog)
        assert not dialog.isVisible()

    first = tmp_path / "证明.pdf"
    answers.queue(IssueCertificateDialog, choose)
    monkeypatch.setattr(certificates_page, "ask_certificate_path", lambda parent, suggested: first)
    page.issue_button.click()
    qtbot.waitUntil(lambda: not runner.busy and page.table.rowCount() == 1)
    assert first.read_bytes().startswith(b"%PDF")
    number = page.table.item(0, 0).text()
    assert page.table.item(0, 1).text() == "张秀英" and page.table.item(0, 3).text() == "2" \
        and page.table.item(0, 6).text() == "有效"
    bar = window.notice_bar  # said once, without a dialog, with the file to open or print
    assert number in bar.text.text() and bar.path == first and bar.print_button.isVisible()

    page.table.selectRow(0)
    assert page.reprint_button.isEnabled() and page.revoke_button.isEnabled()
    again = tmp_path / "补打.pdf"
    monkeypatch.setattr(certificates_page, "ask_certificate_path", lambda parent, suggested: again)
    page.reprint_button.click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert again.read_bytes().startswith(b"%PDF") and bar.path == again and "已补打" in bar.text.text()

    issued_code = _code_of(ctx, number)
    replies = iter([issued_code])
    monkeypatch.setattr(certificates_page, "ask_text", lambda *a, **k: next(replies))
    page.verify_button.click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert number in page.result.text() and "未吊销" in page.result.text()

    replies = iter(["重复出具"])
    page.table.selectRow(0)
    page.revoke_button.click()
    qtbot.waitUntil(lambda: not runner.busy and "已吊销" in page.table.item(0, 6).text())
    assert bar.text.text().startswith("证明已吊销")
    page.table.selectRow(0)
    assert not page.reprint_button.isEnabled() and not page.revoke_button.isEnabled()
    window.close()


def _code_of(ctx, number: str) -> str:
    from wulian_desk.storage.queries import volunteering as queries

    with ctx.reading() as session:
        cert = queries.certificate_of(session, number=number, owner=ctx.station_id)
        from wulian_desk.core.models import Volunteer

        name = session.get(Volunteer, cert.volunteer_id).name
        return certificate_codes.make_code(ctx, session, cert, name)


def test_a_reprint_is_refused_once_its_records_changed_or_it_was_revoked(ctx, served, tmp_path):
    issued = certificates.issue_certificate(ctx, served, tmp_path / "a.pdf")
    rows = certificate_list.issued_certificates(ctx)
    assert [(r.number, r.hours, r.records, r.issued_here) for r in rows] == [(issued.number, "2", 1, True)]
    assert certificate_list.reprint_certificate(ctx, issued.number.lower(), tmp_path / "b.pdf").exists()
    service_hours.record_service(ctx, served, served_on=date.today() - timedelta(days=2), hours=1, content="探访")
    with pytest.raises(ValidationError, match="已更正"):
        certificate_list.reprint_certificate(ctx, issued.number, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    certificate_codes.revoke_certificate(ctx, issued.number, reason="重复出具")
    with pytest.raises(ValidationError, match="已于"):
        certificate_list.reprint_certificate(ctx, issued.number, tmp_path / "d.pdf")
    with pytest.raises(NotFoundError):
        certificate_list.reprint_certificate(ctx, "2026-999", tmp_path / "e.pdf")


def test_the_notice_prints_a_pdf_through_the_system_print_dialog(qtbot, ctx, runner, station_dir, monkeypatch,
                                                                tmp_path):
    window = open_window(qtbot, ctx, runner, station_dir)
    pdf = tmp_path / "报告.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    sent: list[tuple[Path, system_print.PrintChoice]] = []
    monkeypatch.setattr(system_print, "choose_printer", lambda parent: system_print.PrintChoice("办公室打印机", 2))
    monkeypatch.setattr(system_print, "send_to_printer", lambda path, choice: sent.append((path, choice)))
    window.notice_bar.show_notice("已保存到：报告.pdf", pdf)
    window.notice_bar.print_button.click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert sent == [(pdf, system_print.PrintChoice("办公室打印机", 2))]
    assert window.notice_bar.text.text() == "已发送到打印机 办公室打印机"
    monkeypatch.setattr(system_print, "choose_printer", lambda parent: None)  # cancelled: nothing printed
    window.notice_bar.show_notice("已保存到：报告.pdf", pdf)
    window.notice_bar.print_button.click()
    assert len(sent) == 1
    window.close()


def test_a_pdf_goes_to_cups_with_the_printer_and_copies_chosen(tmp_path, monkeypatch):
    monkeypatch.setattr(system_print.sys, "platform", "linux")  # the CUPS path (Windows uses "printto")
    log = tmp_path / "lp.log"
    lp = tmp_path / "lp"
    lp.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(system_print.shutil, "which", lambda name: str(lp) if name == "lp" else None)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    system_print.send_to_printer(pdf, system_print.PrintChoice("HP_LaserJet", 3))
    assert log.read_text().split() == ["-n", "3", "-d", "HP_LaserJet", "--", str(pdf)]
    monkeypatch.setattr(system_print.shutil, "which", lambda name: None)
    with pytest.raises(system_print.PrintFailed, match="CUPS"):
        system_print.send_to_printer(pdf, system_print.PrintChoice("HP", 1))
