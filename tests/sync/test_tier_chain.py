"""Tiers as a chain: community room → township station → county general station.

A room enrols with its township; the township imports the room's bundles, shows its work
read-only and forwards the room's own signed payloads in its bundles to the county, which checks
each by the room's key and applies it under the room. The county's documents reach the room
through the township. The roll-ups show the tree."""

from __future__ import annotations

import base64
import gzip
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from tests.sync.conftest import Site, enrol, make_site
from tests.sync.insider import forge, peer_named
from wulian_desk.core.errors import NotFoundError, PermissionDenied, ValidationError
from wulian_desk.core.models import OrgUnit, Room, RoomUpdate, SyncPeer, SyncRelay
from wulian_desk.services.facilities import facilities
from wulian_desk.services.reports import reporting, rollup
from wulian_desk.services.sync import county_documents, enrolment, sync
from wulian_desk.sync import payload


def _usb(tmp: Path) -> Path:
    usb = tmp / "usb"
    usb.mkdir(exist_ok=True)
    return usb


def send(sender: Site, receiver: Site, tmp: Path, *, expect: str = "imported") -> sync.ImportResult:
    """One bundle from `sender` to `receiver`, carried on the stick and imported."""
    peer = next(p for p in sync.list_peers(sender.ctx) if p.station_id == receiver.ctx.station_id)
    out = sync.export_bundle(sender.ctx, peer.id, _usb(tmp))
    result = sync.import_bundles(receiver.ctx, [out.path])[0]
    assert result.status == expect, result.message
    return result


def owned_by(ctx, model, owner: str) -> set[str]:
    with ctx.reading() as session:
        return {r.id for r in session.exec(select(model).where(model.owner == owner))}


@pytest.fixture
def room(enrolled_template, tmp_path, county, station_a):
    """A community room with its own computer and a month of demo work, enrolled with township A."""
    site = make_site(tmp_path / "room", name="博望街道东关社区社工室", tier="community", code="610722001001", demo=True)
    enrol(site, station_a, tmp_path)
    yield site
    site.ctx.close()


def test_room_enrols_with_its_township_and_its_work_reaches_the_county_through_it(county, station_a, station_b,
                                                                                  room, tmp_path):
    town, room_id = station_a.ctx.station_id, room.ctx.station_id
    above = next(p for p in sync.list_peers(room.ctx) if p.relation == "county")
    assert above.station_id == town and above.tier == "township" and above.upstream == county.ctx.station_id
    with room.ctx.reading() as session:
        assert session.get(OrgUnit, room_id).parent_id == town  # recorded under its township
    below = next(p for p in sync.list_peers(station_a.ctx) if p.station_id == room_id)
    assert below.relation == "station"

    send(room, station_a, tmp_path)
    rooms = owned_by(room.ctx, Room, room_id)
    assert rooms and owned_by(station_a.ctx, Room, room_id) == rooms  # the township sees the room's work
    with pytest.raises(PermissionDenied, match="属于另一个站点"):  # read-only there: one owner writes a row
        facilities.update_room(station_a.ctx, sorted(rooms)[0], RoomUpdate(name="改名"))

    result = send(station_a, county, tmp_path)
    assert result.forwarded == 1
    assert owned_by(county.ctx, Room, room_id) == rooms  # the county knows the room wrote them
    relayed = next(p for p in sync.list_peers(county.ctx) if p.station_id == room_id)
    assert relayed.relation == "relayed" and relayed.upstream == town
    assert relayed.fingerprint == enrolment.keys_info(room.ctx).fingerprint
    with county.ctx.reading() as session:
        assert session.get(OrgUnit, room_id).parent_id == town
    send(station_b, county, tmp_path)

    # The roll-up: the tree, and the county's total is the sum of every station's own.
    month = date.today().strftime("%Y-%m")
    at_county = rollup.rollup(county.ctx, month)
    by_id = {s.station_id: s for s in at_county.stations}
    assert by_id[room_id].parent_id == town and by_id[town].parent_id == county.ctx.station_id
    assert [s.station_id for s in at_county.below(town)] == [room_id]
    own = {s: rollup.rollup(site.ctx, month) for s, site in ((room_id, room), (town, station_a))}
    assert by_id[room_id].figures.as_dict() == own[room_id].total.as_dict()
    assert own[town].total.as_dict() == at_county.with_below(town).as_dict()  # the township with its room
    assert {s.station_id for s in own[town].stations} == {town, room_id}
    summed = rollup.total([by_id[s].figures for s in by_id])
    assert at_county.total.as_dict() == summed.as_dict()
    assert by_id[room_id].figures.cases_open > 0 and at_county.total.cases_open > by_id[room_id].figures.cases_open
    depths = {d["id"]: d["depth"] for d in rollup.as_dict(at_county)["stations"]}
    assert depths[county.ctx.station_id] == 0 and depths[town] == 1 and depths[room_id] == 2

    # Who reported: the room beneath its township, in its own numbering.
    rows = reporting.reporting(county.ctx, month).stations
    at = [r.station_id for r in rows].index(room_id)
    assert rows[at].parent_id == town and rows[at].depth == 1 and rows[at].last_seq == 1
    # Its records arrived; its month is not reported until the room submits it (the month has not ended).
    assert rows[at - 1].station_id == town and rows[at].received and rows[at].state == "not submitted"


