"""A certificate issued at station A verifies at the county and at station B from keys the
ordinary bundles carry; an altered code fails with its reason; a revocation at A reaches the
county and then B."""

from __future__ import annotations

import base64
import json

import pytest
from sqlmodel import select

from wulian_desk.core import certificate_code as codes
from wulian_desk.core.models import ServiceRecord, Volunteer
from wulian_desk.services.sync import sync
from wulian_desk.services.volunteering import certificate_codes, certificates
from wulian_desk.services.volunteering.certificate_codes import CertificateRejected


def _carry(sender, receiver, stick):
    bundle = next(b for b in sync.export_all(sender.ctx, stick) if b.peer_id == receiver.ctx.store.device_id)
    [result] = sync.import_bundles(receiver.ctx, [bundle.path])
    assert result.status == "imported", result.message


def _served_volunteer(ctx) -> tuple[str, str]:
    with ctx.reading() as session:
        volunteer_id = session.exec(select(ServiceRecord.volunteer_id).where(ServiceRecord.deleted == False)  # noqa: E712
                                    .order_by(ServiceRecord.served_on)).first()
        return volunteer_id, session.get(Volunteer, volunteer_id).name


def _reason(ctx, code) -> str:
    with pytest.raises(CertificateRejected) as err:
        certificates.verify_certificate(ctx, code)
    return err.value.reason


def _resigned(code: str, **changes) -> str:
    """The code with its figures changed and a correct check character: what a forger types."""
    parsed = codes.parse(code)
    claim = parsed.claim.__class__(**{**parsed.claim.__dict__, **changes})
    return codes.encode(claim, parsed.key_id, parsed.signature)


@pytest.fixture
def issued(station_a, tmp_path):
    volunteer_id, name = _served_volunteer(station_a.ctx)
    return certificates.issue_certificate(station_a.ctx, volunteer_id, tmp_path / "a.pdf"), name


