"""Community activities: type, time, place, organiser and partners, who took part, and the major
events that must be reported."""

from datetime import date, datetime, timedelta

import pytest

from tests.services.test_volunteers import add_volunteer
from wulian_desk.core.activities import ActivityInput
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import RoomCreate
from wulian_desk.services.casework import clients
from wulian_desk.services.facilities import facilities
from wulian_desk.services.volunteering import activities


def activity_input(ctx, **extra) -> ActivityInput:
    fields = dict(title="重阳节敬老活动", activity_type="culture_sports", org_unit_id=ctx.station_id,
                  starts_at=datetime(2026, 10, 29, 9), ends_at=datetime(2026, 10, 29, 11, 30),
                  organiser="首善街道社工站", person_in_charge="王站长", place="滨河广场",
                  partners=["县老年协会", " 红十字会 ", "县老年协会"], description="为老人表演节目", planned_hours=2.5)
    fields.update(extra)
    return ActivityInput(**fields)


def add_client(ctx, name="刘芳") -> str:
    return clients.create_client(ctx, ClientInput(name=name, gender="female", org_unit_id=ctx.station_id,
                                                  birth_date=date(1950, 2, 3)),
                                 consent=ConsentInput(given_on=date(2026, 1, 2))).ids[0]


def test_an_activity_with_its_people(ctx):
    activity = activities.create_activity(ctx, activity_input(ctx)).ids[0]
    a, b = add_client(ctx), add_client(ctx, "赵敏")
    activities.add_participants(ctx, activity, [a, b, a])
    activities.add_participants(ctx, activity, [a])  # nobody twice
    activities.set_headcount(ctx, activity, 35)
    volunteer = add_volunteer(ctx)
    activities.add_volunteers(ctx, activity, [volunteer])
    row = activities.activities_by_id(ctx, [activity])[activity]
    assert row.activity_number == "HD2026-0001" and row.title == "重阳节敬老活动"
    assert (row.activity_type, row.place, row.organiser, row.person_in_charge) == (
        "culture_sports", "滨河广场", "首善街道社工站", "王站长")
    assert row.partners == ["县老年协会", "红十字会"]
    assert (row.participants, row.headcount_unregistered, row.volunteers, row.planned_minutes) == (2, 35, 1, 150)
    assert activities.activity_volunteers(ctx, activity) == [(volunteer, "张秀英")]
    assert activities.resolve_activity(ctx, "hd2026-0001") == activity


def test_a_room_or_a_place_outside(ctx):
    room = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="小组活动室", room_type="group",
                                                  area_m2=40)).ids[0]
    inside = activities.create_activity(ctx, activity_input(ctx, room_id=room, place="")).ids[0]
    assert activities.activities_by_id(ctx, [inside])[inside].place == "小组活动室"
    with pytest.raises(ValidationError, match="活动地点"):
        activities.create_activity(ctx, activity_input(ctx, place=""))


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"title": ""}, "活动名称"),
        ({"activity_type": "party"}, "活动类型"),
        ({"ends_at": datetime(2026, 10, 29, 8)}, "结束时间"),
        ({"organiser": ""}, "组织单位"),
        ({"headcount_unregistered": -1}, "人数"),
        ({"major_event": "parade"}, "重大活动"),
        ({"planned_hours": 0}, "0.5 到 24"),
        ({"room_id": "no-such-room"}, "房间"),
    ],
)
def test_invalid_activities_are_refused(ctx, extra, words):
    with pytest.raises(ValidationError, match=words):
        activities.create_activity(ctx, activity_input(ctx, **extra))
    assert activities.activity_ids(ctx) == []


def test_major_events_until_reported(ctx):
    festival = activities.create_activity(ctx, activity_input(ctx, major_event="festival")).ids[0]
    games = activities.create_activity(ctx, activity_input(
        ctx, title="社区运动会", major_event="sports", starts_at=datetime(2026, 9, 1, 8),
        ends_at=datetime(2026, 9, 1, 12))).ids[0]
    ordinary = activities.create_activity(ctx, activity_input(ctx, title="书法交流")).ids[0]
    assert [r.id for r in activities.unreported_major_events(ctx)] == [games, festival]
    activities.mark_reported(ctx, games, on=date(2026, 8, 25))
    assert [r.id for r in activities.unreported_major_events(ctx)] == [festival]
    assert activities.activities_by_id(ctx, [games])[games].reported_on == date(2026, 8, 25)
    with pytest.raises(ValidationError, match="不是需要报告"):
        activities.mark_reported(ctx, ordinary)
    with pytest.raises(ValidationError, match="晚于今天"):
        activities.mark_reported(ctx, festival, on=date.today() + timedelta(days=1))


def test_a_month_for_the_calendar(ctx):
    october = activities.create_activity(ctx, activity_input(ctx)).ids[0]
    december = activities.create_activity(ctx, activity_input(
        ctx, starts_at=datetime(2026, 12, 31, 19), ends_at=datetime(2026, 12, 31, 21))).ids[0]
    assert activities.activity_ids(ctx, month=(2026, 10)) == [october]
    assert activities.activity_ids(ctx, month=(2026, 12)) == [december]
    assert activities.activity_ids(ctx, month=(2026, 11)) == []


def test_unknown_people_are_refused(ctx):
    activity = activities.create_activity(ctx, activity_input(ctx)).ids[0]
    with pytest.raises(NotFoundError, match="找不到"):
        activities.add_participants(ctx, activity, ["nobody"])
    with pytest.raises(NotFoundError, match="志愿者"):
        activities.add_volunteers(ctx, activity, ["nobody"])
    assert activities.activities_by_id(ctx, [activity])[activity].participants == 0