def test_the_county_stops_receiving_forwarded_payloads_once_it_acknowledges_them(county, station_a, room, tmp_path):
    send(room, station_a, tmp_path)
    send(station_a, county, tmp_path)
    again = send(station_a, county, tmp_path)
    assert again.forwarded == 0  # not acknowledged yet: carried again, and a no-op at the county
    send(county, station_a, tmp_path)  # the county's bundle acknowledges the township's
    peer = next(p for p in sync.list_peers(station_a.ctx) if p.relation == "county")
    out = sync.export_bundle(station_a.ctx, peer.id, _usb(tmp_path))
    assert "forwarded" not in _manifest(county, out.path)
    with station_a.ctx.reading() as session:
        assert session.exec(select(SyncRelay)).all() == []  # acknowledged: no longer kept


def test_a_room_the_county_revoked_is_refused_through_its_township_too(county, station_a, room, tmp_path):
    send(room, station_a, tmp_path)
    send(station_a, county, tmp_path)
    relayed = next(p for p in sync.list_peers(county.ctx) if p.station_id == room.ctx.station_id)
    sync.revoke_peer(county.ctx, relayed.id)
    send(room, station_a, tmp_path)  # the township has not heard yet: it keeps the room's new payload
    result = send(station_a, county, tmp_path, expect="rejected")
    assert result.reason == "revoked_sender"
    send(county, station_a, tmp_path)  # the revocation goes down to the township
    assert next(p for p in sync.list_peers(station_a.ctx) if p.station_id == room.ctx.station_id).status == "revoked"
    assert send(station_a, county, tmp_path).forwarded == 0  # the revoked room's payloads stay behind


def _manifest(county: Site, path: Path) -> dict:
    from wulian_desk.sync import bundle

    identity = enrolment.my_identity(county.ctx)
    opened = bundle.open_bundle(path.read_bytes(), [(p.id, sync.peer_keys(p)) for p in sync.list_peers(county.ctx)])
    return payload.decode(bundle.decrypt(opened, identity), sender=sync.peer_keys(peer_named(county.ctx, opened.sender_key)),
                          header=opened.header).manifest


def test_the_county_documents_reach_the_room_through_its_township(county, station_a, room, tmp_path):
    county_documents.set_sharing_policy(county.ctx, ["service_session.content"])
    send(county, station_a, tmp_path)
    result = send(station_a, room, tmp_path)
    assert result.counts.get("county_document")
    with room.ctx.reading() as session:
        from wulian_desk.core.models import CountyDocument

        docs = session.exec(select(CountyDocument)).all()
    assert docs and {d.owner for d in docs} == {county.ctx.station_id}  # the county's, unchanged
    assert "service_session.content" in county_documents.sharing_policy(room.ctx).keep
    assert county_documents.county_profile_text(room.ctx) is not None


