"""Two computers of one station exchange bundles like stations do; concurrent edits of the same
record get the same winner on both, and the losing version waits on the conflicts screen."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PASSWORD, USERNAME
from tests.sync.conftest import Site, enrol, make_site
from tests.sync.helpers import copy_site
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import PermissionDenied, ValidationError
from wulian_desk.services.casework import clients
from wulian_desk.services.station import maintenance, station
from wulian_desk.services.sync import conflicts, enrolment, sync
from wulian_desk.sync.merge import Outcome, Version, decide


def _client_input(ctx, **changes):
    data = dict(name="吴淑芬", gender="female", org_unit_id=ctx.station_id, birth_date=date(1946, 5, 6),
                phone="13800001111", address="幸福社区 3 栋")
    data.update(changes)
    return ClientInput(**data)


@pytest.fixture
def two_devices(tmp_path):
    """The office PC, and the counselling-room PC made from its backup (a new device, new keys),
    enrolled with each other the way people do it."""
    office = make_site(tmp_path / "office", name="博望街道社会工作服务站", tier="township", code="610722001")
    client = clients.create_client(office.ctx, _client_input(office.ctx),
                                   consent=ConsentInput(given_on=date(2026, 11, 1))).ids[0]
    backup = maintenance.backup_station(office.ctx, tmp_path / "office.wdb")
    maintenance.restore_station(tmp_path / "room", backup, passphrase=PASSWORD, username=USERNAME)
    room = Site(station.open_station(tmp_path / "room", passphrase=PASSWORD, username=USERNAME), tmp_path / "room")
    assert room.ctx.station_id == office.ctx.station_id and room.ctx.store.device_id != office.ctx.store.device_id
    assert enrolment.keys_info(room.ctx).fingerprint != enrolment.keys_info(office.ctx).fingerprint

    request = enrolment.write_request(room.ctx, tmp_path / "room.wer")
    enrolment.accept_request(office.ctx, request, tmp_path / "reply.wer",
                             fingerprint=enrolment.read_request(request).fingerprint)
    enrolment.import_reply(room.ctx, tmp_path / "reply.wer", fingerprint=enrolment.keys_info(office.ctx).fingerprint)
    assert [p.relation for p in sync.list_peers(office.ctx)] == ["device"]
    assert [p.relation for p in sync.list_peers(room.ctx)] == ["device"]
    yield office, room, client
    office.ctx.close()
    room.ctx.close()


def _swap(sender, receiver, stick):
    """The sender's bundle for the receiver (with the county enrolled too, it writes one for each)."""
    bundle = next(b for b in sync.export_all(sender.ctx, stick) if b.peer_id == receiver.ctx.store.device_id)
    [result] = sync.import_bundles(receiver.ctx, [bundle.path])
    assert result.status == "imported", result.message
    return result


def _row(ctx, client):
    with ctx.reading() as session:
        return tuple(session.connection().exec_driver_sql("SELECT * FROM client WHERE id = ?", (client,)).one())


def test_devices_exchange_everything_and_an_edit_on_top_is_no_conflict(two_devices, tmp_path):
    office, room, client = two_devices
    stick = tmp_path / "stick"
    stick.mkdir()
    clients.update_client(room.ctx, client, _client_input(room.ctx, phone="13800002222"))
    result = _swap(room, office, stick)
    assert result.conflicts == 0 and _row(office.ctx, client) == _row(room.ctx, client)
    # Office edits on top of what it received: a successor, which wins everywhere without conflict.
    clients.update_client(office.ctx, client, _client_input(office.ctx, phone="13800002222", address="幸福社区 5 栋"))
    assert _swap(office, room, stick).conflicts == 0
    assert _row(office.ctx, client) == _row(room.ctx, client)
    assert conflicts.list_conflicts(office.ctx) == [] and conflicts.list_conflicts(room.ctx) == []


def test_concurrent_edits_get_one_winner_and_the_loser_waits_for_a_person(two_devices, tmp_path):
    office, room, client = two_devices
    stick = tmp_path / "stick"
    stick.mkdir()
    clients.update_client(office.ctx, client, _client_input(office.ctx, address="幸福社区 7 栋"))
    clients.update_client(room.ctx, client, _client_input(room.ctx, phone="13900009999"))
    to_room = sync.export_all(office.ctx, stick)[0]
    to_office = sync.export_all(room.ctx, stick)[0]
    assert sync.import_bundles(room.ctx, [to_room.path])[0].conflicts == 1
    assert sync.import_bundles(office.ctx, [to_office.path])[0].conflicts == 1
    # The same winner on both computers, and the same loss recorded on both.
    assert _row(office.ctx, client) == _row(room.ctx, client)
    [seen_at_office] = conflicts.list_conflicts(office.ctx)
    [seen_in_room] = conflicts.list_conflicts(room.ctx)
    assert seen_at_office.id == seen_in_room.id and seen_at_office.table_name == "client"
    assert set(seen_at_office.differences) in ({"address", "phone"}, {"phone", "address"})

    # A person restores the losing version: a new edit, which then wins on the other computer too,
    # and the decision travels with it, so the room's copy of the conflict is set aside as well.
    conflicts.resolve(office.ctx, seen_at_office.id, restore=True)
    assert conflicts.list_conflicts(office.ctx) == []
    assert _swap(office, room, stick).conflicts == 0
    assert _row(office.ctx, client) == _row(room.ctx, client)
    assert conflicts.list_conflicts(room.ctx) == []
    [decided] = conflicts.list_conflicts(room.ctx, include_resolved=True)
    assert decided.id == seen_in_room.id and decided.resolved and decided.resolution == "restored"
    with pytest.raises(ValidationError):
        conflicts.resolve(room.ctx, seen_in_room.id, restore=False)  # nothing left to decide


