import pytest
from sqlalchemy import text
from sqlmodel import select

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import AssetCreate, AssetUpdate, Room, RoomCreate, RoomUpdate
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station


def add_room(ctx, name="一号个案室", room_type="counselling", area=15.0, unit=None):
    changes = facilities.create_room(
        ctx, RoomCreate(org_unit_id=unit or ctx.station_id, name=name, room_type=room_type, area_m2=area)
    )
    return changes.ids[0]


def add_asset(ctx, tag="WL-001", room_id=None, **extra):
    data = {"org_unit_id": ctx.station_id, "asset_tag": tag, "name": "联想台式电脑", "category": "computer"}
    return facilities.create_asset(ctx, AssetCreate(**(data | {"room_id": room_id} | extra))).ids[0]


def count(ctx, model):
    with ctx.reading() as session:
        return len(session.exec(select(model)).all())


def test_create_room_stamps_version_fields(ctx):
    room_id = add_room(ctx)
    with ctx.reading() as session:
        room = session.get(Room, room_id)
        counter = session.execute(text("SELECT counter FROM local_state")).scalar()
    assert room.owner == ctx.station_id
    assert room.device_id == ctx.store.device_id
    assert room.counter == counter  # the newest write holds the device's newest counter
    assert room.updated_at is not None and not room.deleted


def test_each_write_moves_the_counter_forward(ctx):
    room_id = add_room(ctx)
    first = facilities.get_room(ctx, room_id)
    with ctx.reading() as session:
        c1 = session.get(Room, room_id).counter
    facilities.update_room(ctx, room_id, RoomUpdate(area_m2=22))
    with ctx.reading() as session:
        c2 = session.get(Room, room_id).counter
    assert c2 > c1
    assert facilities.get_room(ctx, room_id).area_m2 == 22 != first.area_m2


def test_negative_area_is_refused_and_nothing_is_written(ctx):
    before = count(ctx, Room)
    with pytest.raises(ValidationError, match="面积必须大于 0") as err:
        facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="坏房间", room_type="group", area_m2=-5))
    assert err.value.field == "area_m2"
    assert count(ctx, Room) == before


def test_a_refused_edit_leaves_the_row_as_it_was(ctx):
    room_id = add_room(ctx)
    with ctx.reading() as session:
        version = session.get(Room, room_id).counter
    with pytest.raises(ValidationError):
        facilities.update_room(ctx, room_id, RoomUpdate(name="", area_m2=30))
    with ctx.reading() as session:
        room = session.get(Room, room_id)
    assert (room.name, room.area_m2, room.counter) == ("一号个案室", 15.0, version)


def test_delete_is_a_tombstone_and_can_be_undone(ctx):
    room_id = add_room(ctx)
    facilities.delete_room(ctx, room_id)
    assert room_id not in facilities.room_ids(ctx)
    assert room_id in facilities.room_ids(ctx, deleted=True)
    with ctx.reading() as session:
        assert session.get(Room, room_id).deleted is True  # kept, not erased
    with pytest.raises(NotFoundError):
        facilities.update_room(ctx, room_id, RoomUpdate(area_m2=1))
    facilities.restore_room(ctx, room_id)
    assert room_id in facilities.room_ids(ctx)


def test_a_room_with_assets_cannot_be_deleted(ctx):
    room_id = add_room(ctx)
    add_asset(ctx, room_id=room_id)
    with pytest.raises(ValidationError, match="还登记着 1 件资产"):
        facilities.delete_room(ctx, room_id)
    assert room_id in facilities.room_ids(ctx)


def test_asset_tags_are_unique_among_live_assets(ctx):
    first = add_asset(ctx, tag="WL-9")
    with pytest.raises(ValidationError, match="已被使用") as err:
        add_asset(ctx, tag="WL-9")
    assert err.value.field == "asset_tag"
    facilities.delete_asset(ctx, first)
    second = add_asset(ctx, tag="WL-9")  # a deleted asset's tag may be reused
    with pytest.raises(ValidationError, match="已被使用"):
        facilities.restore_asset(ctx, first)  # ...and then the old one cannot come back silently
    assert facilities.get_asset(ctx, second).asset_tag == "WL-9"


