"""Certificate codes that every station of the county checks offline, and revocation.

A code (core/certificate_code.py) carries the certificate's figures signed with the issuing
installation's Ed25519 signing key (`sync_identity`). A verifier knows the public keys of: itself,
its peers (`sync_peer`: its county, its stations, its own other computers) and every installation
of the county (the county's `installation_keys` document, sent down in bundles). Whether a
certificate was revoked is read from the certificate's row where it is held (the issuer, its other
computers, the county), else from the county's list of revoked certificates.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wulian_desk.core import certificate_code as codes
from wulian_desk.core.errors import NotFoundError, ValidationError, WulianError
from wulian_desk.core.masking import mask_numbers_in_text, mask_person_name
from wulian_desk.core.models import VolunteerCertificate
from wulian_desk.core.texts import Text, translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.sync import installation_keys
from wulian_desk.services.sync.enrolment import identity_in
from wulian_desk.storage.queries import sync as sync_queries
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.sync.identity import PublicKeys

if TYPE_CHECKING:
    from sqlmodel import Session

_REASONS = {
    "format": translate("services.volunteering.certificate_codes", "验证码格式不对，不是本程序出具的志愿服务记录证明。"),
    "typing": translate("services.volunteering.certificate_codes", "验证码有输入错误（校验位不符）：请逐字核对后重新输入。"),
    "unknown_issuer": translate("services.volunteering.certificate_codes", "无法核验：本机不认识出具这份证明的电脑（该站未登记，或本站尚未收到县级总站下发的公钥清单）。"),
    "bad_signature": translate("services.volunteering.certificate_codes", "验证码签名不符：证明内容被改动过，或验证码是伪造的。"),
}


class CertificateRejected(WulianError):
    """A code that does not verify; `reason` is format, typing, unknown_issuer, bad_signature or
    unknown_certificate (an old-format code this computer did not issue)."""

    exit_code = 16

    def __init__(self, message: Text, *, reason: str = "unknown_certificate") -> None:
        super().__init__(message)
        self.reason = reason


def rejected(reason: str) -> CertificateRejected:
    return CertificateRejected(_REASONS[reason], reason=reason)


@dataclass(frozen=True)
class Issuer:
    installation_id: str
    station_id: str
    station_name: str
    sign_public: str
    status: str


@dataclass(frozen=True)
class SignedCheck:
    """A code whose signature verified."""

    number: str
    issuer: Issuer
    claim: codes.CertificateClaim
    revoked_on: str | None  # ISO date, or None: not revoked as far as this computer knows
    revoked_reason: str
    certificate: VolunteerCertificate | None  # the row, where this computer holds it


def _raw(sign_public: str) -> bytes:
    return base64.b64decode(sign_public.encode("ascii"))


def claim_of(cert: VolunteerCertificate, volunteer_name: str) -> codes.CertificateClaim:
    return codes.CertificateClaim(cert.number, codes.subject_of(cert.person_key, cert.volunteer_id), cert.minutes,
                                  cert.period_from, cert.period_to, cert.issued_on, mask_person_name(volunteer_name))


def make_code(ctx: Context, session: Session, cert: VolunteerCertificate, volunteer_name: str) -> str:
    """The code printed on a certificate issued here, signed with this installation's key."""
    identity = identity_in(session)
    claim = claim_of(cert, volunteer_name)
    signature = identity.sign(claim.signed_message(ctx.store.device_id))
    return codes.encode(claim, codes.key_id(_raw(identity.public.sign_public)), signature)


def known_issuers(ctx: Context, session: Session) -> list[Issuer]:
    """Every installation whose public key this computer holds; its own and its peers' first."""
    found: dict[str, Issuer] = {}
    own = installation_keys.own_installation(ctx, session)
    for item in installation_keys.received(ctx, session).installations:
        found[item.installation_id] = Issuer(item.installation_id, item.station_id, item.station_name,
                                             item.sign_public, item.status)
    for item in installation_keys.station_computers(session, known=set()):
        found[item.installation_id] = Issuer(item.installation_id, item.station_id, item.station_name,
                                             item.sign_public, item.status)
    for peer in sync_queries.peers(session):
        found[peer.id] = Issuer(peer.id, peer.station_id, peer.name, peer.sign_public, peer.status)
    if own is not None:
        found[own.installation_id] = Issuer(own.installation_id, own.station_id, own.station_name,
                                            own.sign_public, "active")
    return list(found.values())


def check_signed(ctx: Context, session: Session, parsed: codes.ParsedCode) -> SignedCheck:
    """Who signed a new-format code, and whether it was revoked; raises CertificateRejected."""
    candidates = [i for i in known_issuers(ctx, session) if _key_id(i.sign_public) == parsed.key_id]
    if not candidates:
        raise rejected("unknown_issuer")
    issuer = next((i for i in candidates if PublicKeys(i.sign_public, "").verify(
        parsed.signature, parsed.claim.signed_message(i.installation_id))), None)
    if issuer is None:
        raise rejected("bad_signature")
    cert = queries.certificate_of(session, number=parsed.number, owner=issuer.station_id)
    if cert is not None:
        revoked_on = cert.revoked_on.isoformat() if cert.revoked_on else None
        return SignedCheck(parsed.number, issuer, parsed.claim, revoked_on, cert.revoked_reason, cert)
    revoked_on = installation_keys.received(ctx, session).revoked.get((issuer.station_id, parsed.number))
    return SignedCheck(parsed.number, issuer, parsed.claim, revoked_on, "", None)


def _key_id(sign_public: str) -> bytes:
    try:
        return codes.key_id(_raw(sign_public))
    except ValueError:
        return b""


def revoke_certificate(ctx: Context, number: str, *, reason: str) -> Changes:
    """Revoke a certificate this station issued; the row travels up like any correction, and the
    county's list takes the revocation to every other station."""
    ctx.require("volunteer", "revoke")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(translate("services.volunteering.certificate_codes", "请填写吊销证明的原因。"), field="reason")
    if len(reason) > 200:
        raise ValidationError(translate("services.volunteering.certificate_codes", "原因不能超过 200 个字。"), field="reason")
    number = "".join((number or "").split()).upper()
    with ctx.writing() as session:
        cert = queries.certificate_of(session, number=number, owner=ctx.station_id)
        if cert is None:
            raise NotFoundError(translate("services.volunteering.certificate_codes", "本站没有出具过编号为 {number} 的证明。").format(number=number))
        if cert.revoked_on is not None:
            raise ValidationError(translate("services.volunteering.certificate_codes", "证明 {number} 已于 {revoked_on} 吊销。").format(number=number, revoked_on=cert.revoked_on))
        cert.revoked_on, cert.revoked_reason = date.today(), mask_numbers_in_text(reason)
        session.add(ctx.stamp(session, cert))
        ctx.audit(session, "certificate_revoke", "volunteer_certificate", cert.id, number=number)
    return Changes.of("volunteer_certificate", cert.id)
