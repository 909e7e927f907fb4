"""The county's list of installation keys and revoked certificates (a `county_document` of kind
`installation_keys`, key `county`), sent down to every station in ordinary bundles so that any
station can check the certificate code of any other station of the county offline.

The content is one JSON object (docs/bundle-format.md, "The installation keys document"):

    {"format": "wulian-installation-keys/1",
     "installations": [{"installation_id", "station_id", "station_name", "sign_public", "status"}],
     "revoked_certificates": [{"station_id", "number", "revoked_on"}]}

The county makes it afresh before every bundle it writes to a station (with the other county
documents): the county's own installation, every installation it enrolled (stations and its own
other computers, revoked ones marked so), every other computer of its stations (each computer
records its own key in `installation_key`, a station's table that goes up with its bundles), and
every certificate its stations revoked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wulian_desk.core.models import InstallationKey, OrgUnit, SyncIdentity
from wulian_desk.storage.queries import sync as queries
from wulian_desk.storage.queries import volunteering as certificate_queries
from wulian_desk.sync.identity import Identity

if TYPE_CHECKING:
    from sqlmodel import Session

    from wulian_desk.services.context import Context

KIND, KEY = "installation_keys", "county"
FORMAT = "wulian-installation-keys/1"


@dataclass(frozen=True)
class Installation:
    installation_id: str  # its device id
    station_id: str
    station_name: str
    sign_public: str  # Ed25519, base64 of the 32 raw bytes
    status: str  # active | revoked


def own_installation(ctx: Context, session: Session) -> Installation | None:
    row = session.get(SyncIdentity, 1)
    if row is None:
        return None
    unit = session.get(OrgUnit, ctx.station_id)
    return Installation(ctx.store.device_id, ctx.station_id, unit.name if unit else "",
                        Identity(row.sign_private, row.age_identity).public.sign_public, "active")


def record_own_key(ctx: Context, session: Session) -> None:
    """This computer's key as a row of its station, written once (before each bundle it writes),
    so the station's other computers and the county learn it from the ordinary bundles."""
    own = own_installation(ctx, session)
    if own is None or any(k.installation_id == own.installation_id and k.owner == ctx.station_id
                          for k in queries.installation_keys(session)):
        return
    session.add(ctx.stamp(session, InstallationKey(installation_id=own.installation_id, sign_public=own.sign_public)))


def station_computers(session: Session, *, known: set[str]) -> list[Installation]:
    """The keys stations sent up for their computers, beyond the installations in `known`."""
    names = {p.station_id: p.name for p in queries.peers(session)}

    def name(station_id: str) -> str:
        unit = session.get(OrgUnit, station_id)  # the station's own unit travels up with its records
        return unit.name if unit is not None else names.get(station_id, "")

    return [Installation(k.installation_id, k.owner, name(k.owner), k.sign_public, "active")
            for k in queries.installation_keys(session) if k.installation_id not in known]


def document_content(ctx: Context, session: Session) -> str:
    """The document as the county sends it now."""
    own = own_installation(ctx, session)
    rows = [own] if own is not None else []
    rows += [Installation(p.id, p.station_id, p.name, p.sign_public, p.status) for p in queries.peers(session)
             if p.relation in ("station", "device")]
    rows += station_computers(session, known={i.installation_id for i in rows})
    installations = sorted(({"installation_id": i.installation_id, "station_id": i.station_id,
                             "station_name": i.station_name, "sign_public": i.sign_public, "status": i.status}
                            for i in rows), key=lambda d: d["installation_id"])
    revoked = [{"station_id": owner, "number": number, "revoked_on": on.isoformat()}
               for owner, number, on in certificate_queries.revoked_certificates(session)]
    return json.dumps({"format": FORMAT, "installations": installations, "revoked_certificates": revoked},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class CountyList:
    installations: list[Installation]
    revoked: dict[tuple[str, str], str]  # (station id, number) -> revoked on


def received(ctx: Context, session: Session) -> CountyList:
    """The newest list our county sent down (empty before the first); a malformed entry is
    skipped, never trusted."""
    doc = queries.newest_document(session, kind=KIND, not_owner=ctx.station_id)
    try:
        content = json.loads(doc.content) if doc is not None else {}
    except ValueError:
        content = {}
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        return CountyList([], {})
    installations = []
    for item in content.get("installations") or []:
        try:
            installations.append(Installation(*(str(item[k]) for k in (
                "installation_id", "station_id", "station_name", "sign_public", "status"))))
        except (KeyError, TypeError):
            continue
    revoked = {(str(r.get("station_id")), str(r.get("number"))): str(r.get("revoked_on"))
               for r in content.get("revoked_certificates") or [] if isinstance(r, dict)}
    return CountyList(installations, revoked)