def test_a_correction_request_reaches_the_room_and_its_answer_the_county(county, station_a, room, tmp_path):
    from wulian_desk.core.models import CorrectionAnswer
    from wulian_desk.services.sync import corrections

    send(room, station_a, tmp_path)
    send(station_a, county, tmp_path)
    record = sorted(owned_by(county.ctx, Room, room.ctx.station_id))[0]
    corrections.request(county.ctx, station_id=room.ctx.station_id, record_table="room", record_id=record,
                        message="面积有误，请核实。")
    send(county, station_a, tmp_path)
    send(station_a, room, tmp_path)
    [asked] = corrections.list_requests(room.ctx)
    assert asked.record_id == record
    corrections.answer(room.ctx, asked.id, status="corrected", text="已核实更正")
    send(room, station_a, tmp_path)
    send(station_a, county, tmp_path)
    with county.ctx.reading() as session:
        [answer] = session.exec(select(CorrectionAnswer)).all()
    assert answer.owner == room.ctx.station_id and answer.request_id == asked.id


def test_a_township_accepts_only_rooms_and_only_once_enrolled_itself(county, station_a, station_b, tmp_path):
    request = enrolment.write_request(station_b.ctx, tmp_path / "b.wer")
    with pytest.raises(ValidationError, match="只接受社区"):
        enrolment.accept_request(station_a.ctx, request, tmp_path / "reply.wer",
                                 fingerprint=enrolment.read_request(request).fingerprint)
    lone = make_site(tmp_path / "lone", name="孤立镇社会工作服务站", tier="township", code="610722200")
    room = make_site(tmp_path / "r", name="某社区社工室", tier="community", code="610722200001")
    try:
        request = enrolment.write_request(room.ctx, tmp_path / "r.wer")
        with pytest.raises(ValidationError, match="先向总站登记"):
            enrolment.accept_request(lone.ctx, request, tmp_path / "reply.wer",
                                     fingerprint=enrolment.read_request(request).fingerprint)
    finally:
        lone.ctx.close()
        room.ctx.close()


# -- what a township may not forward ------------------------------------------------------------------


@pytest.fixture
def forwarded(county, station_a, room, tmp_path):
    """The township's genuine forwarded entry for the room's first bundle (the county has pinned
    the room through one bundle already)."""
    send(room, station_a, tmp_path)
    send(station_a, county, tmp_path)
    with station_a.ctx.reading() as session:
        relay = session.exec(select(SyncRelay)).one()
        peer = session.get(SyncPeer, relay.peer_id)
    from wulian_desk.sync.identity import PublicKeys
    from wulian_desk.sync.relay import Forwarded

    return Forwarded(relay.bundle_id, peer.station_id, peer.id, peer.name, peer.tier, peer.division_code,
                     PublicKeys(peer.sign_public, peer.age_recipient), relay.payload).as_entry()


def _import_forged(county: Site, sender: Site, tmp: Path, **kwargs) -> sync.ImportResult:
    path = _usb(tmp) / "forged.wlb"
    path.write_bytes(forge(sender.ctx, header={"seq": 50}, **kwargs))
    return sync.import_bundles(county.ctx, [path])[0]


def _resigned(entry: dict, by: Site, change) -> dict:
    """The room's payload with `change` applied to its plain text and signed by `by` instead."""
    from wulian_desk.sync.identity import b64

    plain = gzip.decompress(base64.b64decode(entry["payload"]))
    line1, _signature, rest = plain.split(b"\n", 2)
    line1, rest = change(line1, rest)
    signature = b64(enrolment.my_identity(by.ctx).sign(line1)).encode("ascii")
    data = gzip.compress(line1 + b"\n" + signature + b"\n" + rest, mtime=0)
    return dict(entry, bundle_id=entry["bundle_id"][:-4] + "ffff",
                payload=base64.b64encode(data).decode("ascii"))


def test_a_row_claimed_for_the_room_but_not_signed_by_it_is_refused(county, station_a, station_b, room,
                                                                    forwarded, tmp_path):
    from tests.sync.insider import Block, table_rows

    before = owned_by(county.ctx, Room, room.ctx.station_id)
    # The room's row in the township's own blocks: not the township's to send.
    columns, rows = table_rows(room.ctx, "room")
    result = _import_forged(county, station_a, tmp_path, blocks=[Block("room", columns, rows[:1])])
    assert (result.status, result.reason) == ("rejected", "foreign_record")
    # The room's payload re-signed by the township: the room's key does not verify it.
    forged = _resigned(forwarded, station_a, lambda line1, rest: (line1, rest))
    result = _import_forged(county, station_a, tmp_path, manifest={"forwarded": [forged]})
    assert (result.status, result.reason) == ("rejected", "bad_signature")
    # The same room under another key: the county pinned the first.
    other = dict(forwarded, sign_public=enrolment.keys_info(station_b.ctx).sign_public,
                 age_recipient=enrolment.keys_info(station_b.ctx).age_recipient)
    result = _import_forged(county, station_a, tmp_path, manifest={"forwarded": [other]})
    assert (result.status, result.reason) == ("rejected", "bad_signature")
    # A genuine room payload forwarded by a township the room is not beneath.
    result = _import_forged(county, station_b, tmp_path, manifest={"forwarded": [forwarded]})
    assert (result.status, result.reason) == ("rejected", "foreign_record")
    # A forwarded entry that is not of its kind.
    result = _import_forged(county, station_a, tmp_path, manifest={"forwarded": [dict(forwarded, tier=7)]})
    assert (result.status, result.reason) == ("rejected", "malformed")
    assert owned_by(county.ctx, Room, room.ctx.station_id) == before