def test_asset_room_must_be_live_and_of_the_same_unit(ctx):
    facilities_unit = station.add_org_unit(ctx, name="城关社区社工室", tier="community", area_kind="urban").ids[0]
    other_room = add_room(ctx, unit=facilities_unit)
    with pytest.raises(ValidationError, match="不属于该站点"):
        add_asset(ctx, room_id=other_room)
    gone = add_room(ctx, name="旧档案室", room_type="archive")
    facilities.delete_room(ctx, gone)
    with pytest.raises(ValidationError, match="不存在或已删除"):
        add_asset(ctx, tag="WL-2", room_id=gone)


def test_asset_update_and_rows(ctx):
    room_id = add_room(ctx)
    asset_id = add_asset(ctx, room_id=room_id, value_fen=350000)
    facilities.update_asset(ctx, asset_id, AssetUpdate(status="repair"))
    row = facilities.get_asset(ctx, asset_id)
    assert (row.status, row.room_name, row.value_fen, row.unit_name) == ("repair", "一号个案室", 350000, "首善街道社会工作服务站")


def test_search_sort_and_filter(demo_ctx):
    all_ids = facilities.asset_ids(demo_ctx)
    computers = facilities.asset_ids(demo_ctx, search="电脑")
    assert 0 < len(computers) < len(all_ids)
    rows = facilities.assets_by_id(demo_ctx, computers)
    assert all("电脑" in r.name or r.category == "computer" for r in rows.values())
    by_value = facilities.asset_ids(demo_ctx, sort="value_fen", descending=True)
    values = [facilities.assets_by_id(demo_ctx, by_value[:50])[i].value_fen for i in by_value[:50]]
    assert values == sorted(values, reverse=True)
    rooms = facilities.room_ids(demo_ctx, search="小组")
    assert rooms and all(r.room_type == "group" for r in facilities.rooms_by_id(demo_ctx, rooms).values())
    with pytest.raises(ValidationError):
        facilities.asset_ids(demo_ctx, sort="; DROP TABLE asset")


def test_compliance_names_the_missing_minimums(ctx):
    [unit] = facilities.compliance(ctx)
    assert not unit.met
    assert {i.key for i in unit.missing} == {"area", "room:office", "room:counselling", "room:group", "room:meeting"}
    for room_type, area in (("office", 30), ("counselling", 12), ("group", 20)):
        add_room(ctx, name=room_type, room_type=room_type, area=area)
    [unit] = facilities.compliance(ctx)
    assert {i.key for i in unit.missing} == {"room:meeting"}
    add_room(ctx, name="会议室", room_type="meeting", area=10)
    [unit] = facilities.compliance(ctx)
    assert unit.met


def test_compliance_follows_the_policy_profile(ctx, tmp_path, monkeypatch):
    from wulian_desk.services.station import policies

    strict = tmp_path / "strict.toml"
    strict.write_text('name = "严格"\n[facilities.township]\nmin_area_m2 = 500\nrequired_rooms = []\n', encoding="utf-8")
    monkeypatch.setenv("WULIAN_DESK_RESOURCES", str(tmp_path.parent))
    monkeypatch.setattr(policies, "policies_dir", lambda: tmp_path)
    policies.load_profile.cache_clear()
    policies.choose_profile(ctx, "strict")
    [unit] = facilities.compliance(ctx)
    assert [i.requirement_zh for i in unit.items] == ["用房面积不少于 500 平方米"]
    policies.load_profile.cache_clear()


def test_the_first_page_of_assets_is_the_front_of_the_id_list(demo_ctx):
    unit = facilities.assets_by_id(demo_ctx, facilities.asset_ids(demo_ctx)[:1]).popitem()[1].org_unit_id
    for query in ({}, {"sort": "name"}, {"sort": "value_fen", "descending": True}, {"sort": "unit"},
                  {"search": "电脑"}, {"org_unit_id": unit}, {"category": "printer", "sort": "purchase_date"}):
        ids = facilities.asset_ids(demo_ctx, **query)
        assert ids, query
        page = facilities.asset_page(demo_ctx, limit=30, **query)
        assert list(page) == ids[:30], query
        assert page == facilities.assets_by_id(demo_ctx, ids[:30])
    with pytest.raises(ValidationError, match="无法按"):
        facilities.asset_page(demo_ctx, limit=30, sort="colour")
