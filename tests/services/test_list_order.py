"""What a list asks of its service when the user sorts or searches: names by pinyin, the order
chosen in either direction, blanks last, and search on the activities and groups lists."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.services.test_activities import activity_input
from tests.services.test_groups import group_input
from wulian_desk.core.clients import ClientInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.organisations import OrganisationInput
from wulian_desk.services.casework import clients, groups
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.ordering import order_ids
from wulian_desk.services.parties import organisations
from wulian_desk.services.volunteering import activities

# Code-point order puts 中 (U+4E2D) before 安 (U+5B89) before 白 (U+767D); a dictionary does not.
NAMES = ["中心互助会", "白云志愿队", "安康协会"]
PINYIN = ["安康协会", "白云志愿队", "中心互助会"]


def test_pinyin_key_orders_as_a_dictionary_does():
    assert sorted(NAMES) != PINYIN
    assert sorted(NAMES, key=pinyin_key) == PINYIN
    assert pinyin_key("西安") < pinyin_key("先")  # xi·an before xian: syllable by syllable


def test_order_ids_keeps_blanks_last_and_ties_in_order():
    rows = {"a": 2, "b": None, "c": 1, "d": 2}
    keys = {"n": lambda r: r}
    assert order_ids(list("abcd"), lambda ids: rows, keys, "n") == ["c", "a", "d", "b"]
    assert order_ids(list("abcd"), lambda ids: rows, keys, "n", descending=True) == ["a", "d", "c", "b"]
    assert order_ids(list("abcd"), lambda ids: rows, keys, None) == list("abcd")
    with pytest.raises(ValidationError):
        order_ids(list("abcd"), lambda ids: rows, keys, "size")


def test_organisations_sort_by_pinyin(ctx):
    for number, name in enumerate(NAMES):
        organisations.create_organisation(ctx, OrganisationInput(
            name=name, org_unit_id=ctx.station_id, org_type="charity", status="registered", leader="王秀兰",
            registration_number=f"眉民社登字第00{number}号"))
    rows = organisations.organisations_by_id(ctx, organisations.organisation_ids(ctx, sort="name"))
    ids = organisations.organisation_ids(ctx, sort="name")
    assert [rows[i].name for i in ids] == PINYIN
    assert [rows[i].name for i in organisations.organisation_ids(ctx, sort="name", descending=True)] == PINYIN[::-1]


def test_clients_sort_by_their_stored_pinyin_key_and_by_birth_date(ctx):
    born = {"赵敏": date(1950, 1, 1), "艾青": date(1970, 1, 1), "刘芳": date(1940, 1, 1)}
    for name, birth in born.items():
        clients.create_client(ctx, ClientInput(name=name, gender="female", org_unit_id=ctx.station_id, birth_date=birth))

    def names(**query):
        ids = clients.client_ids(ctx, **query)
        rows = clients.clients_by_id(ctx, ids)
        return [rows[i].name for i in ids]

    assert names() == ["艾青", "刘芳", "赵敏"]
    assert names(descending=True) == ["赵敏", "刘芳", "艾青"]
    assert names(sort="birth_date") == ["刘芳", "赵敏", "艾青"]
    assert sorted(names(sort="unit")) == sorted(born)  # one community: all of them, by id
    assert list(clients.client_page(ctx, limit=2, sort="birth_date", descending=True)) == \
        clients.client_ids(ctx, sort="birth_date", descending=True)[:2]
    with pytest.raises(ValidationError):
        clients.client_ids(ctx, sort="phone")


def test_activities_are_searched_by_title_number_and_place(ctx):
    first = activities.create_activity(ctx, activity_input(ctx)).ids[0]
    second = activities.create_activity(ctx, activity_input(
        ctx, title="邻里议事会", place="社区会议室", starts_at=datetime(2026, 11, 2, 9),
        ends_at=datetime(2026, 11, 2, 10))).ids[0]
    assert activities.activity_ids(ctx, search="议事") == [second]
    assert activities.activity_ids(ctx, search="滨河") == [first]
    number = activities.activities_by_id(ctx, [first])[first].activity_number
    assert activities.activity_ids(ctx, search=number) == [first]
    assert activities.activity_ids(ctx, search="没有这个活动") == []
    assert activities.activity_ids(ctx) == [second, first]  # newest first, as the arrow says
    # 重阳 is chóng yáng, before 邻里 lín lǐ (in code points 邻 comes first).
    assert activities.activity_ids(ctx, sort="title") == [first, second]
    assert activities.activity_ids(ctx, sort="title", descending=True) == [second, first]
    assert activities.activity_ids(ctx, sort="starts_at") == [first, second]


def test_groups_are_searched_by_name_goals_and_worker(ctx):
    elders = groups.create_group(ctx, group_input(ctx)).ids[0]
    youth = groups.create_group(ctx, group_input(ctx, name="青少年成长小组", goals="提升自信",
                                                 starts_on=date(2026, 10, 1))).ids[0]
    assert groups.group_ids(ctx, search="成长") == [youth]
    assert groups.group_ids(ctx, search="空巢") == [elders]
    assert groups.group_ids(ctx, search="没有") == []
    assert groups.group_ids(ctx) == [youth, elders]
    assert groups.group_ids(ctx, sort="name") == [youth, elders]  # qīng before yín
    assert groups.group_ids(ctx, sort="starts_on") == [elders, youth]


def test_cases_sort_by_number_client_and_review_in_their_sql(ctx):
    from wulian_desk.services.casework import cases

    opened = {}
    for name, day in (("赵敏", 3), ("艾青", 1), ("刘芳", 2)):
        client = clients.create_client(ctx, ClientInput(name=name, gender="female", org_unit_id=ctx.station_id,
                                                        birth_date=date(1950, 1, 1))).ids[0]
        opened[name] = cases.open_case(ctx, client_id=client, title="照护", opened_on=date(2026, 11, day),
                                       next_review_on=date(2026, 12, 4 - day) if day != 2 else None).ids[0]
    rows = cases.cases_by_id(ctx, list(opened.values()))

    def names(**query):
        return [rows[i].client_name for i in cases.case_ids(ctx, **query)]

    assert names() == ["赵敏", "刘芳", "艾青"]  # newest opened first, unasked
    assert names(sort="client", descending=False) == ["艾青", "刘芳", "赵敏"]
    assert names(sort="next_review_on", descending=False) == ["赵敏", "艾青", "刘芳"]  # no date: last
    assert names(sort="next_review_on", descending=True) == ["艾青", "赵敏", "刘芳"]
    numbers = [rows[i].case_number for i in cases.case_ids(ctx, sort="case_number", descending=False)]
    assert numbers == sorted(numbers)
    assert list(cases.case_page(ctx, limit=1, sort="client", descending=True)) == [opened["赵敏"]]
    with pytest.raises(ValidationError):
        cases.case_ids(ctx, sort="title")
