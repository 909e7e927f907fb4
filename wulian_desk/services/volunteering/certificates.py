"""Certificates of volunteer service (志愿服务记录证明): issuing one from the live service records of
a period, and verifying a code later.

The verification code carries the certificate's figures signed by the issuing installation
(certificate_codes.py), so every station and the county can check it offline. Where the records
are held, verifying also recomputes the figures from today's records, so a certificate whose
records were corrected since says so. Codes of the first format (the number and an HMAC keyed by
the issuing station's data key) still verify on the computer that issued them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wulian_desk.core import certificate_code as codes
from wulian_desk.core.activities import ACTIVITY_TYPES
from wulian_desk.core.clients import GENDERS
from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.masking import mask_id_number, mask_numbers_in_text, mask_person_name
from wulian_desk.core.models import OrgUnit, Volunteer, VolunteerCertificate
from wulian_desk.core.texts import chinese, translate
from wulian_desk.core.vocab import label
from wulian_desk.core.volunteers import format_hours, records_digest
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station import numbering
from wulian_desk.services.volunteering import certificate_codes
from wulian_desk.services.volunteering.certificate_codes import CertificateRejected
from wulian_desk.storage.queries import people as people_queries
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.storage.queries.common import get_live

if TYPE_CHECKING:
    from sqlmodel import Session

KEY_PURPOSE = "volunteer-certificate"  # the first format's HMAC key
__all__ = ["CertificateRejected", "IssuedCertificate", "Verification", "issue_certificate", "verify_certificate"]


@dataclass(frozen=True)
class IssuedCertificate:
    changes: Changes
    number: str
    code: str
    path: Path
    minutes: int
    records: int


@dataclass(frozen=True)
class Verification:
    number: str
    volunteer_name: str  # in full where the volunteer is held here, else masked (王*兰)
    period_from: date
    period_to: date
    issued_on: date
    minutes_stated: int
    records_stated: int | None  # None: the certificate's row is not held here
    minutes_now: int | None  # None: the records are not held here
    records_now: int | None
    matches: bool | None  # the records of the period still give exactly what it states; None: not held
    masked_name: str = ""
    issuer_name: str = ""  # the issuing station
    issuer_id: str = ""  # the issuing installation (device id)
    issued_here: bool = False  # by this station (this computer or another of ours)
    revoked_on: str | None = None
    revoked_reason: str = ""
    signed: bool = True  # False: a first-format code, checked with this station's own key

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


def _mac(ctx: Context, cert: VolunteerCertificate) -> str:
    fields = (ctx.station_id, cert.number, cert.volunteer_id, cert.period_from.isoformat(), cert.period_to.isoformat(),
              str(cert.minutes), str(cert.records), cert.records_digest, cert.issued_on.isoformat())
    digest = hmac.new(ctx.store.derive_key(KEY_PURPOSE), "|".join(fields).encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:16]  # 80 bits: short enough to type, too long to guess


def _next_number(session: Session, year: int, owner: str) -> str:
    existing = queries.certificate_numbers_in_year(session, year=year, owner=owner)
    return numbering.next_number(session, "ZM", year, existing, width=6)


def _summary(session: Session, records: list[tuple]) -> tuple[list[tuple[str, int, str]], list[str]]:
    """Hours by kind of activity, and the main contents (most hours first)."""
    kinds = queries.activity_types(session, sorted({r[3] for r in records if r[3]}))
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_content: Counter[str] = Counter()
    for _id, _on, minutes, activity_id, content in records:
        kind = label(ACTIVITY_TYPES, kinds[activity_id]) if activity_id in kinds else "其他志愿服务"
        by_kind[kind][0] += 1
        by_kind[kind][1] += minutes
        by_content[content] += minutes
    rows = [(k, n, format_hours(m)) for k, (n, m) in sorted(by_kind.items(), key=lambda kv: -kv[1][1])]
    return rows, [c for c, _ in by_content.most_common(5)]


def issue_certificate(ctx: Context, volunteer_id: str, out: Path, *, period_from: date | None = None,
                      period_to: date | None = None) -> IssuedCertificate:
    """Issue and print a certificate; kept with the figures and a digest of the records used."""
    ctx.require("volunteer", "print")
    today = date.today()
    period_to = period_to or today
    # The period is printed on the certificate: it covers service that happened, nothing later.
    check_optional_date(period_from, DateKind.HAPPENED, today=today, field="period_from",
                        label=translate("services.volunteering.certificates", "证明期间的开始日期"))
    check_date(period_to, DateKind.HAPPENED, today=today, field="period_to",
               label=translate("services.volunteering.certificates", "证明期间的结束日期"))
    with ctx.writing() as session:
        volunteer = get_live(session, Volunteer, volunteer_id)
        period_from = period_from or queries.first_served_on(session, volunteer_id) or period_to
        if period_from > period_to:
            raise ValidationError(translate("services.volunteering.certificates", "证明期间的开始日期晚于结束日期。"), field="period_from")
        records = queries.certified_records(session, volunteer_id, period_from=period_from, period_to=period_to)
        if not records:
            raise ValidationError(translate("services.volunteering.certificates", "这位志愿者在该期间没有服务记录，不能出具证明。"))
        person = _person_of(session, volunteer_id, records)
        cert = ctx.stamp(session, VolunteerCertificate(
            number=_next_number(session, today.year, ctx.station_id), volunteer_id=volunteer_id, period_from=period_from,
            period_to=period_to, minutes=sum(r[2] for r in records), records=len(records),
            records_digest=records_digest(records), issued_on=today, issued_by=ctx.account_id or "",
            person_key=person.key))
        session.add(cert)
        station = session.get(OrgUnit, ctx.station_id)
        summary, contents = _summary(session, records)
        code = certificate_codes.make_code(ctx, session, cert, volunteer.name)
        ctx.audit(session, "print", "volunteer", volunteer_id, certificate=cert.number)
        from wulian_desk.reports.certificate import CertificateDoc, write_certificate

        # Written inside the transaction: a PDF that cannot be written leaves no certificate behind.
        path = write_certificate(out, CertificateDoc(
            station_name=station.name if station else "", number=cert.number, code=code,
            volunteer_name=volunteer.name, gender=chinese(GENDERS.get(volunteer.gender, "")),
            id_number=mask_id_number(volunteer.id_number), period_from=period_from, period_to=period_to,
            total_hours=format_hours(cert.minutes), records=cert.records, issued_on=today, summary=summary,
            contents=[mask_numbers_in_text(c) for c in contents], national_number=person.national_number,
            stations=person.stations if len(person.stations) > 1 else []))
    return IssuedCertificate(Changes.of("volunteer_certificate", cert.id), cert.number, code, path, cert.minutes,
                             cert.records)


def issue_person_certificate(ctx: Context, person_id: str, out: Path, *, period_from: date | None = None,
                             period_to: date | None = None) -> IssuedCertificate:
    """One certificate for all of a person's hours held here: at the county, every station's
    records of the person (the same person key, national number or manual link). `person_id` is
    any of the person's volunteer records (the people list's person id is one)."""
    return issue_certificate(ctx, person_id, out, period_from=period_from, period_to=period_to)


@dataclass(frozen=True)
class _Person:
    key: str | None
    national_number: str
    stations: list[str]


def _person_of(session: Session, volunteer_id: str, records: list[tuple]) -> _Person:
    """Who the certificate is for: the person key and national number any of the person's records
    carries, and the stations whose records it covers."""
    members = [session.get(Volunteer, v) for v in people_queries.same_person(session, volunteer_id)]
    key = next((m.person_key for m in members if m is not None and m.person_key), None)
    national = next((m.national_number for m in members if m is not None and m.national_number), "")
    owners = queries.record_owners_of(session, [r[0] for r in records])
    names = {o: (u.name if (u := session.get(OrgUnit, o)) else o[:8]) for o in set(owners)}
    return _Person(key, national, sorted(names.values()))


def verify_certificate(ctx: Context, code: str) -> Verification:
    """Who issued the certificate, for whom, what it states, whether it was revoked, and (where
    the records are held) whether its figures still hold. A code that does not verify raises
    CertificateRejected with its reason."""
    ctx.require("volunteer", "view")
    try:
        parsed = codes.parse(code)
    except codes.CodeError as err:
        raise certificate_codes.rejected(err.reason) from None
    if parsed.legacy is not None:
        return _verify_legacy(ctx, parsed)
    with ctx.reading() as session:
        check = certificate_codes.check_signed(ctx, session, parsed)
        claim, cert = check.claim, check.certificate
        held = _figures_now(session, cert) if cert is not None else None
        volunteer = session.get(Volunteer, cert.volunteer_id) if cert is not None else None
    ctx.audit_now("view", "volunteer_certificate", cert.id if cert is not None else check.number, number=check.number)
    return Verification(
        check.number, volunteer.name if volunteer else claim.masked_name, claim.period_from, claim.period_to,
        claim.issued_on, claim.minutes, cert.records if cert is not None else None,
        held[0] if held is not None else None, held[1] if held is not None else None,
        (held[0] == cert.minutes and held[2] == cert.records_digest) if held is not None and cert is not None else None,
        masked_name=claim.masked_name, issuer_name=check.issuer.station_name, issuer_id=check.issuer.installation_id,
        issued_here=check.issuer.station_id == ctx.station_id, revoked_on=check.revoked_on,
        revoked_reason=check.revoked_reason)


def _figures_now(session: Session, cert: VolunteerCertificate) -> tuple[int, int, str]:
    """Minutes, count and digest of the certified period's records as held today. Where the
    certificate's row is held (its station, that station's other computers, the county), the
    records it was made from are held too."""
    records = queries.certified_records(session, cert.volunteer_id, period_from=cert.period_from,
                                        period_to=cert.period_to)
    return sum(r[2] for r in records), len(records), records_digest(records)


def _verify_legacy(ctx: Context, parsed: codes.ParsedCode) -> Verification:
    """A first-format code: only the station whose key made its HMAC can check it."""
    with ctx.reading() as session:
        cert = queries.certificate_of(session, number=parsed.number, owner=ctx.station_id)
        if cert is None or not hmac.compare_digest(_mac(ctx, cert), parsed.legacy or ""):
            raise CertificateRejected(translate("services.volunteering.certificates", "本站没有出具过与这个验证码相符的证明（验证码可能被改动，或证明不是本站出具）。"))
        volunteer = session.get(Volunteer, cert.volunteer_id)
        held = _figures_now(session, cert)
        station = session.get(OrgUnit, ctx.station_id)
    ctx.audit_now("view", "volunteer_certificate", cert.id, number=cert.number)
    name = volunteer.name if volunteer else ""
    return Verification(cert.number, name, cert.period_from, cert.period_to, cert.issued_on, cert.minutes,
                        cert.records, held[0], held[1], held[0] == cert.minutes and held[2] == cert.records_digest,
                        masked_name=mask_person_name(name), issuer_name=station.name if station else "",
                        issuer_id=ctx.store.device_id, issued_here=True,
                        revoked_on=cert.revoked_on.isoformat() if cert.revoked_on else None,
                        revoked_reason=cert.revoked_reason, signed=False)
