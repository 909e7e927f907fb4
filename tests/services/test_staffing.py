"""Staff, their training and the yearly operating funds of each station and room, held against
the minimums of the policy profile; spending beyond what is left is refused and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk.core.errors import ValidationError
from wulian_desk.services.parties import projects, staffing
from wulian_desk.services.station import station

YEAR = date.today().year


def test_staff_and_trainings_lists(ctx):
    agency = projects.create_agency(ctx, name="眉县启航社会工作服务中心").ids[0]
    first = staffing.add_staff(ctx, name="周晓燕", post="驻站社工", certificate="assistant", agency_id=agency,
                               phone="13912345678").ids[0]
    second = staffing.add_staff(ctx, name="吴磊", post="专职社工").ids[0]
    staffing.add_training(ctx, [first, second, first], name="督导实务", hours=12, held_on=date(YEAR, 1, 2))
    staffing.add_training(ctx, [first], name="往年培训", hours=40, held_on=date(YEAR - 1, 5, 6))
    with pytest.raises(ValidationError, match="请选择参训人员"):
        staffing.add_training(ctx, [], name="空", hours=1, held_on=date(YEAR, 1, 2))
    assert staffing.staff_ids(ctx, search="启航") == [first] and staffing.staff_tally(ctx) == (2, 1)
    row = staffing.staff_by_id(ctx, [first])[first]
    assert (row.phone, row.agency, row.training_hours, row.year_hours) == ("139****5678", "眉县启航社会工作服务中心", 52, 12)
    assert len(staffing.training_ids(ctx)) == 3 and len(staffing.training_ids(ctx, year=YEAR)) == 2
    [older] = staffing.training_ids(ctx, search="往年")
    assert staffing.trainings_by_id(ctx, [older])[older].staff_name == "周晓燕"
    view = staffing.view_staff(ctx, first)
    assert view.staff.phone == "139****5678" and [t.name for t in view.trainings] == ["督导实务", "往年培训"]


def _summary(ctx):
    return {line.unit_name: line for line in staffing.operating_fund_summary(ctx, YEAR)}


def test_operating_funds_against_the_minimum_of_each_tier(ctx):
    urban = station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban").ids[0]
    station.add_org_unit(ctx, name="槐芽村", tier="community", area_kind="rural")
    staffing.record_operating_funds(ctx, org_unit_id=ctx.station_id, year=YEAR, entry="received", amount_fen=2_000_000,
                                    on=date(YEAR, 1, 2))
    staffing.record_operating_funds(ctx, org_unit_id=urban, year=YEAR, entry="received", amount_fen=900_000,
                                    on=date(YEAR, 1, 2))
    staffing.record_operating_funds(ctx, org_unit_id=urban, year=YEAR, entry="spent", amount_fen=300_000,
                                    on=date(YEAR, 1, 3), note="活动物资")
    lines = _summary(ctx)
    township = lines["首善街道社会工作服务站"]
    assert (township.minimum_fen, township.met, township.left_fen) == (2_000_000, True, 2_000_000)
    community = lines["滨河社区"]
    assert (community.received_fen, community.spent_fen, community.left_fen) == (900_000, 300_000, 600_000)
    assert (community.minimum_fen, community.met) == (1_000_000, False)
    assert (lines["槐芽村"].minimum_fen, lines["槐芽村"].met) == (None, None)  # the minimum is for urban rooms
    assert len(staffing.operating_fund_ids(ctx, org_unit_id=urban)) == 2
    [spent] = staffing.operating_fund_ids(ctx, search="物资")
    assert staffing.operating_funds_by_id(ctx, [spent])[spent].entry == "spent"


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    (dict(entry="spent", amount_fen=600_001), "amount_fen", "结余只有 6,000.00 元，不能支出 6,000.01 元"),
    (dict(amount_fen=0), "amount_fen", "大于 0"),
    (dict(on=date(YEAR - 1, 12, 31)), "on", "所记年度内"),
    (dict(entry="borrowed"), "entry", "收入或支出"),
    (dict(org_unit_id="nope"), "org_unit_id", "请选择"),
])
def test_bad_operating_funds_are_refused_and_change_nothing(ctx, kwargs, field, words):
    staffing.record_operating_funds(ctx, org_unit_id=ctx.station_id, year=YEAR, entry="received", amount_fen=1_000_000,
                                    on=date(YEAR, 1, 2))
    staffing.record_operating_funds(ctx, org_unit_id=ctx.station_id, year=YEAR, entry="spent", amount_fen=400_000,
                                    on=date(YEAR, 1, 2))
    before = staffing.operating_fund_ids(ctx)
    entry = dict(org_unit_id=ctx.station_id, year=YEAR, entry="received", amount_fen=100, on=date(YEAR, 1, 2)) | kwargs
    with pytest.raises(ValidationError, match=words) as err:
        staffing.record_operating_funds(ctx, **entry)
    assert err.value.field == field and staffing.operating_fund_ids(ctx) == before


def test_an_unknown_community_is_refused_in_words_for_what_is_recorded(ctx):
    from wulian_desk.services.parties import charity

    for add, words in ((lambda: staffing.add_staff(ctx, name="李红", post="社工", org_unit_id="no-such-unit"), "员工"),
                       (lambda: projects.create_agency(ctx, name="阳光社工", org_unit_id="no-such-unit"), "承接机构"),
                       (lambda: charity.create_fund(ctx, name="爱心超市", fund_type="supermarket",
                                                    org_unit_id="no-such-unit"), "社区基金或慈善超市")):
        with pytest.raises(ValidationError) as refused:
            add()
        assert refused.value.message == f"请选择{words}所在的社区。" and refused.value.field == "org_unit_id"