def test_a_room_never_enrolled_with_the_township_is_refused(county, station_a, room, forwarded, tmp_path):
    stranger = make_site(tmp_path / "stranger", name="外乡社工室", tier="community", code="610722300001")
    try:
        keys = enrolment.keys_info(stranger.ctx)
        entry = _resigned(dict(forwarded, station=stranger.ctx.station_id, device=stranger.ctx.store.device_id,
                               sign_public=keys.sign_public, age_recipient=keys.age_recipient),
                          stranger, lambda line1, rest: (line1, rest))
        result = _import_forged(county, station_a, tmp_path, manifest={"forwarded": [entry]})
        assert (result.status, result.reason) == ("rejected", "foreign_record")  # its manifest names the room
    finally:
        stranger.ctx.close()


def test_a_relayed_room_cannot_send_to_the_county_itself(county, station_a, room, forwarded, tmp_path):
    peer = peer_named(county.ctx, room.ctx.store.device_id)
    path = _usb(tmp_path) / "direct.wlb"
    path.write_bytes(forge(room.ctx, to=_as_peer(county, peer)))
    result = sync.import_bundles(county.ctx, [path])[0]
    assert (result.status, result.reason) == ("rejected", "unknown_sender")


def _as_peer(county: Site, _room_peer) -> SyncPeer:
    keys = enrolment.keys_info(county.ctx)
    return SyncPeer(id=county.ctx.store.device_id, station_id=county.ctx.station_id, name="", tier="county",
                    relation="county", sign_public=keys.sign_public, age_recipient=keys.age_recipient,
                    fingerprint=keys.fingerprint, enrolled_at=date.today())


def test_a_townships_decisions_on_its_rooms_months_reach_the_county(county, station_a, room, tmp_path):
    from tests.sync.test_month_approval import at, last_month
    from wulian_desk.services.reports import approval

    month, room_id = last_month(), room.ctx.station_id

    def at_county():
        [row] = [s for s in reporting.reporting(county.ctx, month.code).stations if s.station_id == room_id]
        return row

    approval.submit(room.ctx, month, now=at(month, 2))
    send(room, station_a, tmp_path)
    approval.return_month(station_a.ctx, station=room_id, month=month, reason="缺签到表，请联系13812345678补交")
    send(station_a, county, tmp_path)
    assert (at_county().state, at_county().reason) == ("returned", "缺签到表，请联系138****5678补交")
    send(station_a, room, tmp_path)  # the decision goes down to the room
    approval.submit(room.ctx, month, now=at(month, 4))
    send(room, station_a, tmp_path)
    approval.approve(station_a.ctx, station=room_id, month=month)
    send(station_a, county, tmp_path)
    assert at_county().state == "approved"
    with pytest.raises(NotFoundError):  # the county does not decide what its township decides
        approval.approve(county.ctx, station=room_id, month=month)


def test_a_township_cannot_send_up_a_decision_on_a_station_not_beneath_it(county, station_a, station_b, tmp_path):
    from tests.sync.test_month_approval import last_month
    from wulian_desk.core.models import MonthDecision

    month = last_month()
    with station_a.ctx.writing() as session:  # made by hand: the service would refuse it
        session.add(station_a.ctx.stamp(session, MonthDecision(
            station_id=station_b.ctx.station_id, month=month.code, submission_id="none", decision="approved",
            decided_at=datetime.now(UTC), decided_by="admin")))
    result = send(station_a, county, tmp_path, expect="rejected")
    assert result.reason == "foreign_record"
