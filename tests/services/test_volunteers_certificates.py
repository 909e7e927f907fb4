"""Certificates of volunteer service: issued from the live records of a period, verified by code,
refused when altered or foreign, and a mismatch reported once a record is corrected."""

import shutil
from datetime import date, timedelta

import pytest

from tests.conftest import PASSWORD, USERNAME
from tests.services.test_volunteers import add_volunteer
from tests.services.test_volunteers_hours import make_activity
from wulian_desk.core.errors import ValidationError
from wulian_desk.services.station import audit_log, station
from wulian_desk.services.volunteering import activities, certificates, service_hours
from wulian_desk.services.volunteering.certificates import CertificateRejected

TODAY = date.today()


@pytest.fixture
def served(ctx):
    """A volunteer with two records on an activity and one on their own."""
    volunteer_id = add_volunteer(ctx)
    activity = make_activity(ctx, TODAY - timedelta(days=2))
    activities.add_volunteers(ctx, activity, [volunteer_id])
    on_activity = service_hours.record_activity_hours(ctx, activity, hours=3).ids[0]
    service_hours.record_service(ctx, volunteer_id, served_on=TODAY - timedelta(days=1), hours=1.5, content="陪同就医")
    return volunteer_id, on_activity


def test_a_certificate_states_the_period_hours_and_number(ctx, served, tmp_path):
    volunteer_id, _ = served
    issued = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf")
    assert (issued.minutes, issued.records) == (270, 2)
    assert issued.number == f"ZM{TODAY.year}-000001" and issued.code.startswith(issued.number + "-")
    assert issued.path.read_bytes().startswith(b"%PDF")
    second = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "d.pdf",
                                            period_from=TODAY - timedelta(days=1), period_to=TODAY)
    assert (second.number, second.minutes, second.records) == (f"ZM{TODAY.year}-000002", 90, 1)
    assert audit_log.journal(ctx, record_id=volunteer_id)[0].action == "print"


def test_verify_accepts_its_code_in_any_case_and_spacing(ctx, served, tmp_path):
    volunteer_id, _ = served
    code = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").code
    result = certificates.verify_certificate(ctx, f"  {code.lower()} ")
    assert result.matches and result.volunteer_name == "张秀英"
    assert (result.minutes_stated, result.minutes_now, result.records_now) == (270, 270, 2)


def _altered(code: str, at: int) -> str:
    swap = "A" if code[at] != "A" else "B"
    return code[:at] + swap + code[at + 1:]


def test_an_altered_code_is_rejected(ctx, served, tmp_path):
    volunteer_id, _ = served
    code = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").code
    for bad in (_altered(code, len(code) - 1), _altered(code, len(code) - 16), code[:-1],
                code.replace("-000001-", "-000002-"), "ZM2026-000001", "hello"):
        with pytest.raises(CertificateRejected):
            certificates.verify_certificate(ctx, bad)


def test_a_correction_after_issue_is_reported(ctx, served, tmp_path):
    volunteer_id, record = served
    code = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").code
    service_hours.correct_service_record(ctx, record, reason="实际 2 小时", hours=2)
    result = certificates.verify_certificate(ctx, code)
    assert not result.matches
    assert (result.minutes_stated, result.minutes_now) == (270, 210)


def test_a_correction_that_keeps_the_hours_still_shows(ctx, served, tmp_path):
    volunteer_id, record = served
    code = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").code
    service_hours.correct_service_record(ctx, record, reason="补充内容", content="探访并打扫卫生")
    result = certificates.verify_certificate(ctx, code)
    assert result.minutes_now == result.minutes_stated and not result.matches


def test_another_station_cannot_verify_or_forge(ctx, served, tmp_path, station_template):
    volunteer_id, _ = served
    code = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").code
    other_dir = tmp_path / "other"
    shutil.copytree(station_template[0], other_dir)  # same schema, its own data key
    other = station.open_station(other_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        theirs = add_volunteer(other)
        service_hours.record_service(other, theirs, served_on=TODAY, hours=2, content="探访")
        certificates.issue_certificate(other, theirs, tmp_path / "o.pdf")  # the same number, their own key
        with pytest.raises(CertificateRejected, match="不认识出具这份证明的电脑"):
            certificates.verify_certificate(other, code)
    finally:
        other.close()


def test_no_records_no_certificate(ctx, tmp_path):
    volunteer_id = add_volunteer(ctx)
    with pytest.raises(ValidationError, match="没有服务记录"):
        certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_a_pdf_that_cannot_be_written_leaves_no_certificate(ctx, served, tmp_path):
    from wulian_desk.core.errors import DataDirError

    volunteer_id, _ = served
    with pytest.raises(DataDirError):
        certificates.issue_certificate(ctx, volunteer_id, tmp_path / "missing-folder" / "c.pdf")
    assert certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").number.endswith("-000001")


def test_a_code_of_the_first_format_still_verifies_where_it_was_issued(ctx, served, tmp_path):
    """Codes printed before signed codes (number and 16 letters of a local HMAC)."""
    from wulian_desk.storage.queries import volunteering as queries

    volunteer_id, _ = served
    issued = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf")
    with ctx.reading() as session:
        old = f"{issued.number}-{certificates._mac(ctx, queries.certificate_by_number(session, issued.number))}"
    result = certificates.verify_certificate(ctx, old.lower())
    assert result.matches and not result.signed and result.issued_here and result.masked_name == "张*英"
    with pytest.raises(CertificateRejected, match="本站没有出具过"):
        certificates.verify_certificate(ctx, old[:-1] + ("A" if old[-1] != "A" else "B"))


def test_a_signed_code_names_every_reason_it_fails(ctx, served, tmp_path):
    volunteer_id, _ = served
    code = certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").code
    reasons = {}
    for name, bad in (("format", "hello"), ("typing", _altered(code, len(code) // 2)),
                      ("typing", code.replace("-000001-", "-000002-"))):
        with pytest.raises(CertificateRejected) as err:
            certificates.verify_certificate(ctx, bad)
        reasons[bad] = (name, err.value.reason)
    assert all(expected == got for expected, got in reasons.values()), reasons
