"""The certificates screen's side of certificates: the list of those held here, and a reprint of
one as issued (the same number, figures and code), refused once the records it states have been
corrected (then a new certificate tells the truth) or once it has been revoked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wulian_desk.core.clients import GENDERS
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.masking import mask_id_number, mask_numbers_in_text, mask_person_name
from wulian_desk.core.models import OrgUnit, Volunteer
from wulian_desk.core.texts import chinese, translate
from wulian_desk.core.volunteers import format_hours, records_digest
from wulian_desk.services.context import Context
from wulian_desk.services.volunteering import certificate_codes
from wulian_desk.services.volunteering.certificates import _person_of, _summary
from wulian_desk.storage.queries import volunteering as queries


@dataclass(frozen=True)
class CertificateRow:
    id: str
    number: str
    volunteer_id: str
    volunteer_name: str
    period_from: date
    period_to: date
    hours: str
    records: int
    issued_on: date
    issued_here: bool  # this station issued it (only the issuer reprints or revokes)
    revoked_on: date | None
    revoked_reason: str


def issued_certificates(ctx: Context) -> list[CertificateRow]:
    """The certificates held here, newest first (at the county: every station's)."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        rows = queries.issued_certificates(session)
    return [CertificateRow(cert.id, cert.number, cert.volunteer_id,
                           name if cert.owner == ctx.station_id else mask_person_name(name),
                           cert.period_from, cert.period_to, format_hours(cert.minutes), cert.records, cert.issued_on,
                           cert.owner == ctx.station_id, cert.revoked_on, cert.revoked_reason) for cert, name in rows]


def reprint_certificate(ctx: Context, number: str, out: Path) -> Path:
    """Print a certificate this station issued again, exactly as issued."""
    ctx.require("volunteer", "print")
    number = "".join((number or "").split()).upper()
    with ctx.reading() as session:
        cert = queries.certificate_of(session, number=number, owner=ctx.station_id)
        if cert is None:
            raise NotFoundError(translate("services.volunteering.certificate_list", "本站没有出具过编号为 {number} 的证明。").format(number=number))
        if cert.revoked_on is not None:
            raise ValidationError(translate("services.volunteering.certificate_list", "证明 {number} 已于 {revoked_on} 吊销，不能补打。").format(number=number, revoked_on=cert.revoked_on))
        records = queries.certified_records(session, cert.volunteer_id, period_from=cert.period_from,
                                            period_to=cert.period_to)
        if records_digest(records) != cert.records_digest:
            raise ValidationError(translate("services.volunteering.certificate_list", "证明 {number} 所依据的服务记录出具后已更正，补打的证明会与记录不符；请重新出具一份证明。").format(number=number))
        volunteer = session.get(Volunteer, cert.volunteer_id)
        station = session.get(OrgUnit, ctx.station_id)
        summary, contents = _summary(session, records)
        person = _person_of(session, cert.volunteer_id, records)
        code = certificate_codes.make_code(ctx, session, cert, volunteer.name if volunteer else "")
    from wulian_desk.reports.certificate import CertificateDoc, write_certificate

    path = write_certificate(out, CertificateDoc(
        station_name=station.name if station else "", number=cert.number, code=code,
        volunteer_name=volunteer.name if volunteer else "",
        gender=chinese(GENDERS.get(volunteer.gender, "")) if volunteer else "",
        id_number=mask_id_number(volunteer.id_number) if volunteer else "", period_from=cert.period_from,
        period_to=cert.period_to, total_hours=format_hours(cert.minutes), records=cert.records,
        issued_on=cert.issued_on, summary=summary, contents=[mask_numbers_in_text(c) for c in contents],
        national_number=person.national_number, stations=person.stations if len(person.stations) > 1 else []))
    ctx.audit_now("print", "volunteer_certificate", cert.id, number=cert.number, reprint=True)
    return path
