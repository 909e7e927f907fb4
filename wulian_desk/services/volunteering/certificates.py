"""Certificates of volunteer service (志愿服务记录证明): issuing one from the live service records of
a period, and verifying a code later.

The verification code is the certificate number and an HMAC of the figures it states, keyed by a
key derived from the station's data key: nobody without this station's data can make a code that
verifies, an altered code is refused, and verifying recomputes the figures from today's records so
a certificate whose records were corrected since says so.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wulian_desk.core.activities import ACTIVITY_TYPES
from wulian_desk.core.clients import GENDERS
from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.core.masking import mask_id_number, mask_numbers_in_text
from wulian_desk.core.models import OrgUnit, Volunteer, VolunteerCertificate
from wulian_desk.core.vocab import label
from wulian_desk.core.volunteers import format_hours, records_digest
from wulian_desk.services.context import Changes, Context
from wulian_desk.storage.queries import people as people_queries
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.storage.queries.common import get_live

if TYPE_CHECKING:
    from sqlmodel import Session

KEY_PURPOSE = "volunteer-certificate"
_CODE = re.compile(r"^(ZM\d{4}-\d{6})-([A-Z2-7]{16})$")


class CertificateRejected(WulianError):
    """A code this station did not issue, or one that was altered."""

    exit_code = 16


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
    volunteer_name: str
    period_from: date
    period_to: date
    issued_on: date
    minutes_stated: int
    records_stated: int
    minutes_now: int
    records_now: int
    matches: bool  # the records of the period still give exactly what the certificate states


def _mac(ctx: Context, cert: VolunteerCertificate) -> str:
    fields = (ctx.station_id, cert.number, cert.volunteer_id, cert.period_from.isoformat(), cert.period_to.isoformat(),
              str(cert.minutes), str(cert.records), cert.records_digest, cert.issued_on.isoformat())
    digest = hmac.new(ctx.store.derive_key(KEY_PURPOSE), "|".join(fields).encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:16]  # 80 bits: short enough to type, too long to guess


def certificate_code(ctx: Context, cert: VolunteerCertificate) -> str:
    return f"{cert.number}-{_mac(ctx, cert)}"


def _next_number(session: Session, year: int) -> str:
    return f"ZM{year}-{queries.certificate_numbers_in_year(session, year) + 1:06d}"


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
                        label=("证明期间的开始日期", "start of the period"))
    check_date(period_to, DateKind.HAPPENED, today=today, field="period_to",
               label=("证明期间的结束日期", "end of the period"))
    with ctx.writing() as session:
        volunteer = get_live(session, Volunteer, volunteer_id)
        period_from = period_from or queries.first_served_on(session, volunteer_id) or period_to
        if period_from > period_to:
            raise ValidationError("证明期间的开始日期晚于结束日期。", "The period starts after it ends.", field="period_from")
        records = queries.certified_records(session, volunteer_id, period_from=period_from, period_to=period_to)
        if not records:
            raise ValidationError("这位志愿者在该期间没有服务记录，不能出具证明。", "No service records in this period.")
        person = _person_of(session, volunteer_id, records)
        cert = ctx.stamp(session, VolunteerCertificate(
            number=_next_number(session, today.year), volunteer_id=volunteer_id, period_from=period_from,
            period_to=period_to, minutes=sum(r[2] for r in records), records=len(records),
            records_digest=records_digest(records), issued_on=today, issued_by=ctx.account_id or "",
            person_key=person.key))
        session.add(cert)
        station = session.get(OrgUnit, ctx.station_id)
        summary, contents = _summary(session, records)
        code = certificate_code(ctx, cert)
        ctx.audit(session, "print", "volunteer", volunteer_id, certificate=cert.number)
        from wulian_desk.reports.certificate import CertificateDoc, write_certificate

        # Written inside the transaction: a PDF that cannot be written leaves no certificate behind.
        path = write_certificate(out, CertificateDoc(
            station_name=station.name if station else "", number=cert.number, code=code,
            volunteer_name=volunteer.name, gender=GENDERS.get(volunteer.gender, ("", ""))[0],
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
    """Whether this station issued the certificate, and whether its figures still hold. A code
    this station did not issue, or an altered one, raises CertificateRejected."""
    ctx.require("volunteer", "view")
    text = "".join((code or "").split()).upper()
    match = _CODE.match(text)
    if match is None:
        raise CertificateRejected("验证码格式不对，不是本程序出具的志愿服务记录证明。",
                                  "Not a certificate code of this app.")
    with ctx.reading() as session:
        cert = queries.certificate_by_number(session, match.group(1))
        if cert is None or not hmac.compare_digest(_mac(ctx, cert), match.group(2)):
            raise CertificateRejected("本站没有出具过与这个验证码相符的证明（验证码可能被改动，或证明不是本站出具）。",
                                      "This station issued no certificate with this code (altered, or not ours).")
        volunteer = session.get(Volunteer, cert.volunteer_id)
        records = queries.certified_records(session, cert.volunteer_id, period_from=cert.period_from,
                                            period_to=cert.period_to)
    now = sum(r[2] for r in records)
    ctx.audit_now("view", "volunteer_certificate", cert.id, number=cert.number)
    return Verification(cert.number, volunteer.name if volunteer else "", cert.period_from, cert.period_to,
                        cert.issued_on, cert.minutes, cert.records, now, len(records),
                        matches=now == cert.minutes and records_digest(records) == cert.records_digest)
