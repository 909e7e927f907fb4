"""The county's person secret: the key under which every station of a county computes the same
person key from the same ID number (core/person_key.py), so the county can count and certify one
person without ever receiving the number.

It is a county document of kind "person_secret" (32 random bytes, base64), made once at the county
when first needed. It travels as the county's other documents do: down in the county's
age-encrypted bundles (so stations enrolled before it existed get it with the next bundle), to a
station's other computers in device bundles, and in the enrolment reply, which is signed but not
encrypted: there the secret is sealed with age to the requester's own key, never in plaintext. A
station keeps it inside its encrypted database. A county secret is never replaced by another: a
different one arriving is refused, since every key computed so far would stop matching.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from wulian_desk.core.errors import BundleError
from wulian_desk.core.models import CountyDocument, OrgUnit
from wulian_desk.core.person_key import SECRET_BYTES, person_key
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Context
from wulian_desk.storage.queries import people as queries
from wulian_desk.sync.identity import Identity, PublicKeys, seal_to, unseal
from wulian_desk.sync.payload import TableBlock

if TYPE_CHECKING:
    from sqlmodel import Session

KIND = queries.PERSON_SECRET
SEALED = "age:"  # the content of a person-secret row in an enrolment reply: sealed to the requester
Keyer = Callable[[str, "str | None"], "str | None"]


def _decode(content: str) -> bytes:
    try:
        secret = base64.b64decode(content.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        secret = b""
    if len(secret) != SECRET_BYTES:
        raise BundleError("malformed", translate("services.sync.person_secret", "县级总站的人员密钥格式不对。"))
    return secret


def held_secret(session: Session) -> bytes | None:
    """The secret held here (the county's own, or the one its county sent), or None."""
    contents = {d.content for d in queries.person_secret_documents(session)}
    if len(contents) > 1:
        raise _changed()
    return _decode(contents.pop()) if contents else None


def _changed() -> BundleError:
    return BundleError("secret_changed",
                       translate("services.sync.person_secret", "收到的县级总站人员密钥与本站已有的不同：已有的人员标识将无法匹配，整份文件不予导入。请联系县级总站核实（总站的人员密钥一经生成不能更换）。"))


def _is_county(ctx: Context, session: Session) -> bool:
    unit = session.get(OrgUnit, ctx.station_id)
    return unit is not None and unit.tier == "county"


def secret_for_writing(ctx: Context, session: Session) -> bytes | None:
    """The secret person keys are computed under here: the one held; at a county that has none
    yet, made now (and every record here keyed in the same transaction). None at a station that
    has not received its county's yet."""
    secret = held_secret(session)
    if secret is None and _is_county(ctx, session):
        secret = os.urandom(SECRET_BYTES)
        doc = ctx.stamp(session, CountyDocument(kind=KIND, key="county",
                                                content=base64.b64encode(secret).decode("ascii")))
        session.add(doc)
        session.flush()
        ctx.audit(session, "person_secret", "county_document", doc.id)
        fill_keys(ctx, session, secret)
    return secret


def secret_to_hand_down(ctx: Context, session: Session) -> bytes | None:
    """The secret this installation hands to those it enrols: a county its own (made if need be),
    a township the one it received from its county, so a community room enrolling with its
    township keys its people as the county does. Its row goes in the enrolment reply's documents
    (sealed, see `seal_documents`) and in every bundle down."""
    return secret_for_writing(ctx, session)


def keyer(ctx: Context, session: Session) -> Keyer:
    """A function (id type, number) -> person key, or -> None while no secret is known here."""
    secret = secret_for_writing(ctx, session)
    if secret is None:
        return lambda _type, _number: None
    return lambda id_type, number: person_key(secret, id_type or "resident_id", number)


def fill_keys(ctx: Context, session: Session, secret: bytes) -> int:
    """Every record of this station with an ID number gets its person key (a new version, so it
    travels up), in the caller's transaction."""
    written = 0
    for table in ("volunteer", "client"):
        rows = queries.rows_with_id_numbers(session, table=table, owner=ctx.station_id)
        keys = [(row_id, key) for row_id, id_type, number, held in rows
                if (key := person_key(secret, id_type, number)) != held]
        written += queries.set_person_keys(session, table=table, keys=keys, device_id=ctx.store.device_id)
    return written


def adopt(ctx: Context, session: Session, before: bytes | None) -> None:
    """After the county's records were applied (a bundle, an enrolment reply): a secret different
    from the one held before is refused; one that arrived for the first time keys every record."""
    now = held_secret(session)
    if before is not None and now != before:
        raise _changed()
    if before is None and now is not None:
        written = fill_keys(ctx, session, now)
        ctx.audit(session, "person_secret", "station", ctx.station_id, keyed=written)


# -- in the enrolment reply -------------------------------------------------------------------------


def seal_documents(block: TableBlock, requester: PublicKeys) -> TableBlock:
    """The documents block of an enrolment reply with every person secret sealed to the requester."""
    kind_at, content_at = block.columns.index("kind"), block.columns.index("content")
    rows = [[*row[:content_at], SEALED + seal_to(requester, row[content_at].encode("ascii")), *row[content_at + 1:]]
            if row[kind_at] == KIND else row for row in block.rows]
    return TableBlock(block.table, block.columns, rows)


def unseal_documents(block: TableBlock, identity: Identity) -> TableBlock:
    """The reply's documents with the person secret opened with our own key; a secret sealed to
    someone else, or not sealed at all, refuses the reply."""
    kind_at, content_at = block.columns.index("kind"), block.columns.index("content")
    rows = []
    for row in block.rows:
        if row[kind_at] == KIND:
            content = row[content_at]
            try:
                if not isinstance(content, str) or not content.startswith(SEALED):
                    raise ValueError("not sealed")
                opened = unseal(identity, content[len(SEALED):]).decode("ascii")
            except (ValueError, UnicodeDecodeError) as err:
                raise BundleError("malformed", translate("services.sync.person_secret", "登记回执中的人员密钥无法解开（不是加密给本机的）。")) from err
            _decode(opened)
            row = [*row[:content_at], opened, *row[content_at + 1:]]
        rows.append(row)
    return TableBlock(block.table, block.columns, rows)
