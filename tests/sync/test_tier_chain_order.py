"""Tiers as a chain, in any order: two community rooms report through their township, which sends
the county three bundles (each carrying every room payload the county has not acknowledged, so
the same room payload arrives two or three times). Delivered in any order, some repeated, they
give the county the same database as delivered in order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from tests.conftest import PASSWORD, USERNAME
from tests.sync.conftest import Site, enrol, make_site
from tests.sync.helpers import snapshot
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Room, RoomCreate, RoomUpdate, SyncPeer
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station
from wulian_desk.services.sync import sync


def add_room(site: Site, name: str) -> str:
    return facilities.create_room(site.ctx, RoomCreate(org_unit_id=site.ctx.station_id, name=name,
                                                       room_type="counselling", area_m2=12.0)).ids[0]


def carry(sender: Site, receiver: Site, usb: Path) -> Path:
    peer = next(p for p in sync.list_peers(sender.ctx) if p.station_id == receiver.ctx.station_id)
    return sync.export_bundle(sender.ctx, peer.id, usb).path


def deliver(receiver: Site, path: Path) -> None:
    result = sync.import_bundles(receiver.ctx, [path])[0]
    assert result.status in ("imported", "duplicate"), result.message


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    """A county, a township enrolled with it, two rooms enrolled with the township; the county's
    folder before any bundle, and the township's three bundles to it."""
    base = tmp_path_factory.mktemp("chain")
    usb = base / "usb"
    usb.mkdir()
    county = make_site(base / "county", name="城固县社会工作服务总站", tier="county", code="610722")
    town = make_site(base / "town", name="博望街道社会工作服务站", tier="township", code="610722001")
    rooms = [make_site(base / f"room{i}", name=f"第{i}社区社工室", tier="community", code=f"61072200100{i}")
             for i in (1, 2)]
    sites = [county, town, *rooms]
    try:
        enrol(town, county, base)
        for room in rooms:
            enrol(room, town, base)
        county.ctx.close()  # the county as it is before any bundle: each example starts from it
        shutil.copytree(base / "county", base / "county-fresh")
        county = Site(station.open_station(base / "county", passphrase=PASSWORD, username=USERNAME), base / "county")
        sites[0] = county
        mine = {site.ctx.station_id: add_room(site, "一号个案室") for site in (town, *rooms)}
        bundles = []
        for step in range(3):
            for i, room in enumerate(rooms):
                if step == 0 or i == step - 1:  # room 1 changes after the first bundle, room 2 after the second
                    if step:
                        facilities.update_room(room.ctx, mine[room.ctx.station_id], RoomUpdate(name=f"改{step}"))
                        add_room(room, f"{step}号小组活动室")
                    deliver(town, carry(room, town, usb))
            if step:
                facilities.update_room(town.ctx, mine[town.ctx.station_id], RoomUpdate(name=f"镇改{step}"))
            bundles.append(carry(town, county, usb))
        for path in bundles:  # the reference: in order, once each
            deliver(county, path)
        expected = snapshot(county.ctx)
        rooms_ids = [r.ctx.station_id for r in rooms]
    finally:
        for site in sites:
            site.ctx.close()
    return base, bundles, expected, rooms_ids, town.ctx.station_id


def test_the_chain_reaches_the_county_the_same_in_any_order(chain):
    base, bundles, expected, rooms, town = chain
    at_county = {row[0] for row in expected["room"]}
    owners = {row[1] for row in expected["room"]}
    assert owners == {town, *rooms} and len(at_county) == 5  # each room's two or three, the township's one

    @settings(max_examples=10, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(st.permutations(range(len(bundles))), st.lists(st.integers(0, len(bundles) - 1), max_size=3),
           st.randoms(use_true_random=False))
    def run(order, repeats, rnd):
        sequence = list(order)
        for again in repeats:
            sequence.insert(rnd.randint(0, len(sequence)), again)
        folder = base / f"county-{new_id()[-12:]}"
        shutil.copytree(base / "county-fresh", folder)
        county = Site(station.open_station(folder, passphrase=PASSWORD, username=USERNAME), folder)
        try:
            for index in sequence:
                deliver(county, bundles[index])
            assert snapshot(county.ctx) == expected
            with county.ctx.reading() as session:
                relayed = session.exec(select(SyncPeer).where(SyncPeer.relation == "relayed")).all()
                names = dict(session.exec(select(Room.id, Room.owner)).all())
            assert {p.station_id for p in relayed} == set(rooms) and {p.upstream for p in relayed} == {town}
            assert set(names.values()) == {town, *rooms}
        finally:
            county.ctx.close()
            shutil.rmtree(folder, ignore_errors=True)

    run()