def test_the_county_sets_a_stations_decided_conflict_aside_whichever_arrives_first(two_devices, tmp_path):
    """Both computers report to the county, and edit the same client, the office last (its version
    wins everywhere). Whether the county finds the conflict before the office's decision on it
    arrives, or after, the county's copy is set aside."""
    office, room, client = two_devices
    county = make_site(tmp_path / "county", name="县总站", tier="county", code="610722")
    try:
        for device in (office, room):
            (papers := tmp_path / f"enrol-{device.folder.name}").mkdir()
            enrol(device, county, papers)
        stick = tmp_path / "stick"
        stick.mkdir()
        clients.update_client(room.ctx, client, _client_input(room.ctx, phone="13900009999"))
        clients.update_client(office.ctx, client, _client_input(office.ctx, address="幸福社区 7 栋"))
        before = Site(copy_site(county.ctx, tmp_path / "county-before"), tmp_path / "county-before")

        def up(device, to):
            path = next(b.path for b in sync.export_all(device.ctx, stick) if b.peer_name == "县总站")
            [result] = sync.import_bundles(to.ctx, [path])
            assert result.status == "imported", result.message
            return result

        # The conflict first: the room's version, then the office's, which wins.
        up(room, county)
        assert up(office, county).conflicts == 1
        [at_county] = conflicts.list_conflicts(county.ctx)
        # The office learns of the room's edit, finds the same loss, and keeps its version.
        assert _swap(room, office, stick).conflicts == 1
        [at_office] = conflicts.list_conflicts(office.ctx)
        assert at_office.id == at_county.id
        conflicts.resolve(office.ctx, at_office.id, restore=False)
        up(office, county)
        assert conflicts.list_conflicts(county.ctx) == []
        assert [c.resolution for c in conflicts.list_conflicts(county.ctx, include_resolved=True)] == ["kept"]

        # The decision first, on the county as it was before: the office's version and decision,
        # then the room's losing version, a conflict found already decided.
        up(office, before)
        assert up(room, before).conflicts == 1
        assert conflicts.list_conflicts(before.ctx) == []
        assert [c.id for c in conflicts.list_conflicts(before.ctx, include_resolved=True)] == [at_county.id]
        before.ctx.close()
    finally:
        county.ctx.close()


def test_a_county_may_see_but_not_restore_a_stations_record(tmp_path):
    county = make_site(tmp_path / "county", name="县总站", tier="county", code="610722")
    try:
        with county.ctx.writing() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO sync_conflict (id, table_name, row_id, owner, loser_version, winner_version, loser_row, found_at)"
                " VALUES ('c1', 'client', 'r1', 'another-station', 'd:1', 'e:2', '{}', '2026-11-22 00:00:00')")
        with pytest.raises(PermissionDenied):
            conflicts.resolve(county.ctx, "c1", restore=True)
        conflicts.resolve(county.ctx, "c1", restore=False)
    finally:
        county.ctx.close()


@pytest.mark.parametrize(
    ("local", "incoming", "expected"),
    [
        (None, Version("a", 1, "t1", None), Outcome.INSERT),
        (Version("a", 1, "t1", None), Version("a", 1, "t1", None), Outcome.SAME),
        (Version("a", 1, "t1", None), Version("a", 2, "t2", "a:1"), Outcome.REPLACE),
        (Version("a", 1, "t1", None), Version("b", 5, "t2", "a:1"), Outcome.REPLACE),  # written over ours
        (Version("a", 3, "t1", "x:1"), Version("b", 5, "t2", "x:1"), Outcome.REPLACE_CONFLICT),
        (Version("b", 5, "t2", "a:1"), Version("a", 1, "t1", None), Outcome.KEEP),  # an ancestor arrives late
        (Version("b", 5, "t2", "x:1"), Version("a", 3, "t1", "x:1"), Outcome.KEEP_CONFLICT),
        # Equal counters: the clock, then the device id, decide; never the order of arrival.
        (Version("a", 5, "t1", "x:1"), Version("b", 5, "t2", "x:1"), Outcome.REPLACE_CONFLICT),
        (Version("b", 5, "t1", "x:1"), Version("a", 5, "t1", "x:1"), Outcome.KEEP_CONFLICT),
    ],
)
def test_the_winner_is_deterministic(local, incoming, expected):
    assert decide(local, incoming) is expected
    # Seen from the other side, the same version wins.
    if local is not None and expected not in (Outcome.SAME,):
        mirrored = decide(incoming, local)
        incoming_won = expected in (Outcome.REPLACE, Outcome.REPLACE_CONFLICT)
        assert (mirrored in (Outcome.KEEP, Outcome.KEEP_CONFLICT)) == incoming_won
