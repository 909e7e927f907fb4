"""The county's word that travels down: its documents (the policy profile in force, the sharing
policy, the forms, the person secret, the list of installation keys and revoked certificates),
made or refreshed from what the county uses now, and what a station reads of them.

A township passes its county's documents down to its community rooms unchanged
(sync/senders.py); only a county makes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.models import CountyDocument, SyncPeer
from wulian_desk.core.sharing import SharingPolicy
from wulian_desk.core.texts import translate
from wulian_desk.paths import forms_dir, policies_dir
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station import settings, station
from wulian_desk.services.sync import installation_keys, person_secret
from wulian_desk.storage.queries import sync as queries
from wulian_desk.sync import changes
from wulian_desk.sync.payload import TableBlock

if TYPE_CHECKING:
    from sqlmodel import Session


def ensure_county_documents(ctx: Context, session: Session, *, with_keys: bool = True) -> None:
    """The county's policy profile, sharing policy, forms and person secret as records that travel
    down: made or refreshed from what the county uses now (the secret only made, never changed);
    and, before a bundle (`with_keys`), the list of
    installation keys and revoked certificates. An enrolment reply does not restamp that list:
    the new station gets it with the county's first bundle, and enrolling a station does not
    move the county's version counter past its stations' (an edit's place among concurrent ones
    stays where the stations' own work put it)."""
    person_secret.secret_for_writing(ctx, session)
    code = str(settings.get_setting(ctx, "policy_profile"))
    documents = {("policy_profile", code): (policies_dir() / f"{code}.toml").read_text(encoding="utf-8")}
    for form in sorted(forms_dir().glob("*.toml")):
        documents[("form", form.name)] = form.read_text(encoding="utf-8")
    if with_keys:
        documents[(installation_keys.KIND, installation_keys.KEY)] = installation_keys.document_content(ctx, session)
    held = {(d.kind, d.key): d for d in queries.documents_of(session, owner=ctx.station_id)}
    if not any(kind == "sharing_policy" for kind, _ in held):
        documents[("sharing_policy", "default")] = SharingPolicy().to_json()
    for (kind, key), content in documents.items():
        doc = held.get((kind, key))
        if doc is not None and doc.content == content and not doc.deleted:
            continue
        doc = doc or CountyDocument(kind=kind, key=key, content=content)
        doc.content, doc.deleted = content, False
        session.add(ctx.stamp(session, doc))
    # One policy profile in force: an older choice is withdrawn (a tombstone travels down).
    for (kind, key), doc in held.items():
        if kind == "policy_profile" and key != code and not doc.deleted:
            doc.deleted = True
            session.add(ctx.stamp(session, doc))


def documents_block(session: Session, *, for_station: str) -> TableBlock:
    spec = changes.specs()["county_document"]
    rows = queries.document_rows(session, columns=list(spec.columns), for_station=for_station)
    return TableBlock("county_document", list(spec.columns), rows)


def apply_revocations(session: Session, ctx: Context) -> None:
    """A revocation the county sent down: refuse that installation's bundles from now on. Only
    the county's own word counts (the county itself, or the county we are enrolled with)."""
    for device_id in queries.revoked_installations(session, station_id=ctx.station_id):
        peer = session.get(SyncPeer, device_id)
        if peer is not None and peer.status != "revoked":
            peer.status = "revoked"
            session.add(peer)


def set_sharing_policy(ctx: Context, keep: list[str]) -> Changes:
    """The county widens what its stations send up (for supervision); it goes down with the next
    bundle to each station."""
    ctx.require("bundle", "enrol")
    if station.station_info(ctx).tier != "county":
        raise ValidationError(translate("services.sync.county_documents", "共享策略由县级总站制定。"))
    policy = SharingPolicy.widened(keep)
    with ctx.writing() as session:
        doc = queries.own_document(session, kind="sharing_policy", owner=ctx.station_id)
        doc = doc or CountyDocument(kind="sharing_policy", key="default", content="")
        doc.content = policy.to_json()
        session.add(ctx.stamp(session, doc))
        ctx.audit(session, "sharing_policy", "county_document", doc.id, keep=sorted(policy.keep))
    return Changes.of("county_document", doc.id)


def sharing_policy(ctx: Context) -> SharingPolicy:
    """What this station sends up (at the county: what it asks of its stations): the county's
    policy once there is one, else the default."""
    with ctx.reading() as session:
        doc = queries.newest_document(session, kind="sharing_policy")
    return SharingPolicy.from_json(doc.content) if doc is not None else SharingPolicy()


def county_profile_text(ctx: Context) -> tuple[str, str] | None:
    """The policy profile the county sent down (code, TOML text), if any."""
    with ctx.reading() as session:
        doc = queries.newest_document(session, kind="policy_profile", not_owner=ctx.station_id)
    return (doc.key, doc.content) if doc is not None else None
