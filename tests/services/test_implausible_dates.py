"""Dates that cannot be true are refused on every path a person types or imports them: the
refusal names the field and says exactly what is wrong, and nothing is written."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from wulian_desk.catalogue import english
from wulian_desk.core.activities import ActivityInput, GroupInput
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.models import AssetUpdate
from wulian_desk.core.organisations import OrganisationInput
from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.casework import cases, clients, forms, groups
from wulian_desk.services.facilities import facilities
from wulian_desk.services.parties import charity, organisations, projects, staffing
from wulian_desk.services.volunteering import (
    activities,
    certificates,
    roster_import,
    service_hours,
    volunteers,
)

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)
NEXT_YEAR = TODAY.replace(year=TODAY.year + 1, day=min(TODAY.day, 28))
YEAR_ONE = date(1, 1, 1)
LONG_AHEAD = TODAY.replace(year=TODAY.year + 7, day=min(TODAY.day, 28))
FUTURE = f"晚于今天（{TODAY.isoformat()}）"
_TYPED_DAY = re.compile(r" ?\d{4}-\d{2}-\d{2} (?=晚于今天)")


def _without_typed_day(message: str) -> str:
    """A refusal names the day typed before 晚于今天 (出生日期 2027-01-01 晚于今天); the words
    here leave that day out, as it differs from path to path."""
    return _TYPED_DAY.sub(" ", message)
TOO_EARLY = "早于 2000-01-01，请核对"


def _snapshot(ctx) -> dict[str, tuple]:
    """Row count and highest version counter of every table: any write changes one of them."""
    with ctx.reading() as session:
        tables = [
            r[0]
            for r in session.execute(
                text(
                    "SELECT name FROM sqlite_master "
                    "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ).all()
        ]
        shot = {}
        for table in tables:
            columns = {r[1] for r in session.execute(text(f'PRAGMA table_info("{table}")')).all()}
            extra = ", max(counter)" if "counter" in columns else ""
            shot[table] = tuple(
                session.execute(text(f'SELECT count(*){extra} FROM "{table}"')).one()
            )
    return shot


def _first(ctx, sql: str) -> str:
    with ctx.reading() as session:
        return session.execute(text(sql)).scalar_one()


@pytest.fixture
def ids(demo_ctx) -> dict[str, str]:
    return {
        "client": _first(demo_ctx, "SELECT id FROM client WHERE deleted = 0 ORDER BY id LIMIT 1"),
        "consented": _first(
            demo_ctx,
            "SELECT client_id FROM consent WHERE deleted = 0 AND withdrawn_on IS NULL "
            "ORDER BY id LIMIT 1",
        ),
        "case": _first(
            demo_ctx,
            "SELECT id FROM case_file WHERE deleted = 0 AND stage NOT IN ('closed', "
            "'referred') ORDER BY id LIMIT 1",
        ),
        "volunteer": _first(
            demo_ctx, "SELECT id FROM volunteer WHERE deleted = 0 ORDER BY id LIMIT 1"
        ),
        "team": _first(
            demo_ctx, "SELECT id FROM volunteer_team WHERE deleted = 0 ORDER BY id LIMIT 1"
        ),
        "record": _first(
            demo_ctx,
            "SELECT id FROM service_record WHERE superseded_by IS NULL ORDER BY id LIMIT 1",
        ),
        "group": _first(
            demo_ctx, "SELECT id FROM group_work WHERE deleted = 0 ORDER BY id LIMIT 1"
        ),
        "worker": _first(demo_ctx, "SELECT id FROM account WHERE deleted = 0 ORDER BY id LIMIT 1"),
        "donor": _first(demo_ctx, "SELECT id FROM donor WHERE deleted = 0 ORDER BY id LIMIT 1"),
        "fund": _first(demo_ctx, "SELECT id FROM fund WHERE deleted = 0 ORDER BY id LIMIT 1"),
        "project": _first(demo_ctx, "SELECT id FROM project WHERE deleted = 0 ORDER BY id LIMIT 1"),
        "staff": _first(demo_ctx, "SELECT id FROM staff WHERE deleted = 0 ORDER BY id LIMIT 1"),
        "organisation": _first(
            demo_ctx, "SELECT id FROM organisation WHERE deleted = 0 ORDER BY id LIMIT 1"
        ),
        "asset": _first(demo_ctx, "SELECT id FROM asset WHERE deleted = 0 ORDER BY id LIMIT 1"),
    }


def _client(ctx, **changes) -> ClientInput:
    return ClientInput(
        **(
            {
                "name": "王秀兰",
                "gender": "female",
                "org_unit_id": ctx.station_id,
                "birth_date": date(1948, 5, 6),
            }
            | changes
        )
    )


def _volunteer(ctx, **changes) -> VolunteerInput:
    return VolunteerInput(
        **(
            {
                "name": "张秀英",
                "gender": "female",
                "org_unit_id": ctx.station_id,
                "consent_on": TODAY,
                "id_type": "other",
                "id_number": "A1234567",
                "birth_date": date(1962, 3, 4),
            }
            | changes
        )
    )


def _activity(ctx, start: datetime) -> ActivityInput:
    return ActivityInput(
        title="独居老人探访",
        activity_type="neighbour_watch",
        org_unit_id=ctx.station_id,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        organiser="首善街道社工站",
        person_in_charge="王站长",
        place="滨河社区",
    )


def _organisation(ctx, **changes) -> OrganisationInput:
    return OrganisationInput(
        **(
            {
                "name": "滨河社区老年协会",
                "org_unit_id": ctx.station_id,
                "org_type": "mutual_aid",
                "status": "filed",
                "leader": "李大爷",
                "filed_on": date(2020, 5, 1),
            }
            | changes
        )
    )


def _at(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=9)


# (what, call, field, words): each call types one implausible date on one path.
PATHS = [
    (
        "client born tomorrow",
        lambda c, i: clients.create_client(c, _client(c, birth_date=TOMORROW)),
        "birth_date",
        f"出生日期 {FUTURE}",
    ),
    (
        "client born in 1899",
        lambda c, i: clients.create_client(c, _client(c, birth_date=date(1899, 12, 31))),
        "birth_date",
        "出生日期早于 1900-01-01，请核对",
    ),
    (
        "client edited to a future birth",
        lambda c, i: clients.update_client(c, i["client"], _client(c, birth_date=NEXT_YEAR)),
        "birth_date",
        f"出生日期 {FUTURE}",
    ),
    (
        "consent of year one at intake",
        lambda c, i: clients.create_client(c, _client(c), consent=ConsentInput(given_on=YEAR_ONE)),
        "given_on",
        f"同意日期{TOO_EARLY}",
    ),
    (
        "consent recorded tomorrow",
        lambda c, i: clients.record_consent(c, i["client"], ConsentInput(given_on=TOMORROW)),
        "given_on",
        f"同意日期 {FUTURE}",
    ),
    (
        "consent withdrawn next year",
        lambda c, i: clients.withdraw_consent(c, i["consented"], on=NEXT_YEAR),
        "withdrawn_on",
        f"撤回日期 {FUTURE}",
    ),
    (
        "case opened in year one",
        lambda c, i: cases.open_case(c, client_id=i["client"], title="照护", opened_on=YEAR_ONE),
        "opened_on",
        "开案日期" + TOO_EARLY,
    ),
    (
        "case opened tomorrow",
        lambda c, i: cases.open_case(c, client_id=i["client"], title="照护", opened_on=TOMORROW),
        "opened_on",
        "开案日期 " + FUTURE,
    ),
    (
        "review seven years ahead",
        lambda c, i: cases.open_case(
            c, client_id=i["client"], title="照护", next_review_on=LONG_AHEAD
        ),
        "next_review_on",
        "（今天起 5 年），请核对",
    ),
    (
        "review before the case opened",
        lambda c, i: cases.open_case(
            c,
            client_id=i["client"],
            title="照护",
            opened_on=TODAY - timedelta(days=5),
            next_review_on=TODAY - timedelta(days=6),
        ),
        "next_review_on",
        "不能早于开案日期",
    ),
    (
        "session next year",
        lambda c, i: cases.add_session(
            c, i["case"], on=NEXT_YEAR, minutes=30, session_type="interview", content="面谈"
        ),
        "on",
        "服务日期 " + FUTURE,
    ),
    (
        "session in year one",
        lambda c, i: cases.add_session(
            c, i["case"], on=YEAR_ONE, minutes=30, session_type="interview", content="面谈"
        ),
        "on",
        "服务日期" + TOO_EARLY,
    ),
    (
        "supervision tomorrow",
        lambda c, i: cases.add_supervision(
            replace(c, role="supervisor"), i["case"], on=TOMORROW, notes="督导"
        ),
        "on",
        "督导日期 " + FUTURE,
    ),
    (
        "stage moved tomorrow",
        lambda c, i: cases.move_case(c, i["case"], "paused", on=TOMORROW),
        "on",
        "阶段变更日期 " + FUTURE,
    ),
    (
        "form filled in year one",
        lambda c, i: cases.record_form(
            c, i["case"], form_id="intake", form_version=1, answers={}, filled_on=YEAR_ONE
        ),
        "filled_on",
        "填表日期" + TOO_EARLY,
    ),
    (
        "form field of year one",
        lambda c, i: forms.fill_case_form(
            c, i["case"], "process_record", {"session_date": "0001-01-01"}
        ),
        "session_date",
        TOO_EARLY,
    ),
    (
        "volunteer consent tomorrow",
        lambda c, i: volunteers.create_volunteer(c, _volunteer(c, consent_on=TOMORROW)),
        "consent_on",
        FUTURE,
    ),
    (
        "volunteer consent in year one",
        lambda c, i: volunteers.create_volunteer(c, _volunteer(c, consent_on=YEAR_ONE)),
        "consent_on",
        TOO_EARLY,
    ),
    (
        "volunteer born next year",
        lambda c, i: volunteers.update_volunteer(
            c, i["volunteer"], _volunteer(c, birth_date=NEXT_YEAR)
        ),
        "birth_date",
        f"出生日期 {FUTURE}",
    ),
    (
        "service hours next year",
        lambda c, i: service_hours.record_service(
            c, i["volunteer"], served_on=NEXT_YEAR, hours=2, content="探访"
        ),
        "served_on",
        "服务日期 " + FUTURE,
    ),
    (
        "service hours in year one",
        lambda c, i: service_hours.record_service(
            c, i["volunteer"], served_on=YEAR_ONE, hours=2, content="探访"
        ),
        "served_on",
        "服务日期" + TOO_EARLY,
    ),
    (
        "service hours corrected to 1999",
        lambda c, i: service_hours.correct_service_record(
            c, i["record"], reason="日期填错", served_on=date(1999, 12, 31)
        ),
        "served_on",
        "服务日期" + TOO_EARLY,
    ),
    (
        "team founded next year",
        lambda c, i: volunteers.create_team(c, name="银龄服务队", founded_on=NEXT_YEAR),
        "founded_on",
        "成立日期 " + FUTURE,
    ),
    (
        "joined a team tomorrow",
        lambda c, i: volunteers.join_team(c, i["team"], [i["volunteer"]], joined_on=TOMORROW),
        "joined_on",
        FUTURE,
    ),
    (
        "volunteer trained in year one",
        lambda c, i: volunteers.add_training(
            c, i["volunteer"], name="急救", hours=2, organiser="红十字会", held_on=YEAR_ONE
        ),
        "held_on",
        TOO_EARLY,
    ),
    (
        "award next year",
        lambda c, i: volunteers.add_award(
            c, i["volunteer"], name="优秀志愿者", awarded_on=NEXT_YEAR, awarded_by="街道"
        ),
        "awarded_on",
        FUTURE,
    ),
    (
        "evaluated in year one",
        lambda c, i: volunteers.add_evaluation(
            c, i["volunteer"], rating="good", evaluated_on=YEAR_ONE
        ),
        "evaluated_on",
        TOO_EARLY,
    ),
    (
        "activity in year one",
        lambda c, i: activities.create_activity(c, _activity(c, _at(YEAR_ONE))),
        "starts_at",
        "开始时间" + TOO_EARLY,
    ),
    (
        "activity seven years ahead",
        lambda c, i: activities.create_activity(c, _activity(c, _at(LONG_AHEAD))),
        "starts_at",
        "（今天起 5 年），请核对",
    ),
    (
        "group starting seven years ahead",
        lambda c, i: groups.create_group(
            c,
            GroupInput(
                name="长者互助",
                org_unit_id=c.station_id,
                worker_id=i["worker"],
                goals="互助",
                target_members="长者",
                starts_on=LONG_AHEAD,
            ),
        ),
        "starts_on",
        "（今天起 5 年），请核对",
    ),
    (
        "group session in year one",
        lambda c, i: groups.add_group_session(c, i["group"], held_on=YEAR_ONE, plan="破冰"),
        "held_on",
        TOO_EARLY,
    ),
    (
        "group member joined next year",
        lambda c, i: groups.add_members(c, i["group"], [i["client"]], joined_on=NEXT_YEAR),
        "joined_on",
        FUTURE,
    ),
    (
        "donation received tomorrow",
        lambda c, i: charity.receive_donation(
            c, donor_id=i["donor"], fund_id=i["fund"], received_on=TOMORROW, amount_fen=100
        ),
        "received_on",
        "接收日期 " + FUTURE,
    ),
    (
        "allocation in year one",
        lambda c, i: charity.allocate(
            c,
            fund_id=i["fund"],
            recipient_kind="client",
            recipient_id=i["client"],
            allocated_on=YEAR_ONE,
            amount_fen=1,
        ),
        "allocated_on",
        "分配日期" + TOO_EARLY,
    ),
    (
        "project created tomorrow",
        lambda c, i: projects.create_project(c, name="助老项目", on=TOMORROW),
        "on",
        FUTURE,
    ),
    (
        "project period seven years ahead",
        lambda c, i: projects.set_agreement(
            c, i["project"], agency_name="", contract_fen=0, period_from=TODAY, period_to=LONG_AHEAD
        ),
        "period_to",
        "（今天起 5 年），请核对",
    ),
    (
        "project period edited to year one",
        lambda c, i: projects.update_project(c, i["project"], period_from=YEAR_ONE),
        "period_from",
        TOO_EARLY,
    ),
    (
        "project spending next year",
        lambda c, i: projects.add_spending(
            c, i["project"], amount_fen=100, spent_on=NEXT_YEAR, purpose="物资"
        ),
        "spent_on",
        "支出日期 " + FUTURE,
    ),
    (
        "project moved tomorrow",
        lambda c, i: projects.move_project(c, i["project"], "published", on=TOMORROW),
        "on",
        FUTURE,
    ),
    (
        "staff trained next year",
        lambda c, i: staffing.add_training(
            c, [i["staff"]], name="督导培训", hours=4, held_on=NEXT_YEAR
        ),
        "held_on",
        "培训日期 " + FUTURE,
    ),
    (
        "operating funds in year one",
        lambda c, i: staffing.record_operating_funds(
            c, org_unit_id=c.station_id, year=1, entry="received", amount_fen=100, on=YEAR_ONE
        ),
        "on",
        TOO_EARLY,
    ),
    (
        "organisation filed in year one",
        lambda c, i: organisations.create_organisation(c, _organisation(c, filed_on=YEAR_ONE)),
        "filed_on",
        "备案日期" + TOO_EARLY,
    ),
    (
        "organisation founded next year",
        lambda c, i: organisations.update_organisation(
            c, i["organisation"], _organisation(c, founded_on=NEXT_YEAR)
        ),
        "founded_on",
        "成立日期 " + FUTURE,
    ),
    (
        "organisation evaluated tomorrow",
        lambda c, i: organisations.evaluate(
            c, i["organisation"], year=TODAY.year, result="good", evaluated_on=TOMORROW
        ),
        "evaluated_on",
        FUTURE,
    ),
    (
        "asset bought next year",
        lambda c, i: facilities.update_asset(c, i["asset"], AssetUpdate(purchase_date=NEXT_YEAR)),
        "purchase_date",
        "购置日期 " + FUTURE,
    ),
    (
        "asset bought in 1899",
        lambda c, i: facilities.update_asset(
            c, i["asset"], AssetUpdate(purchase_date=date(1899, 1, 1))
        ),
        "purchase_date",
        "购置日期早于 1900-01-01",
    ),
    (
        "certificate up to next year",
        lambda c, i: certificates.issue_certificate(
            c, i["volunteer"], Path("unused.pdf"), period_to=NEXT_YEAR
        ),
        "period_to",
        FUTURE,
    ),
]


@pytest.mark.parametrize(
    ("call", "field", "words"), [p[1:] for p in PATHS], ids=[p[0] for p in PATHS]
)
def test_an_implausible_date_is_refused_by_name_and_nothing_is_written(
    demo_ctx, ids, call, field, words
):
    before = _snapshot(demo_ctx)
    with pytest.raises(ValidationError) as err:
        call(demo_ctx, ids)
    assert err.value.field == field
    assert words in _without_typed_day(err.value.message)
    assert english(err.value.text) != str(err.value)
    assert _snapshot(demo_ctx) == before


def test_a_roster_row_of_service_hours_next_year_is_refused_with_the_reason(demo_ctx, tmp_path):
    from openpyxl import load_workbook

    volunteer = volunteers.view_volunteer(
        demo_ctx,
        _first(
            demo_ctx,
            "SELECT id FROM volunteer WHERE deleted = 0 AND id_type = 'resident_id' "
            "ORDER BY id LIMIT 1",
        ),
        full=True,
    ).volunteer
    activity = _first(
        demo_ctx, "SELECT activity_number FROM activity WHERE deleted = 0 ORDER BY id LIMIT 1"
    )
    path = roster_import.write_template("hours", tmp_path / "hours.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in next(sheet.iter_rows(min_row=1, max_row=1))]
    header_row = 1
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if any(v and "身份证" in str(v) for v in row):
            headers, header_row = list(row), number
            break
    values = {
        "身份证": volunteer.id_number,
        "姓名": volunteer.name,
        "服务日期": "2099-01-05",
        "活动": activity,
        "时长": "2",
    }
    sheet.delete_rows(header_row + 1, sheet.max_row)
    for column, header in enumerate(headers, start=1):
        for key, value in values.items():
            if header and key in str(header):
                sheet.cell(row=header_row + 1, column=column, value=value)
    book.save(path)
    before = _snapshot(demo_ctx)
    report = roster_import.import_roster(demo_ctx, "hours", path)
    assert [row.taken for row in report.rows] == [False]
    assert f"服务日期 {FUTURE}" in _without_typed_day(report.rows[0].reason)
    after = _snapshot(demo_ctx)
    after.pop("audit_entry"), before.pop("audit_entry")  # the attempt itself may be journaled
    assert after == before


def test_realistic_dates_still_go_through(demo_ctx, ids):
    """The ranges refuse slips, not real work: yesterday's session, a centenarian, a review next
    year and an activity announced for next month are kept."""
    clients.create_client(
        demo_ctx, _client(demo_ctx, birth_date=date(TODAY.year - 101, 1, 1)), confirm_duplicate=True
    )
    cases.add_session(
        demo_ctx,
        ids["case"],
        on=TODAY - timedelta(days=1),
        minutes=30,
        session_type="phone",
        content="电话回访",
    )
    cases.open_case(demo_ctx, client_id=ids["client"], title="照护", next_review_on=NEXT_YEAR)
    activities.create_activity(demo_ctx, _activity(demo_ctx, _at(TODAY + timedelta(days=30))))
    volunteers.create_volunteer(
        demo_ctx, replace(_volunteer(demo_ctx), consent_on=date(2000, 1, 1))
    )