def test_a_certificate_of_station_a_verifies_at_the_county_and_at_station_b(county, station_a, station_b, issued,
                                                                             tmp_path):
    cert, name = issued
    stick = tmp_path / "stick"
    stick.mkdir()
    at_a = certificates.verify_certificate(station_a.ctx, cert.code)
    assert at_a.issued_here and at_a.matches and not at_a.revoked
    assert at_a.issuer_name == "博望街道社会工作服务站" and at_a.masked_name[0] == name[0] and "*" in at_a.masked_name
    assert _reason(station_b.ctx, cert.code) == "unknown_issuer"  # before the county's key list arrives

    _carry(station_a, county, stick)
    at_county = certificates.verify_certificate(county.ctx, cert.code)
    assert (at_county.issuer_name, at_county.minutes_stated, at_county.issued_here) == (
        "博望街道社会工作服务站", cert.minutes, False)
    assert not at_county.revoked and at_county.records_stated == cert.records

    _carry(county, station_b, stick)
    at_b = certificates.verify_certificate(station_b.ctx, cert.code)
    assert (at_b.issuer_name, at_b.masked_name, at_b.minutes_stated) == (at_a.issuer_name, at_a.masked_name,
                                                                         cert.minutes)
    assert (at_b.period_from, at_b.period_to, at_b.issued_on) == (at_a.period_from, at_a.period_to, at_a.issued_on)
    assert at_b.matches is None and not at_b.revoked and not at_b.issued_here

    # One altered character: a typing error, wherever it is.
    for at in (len(cert.number) + 3, len(cert.code) // 2, len(cert.code) - 1, 3):
        swap = "B" if cert.code[at] != "B" else "C"
        assert _reason(station_b.ctx, cert.code[:at] + swap + cert.code[at + 1:]) == "typing"
    # Figures changed with a correct check character: the signature fails.
    for forged in (_resigned(cert.code, minutes=cert.minutes + 600), _resigned(cert.code, masked_name="李*")):
        assert _reason(station_b.ctx, forged) == "bad_signature"
        assert _reason(county.ctx, forged) == "bad_signature"
    # A key nobody enrolled: unknown issuer.
    parsed = codes.parse(cert.code)
    assert _reason(station_b.ctx, codes.encode(parsed.claim, b"\0\0\0\0", parsed.signature)) == "unknown_issuer"


def test_a_revoked_certificate_says_revoked_at_a_the_county_and_b(county, station_a, station_b, issued, tmp_path):
    cert, _ = issued
    stick = tmp_path / "stick"
    stick.mkdir()
    _carry(station_a, county, stick)
    _carry(county, station_b, stick)
    assert not certificates.verify_certificate(station_b.ctx, cert.code).revoked

    certificate_codes.revoke_certificate(station_a.ctx, cert.number, reason="时长登记有误，身份证 610722199001011234")
    at_a = certificates.verify_certificate(station_a.ctx, cert.code)
    assert at_a.revoked and "时长登记有误" in at_a.revoked_reason and "610722199001011234" not in at_a.revoked_reason
    assert not certificates.verify_certificate(county.ctx, cert.code).revoked  # not yet told

    _carry(station_a, county, stick)
    assert certificates.verify_certificate(county.ctx, cert.code).revoked
    assert not certificates.verify_certificate(station_b.ctx, cert.code).revoked  # until the county's next bundle

    _carry(county, station_b, stick)
    at_b = certificates.verify_certificate(station_b.ctx, cert.code)
    assert at_b.revoked and at_b.revoked_on == at_a.revoked_on


def test_the_keys_document_lists_every_installation_with_its_key(county, station_a, station_b, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    _carry(county, station_b, stick)
    from wulian_desk.services.sync import installation_keys

    with station_b.ctx.reading() as session:
        listed = installation_keys.received(station_b.ctx, session)
    by_id = {i.installation_id: i for i in listed.installations}
    assert set(by_id) == {county.ctx.store.device_id, station_a.ctx.store.device_id, station_b.ctx.store.device_id}
    from wulian_desk.services.sync import enrolment

    a = by_id[station_a.ctx.store.device_id]
    assert (a.station_id, a.station_name, a.status) == (station_a.ctx.station_id, "博望街道社会工作服务站", "active")
    assert a.sign_public == enrolment.keys_info(station_a.ctx).sign_public
    assert len(base64.b64decode(a.sign_public)) == 32
    with county.ctx.reading() as session:
        content = json.loads(installation_keys.document_content(county.ctx, session))
    assert content["format"] == "wulian-installation-keys/1" and content["revoked_certificates"] == []


def test_revoking_is_for_the_issuer_once_and_with_a_reason(station_a, station_b, issued):
    from wulian_desk.core.errors import NotFoundError, ValidationError

    cert, _ = issued
    with pytest.raises(ValidationError, match="原因"):
        certificate_codes.revoke_certificate(station_a.ctx, cert.number, reason="  ")
    with pytest.raises(NotFoundError):
        certificate_codes.revoke_certificate(station_b.ctx, cert.number, reason="不是本站的")
    certificate_codes.revoke_certificate(station_a.ctx, cert.number.lower(), reason="重复出具")
    with pytest.raises(ValidationError, match="已于"):
        certificate_codes.revoke_certificate(station_a.ctx, cert.number, reason="再次")
    from wulian_desk.services.station import audit_log

    assert any(e.action == "certificate_revoke" for e in audit_log.journal(station_a.ctx, limit=5))


def test_a_certificate_from_a_stations_second_computer_verifies_at_station_b(county, station_a, station_b,
                                                                             tmp_path):
    """The second computer enrolled only with its station's first; its key goes up in the
    station's bundle and down in the county's list."""
    from tests.sync.test_numbers_without_a_server import _enrol_device, _restored

    stick = tmp_path / "stick"
    stick.mkdir()
    room = _restored(station_a, tmp_path, "room")
    try:
        _enrol_device(room, station_a, tmp_path, "room")
        cert = certificates.issue_certificate(room.ctx, _served_volunteer(room.ctx)[0], tmp_path / "room.pdf")
        assert "-B-" in cert.number
        assert _reason(county.ctx, cert.code) == "unknown_issuer"
        _carry(room, station_a, stick)
        assert certificates.verify_certificate(station_a.ctx, cert.code).issued_here
        _carry(station_a, county, stick)
        assert certificates.verify_certificate(county.ctx, cert.code).issuer_name == "博望街道社会工作服务站"
        _carry(county, station_b, stick)
        at_b = certificates.verify_certificate(station_b.ctx, cert.code)
        assert (at_b.issuer_name, at_b.issuer_id) == ("博望街道社会工作服务站", room.ctx.store.device_id)
    finally:
        room.ctx.close()
