"""One person across stations, as the services see it at one installation: the grouping rule, the
national number, the person key made at a county and absent at a station without its county's
secret, certificates over a person's linked records, and the county's manual links."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from tests.conftest import PASSWORD, USERNAME, _make_station
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.people import check_national_number, count_people, group_people
from wulian_desk.core.person_key import person_key
from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.sync import person_secret
from wulian_desk.services.volunteering import certificates, people, service_hours, volunteers

NUMBER = make_id_number("610326", date(1970, 1, 2), 5, "female")


@pytest.fixture
def county_ctx(tmp_path):
    from wulian_desk.services.station import station

    _make_station(tmp_path / "county", tier="county")
    ctx = station.open_station(tmp_path / "county", passphrase=PASSWORD, username=USERNAME)
    yield ctx
    ctx.close()


def _input(ctx, number=NUMBER, *, national="", id_type="resident_id", name="刘桂芳"):
    return VolunteerInput(name=name, gender="female", org_unit_id=ctx.station_id, consent_on=date(2026, 1, 5),
                          id_number=number, id_type=id_type, national_number=national)


def _keys(ctx):
    with ctx.reading() as session:
        return dict(session.execute(text("SELECT id, person_key FROM volunteer")).all())


def test_the_grouping_rule_is_transitive_and_a_bare_record_is_its_own_person():
    records = [("r1", "k1", ""), ("r2", "k1", "N9"), ("r3", None, "N9"), ("r4", None, ""), ("r5", None, "")]
    groups = group_people(records, [("r4", "p"), ("r5", "p"), ("r9", "p")])
    assert groups["r1"] == groups["r2"] == groups["r3"] == "r1"
    assert groups["r4"] == groups["r5"] == "r4" and "r9" not in groups
    assert count_people(["r1", "r2", "r3", "r4", "r5", "r6"], groups) == 3  # r6 unknown: itself


def test_the_national_number_is_letters_and_digits_at_most_32():
    assert check_national_number(" 3201a0099 ") == "3201A0099" and check_national_number(None) == ""
    for bad in ("32-01", "编号1", "9" * 33):
        with pytest.raises(ValidationError, match="志愿者统一编号"):
            check_national_number(bad)


def test_a_station_without_its_countys_secret_keys_nobody(ctx):
    volunteer = volunteers.create_volunteer(ctx, _input(ctx, national="3201A0099")).ids[0]
    assert _keys(ctx) == {volunteer: None}
    with ctx.reading() as session:
        assert person_secret.held_secret(session) is None
        assert session.execute(text("SELECT national_number FROM volunteer")).scalar_one() == "3201A0099"
    with pytest.raises(ValidationError, match="志愿者统一编号"):
        volunteers.create_volunteer(ctx, _input(ctx, make_id_number("610326", date(1970, 1, 2), 6, "female"),
                                                national="32 01-99"))
    assert len(_keys(ctx)) == 1  # refused input changed nothing


def test_a_county_makes_its_secret_once_and_keys_what_it_writes(county_ctx):
    ctx = county_ctx
    first = volunteers.create_volunteer(ctx, _input(ctx)).ids[0]
    with ctx.reading() as session:
        secret = person_secret.held_secret(session)
    assert secret is not None
    assert _keys(ctx)[first] == person_key(secret, "resident_id", NUMBER)
    other = volunteers.create_volunteer(ctx, _input(ctx, "E1234567", id_type="other", name="安娜")).ids[0]
    with ctx.reading() as session:
        assert person_secret.held_secret(session) == secret  # made once
        docs = session.execute(text("SELECT count(*) FROM county_document WHERE kind = 'person_secret'")).scalar_one()
    assert docs == 1
    assert _keys(ctx)[other] == person_key(secret, "other", "E1234567") != _keys(ctx)[first]
    from wulian_desk.services.station import audit_log

    assert any(e.action == "person_secret" for e in audit_log.journal(ctx))


def test_a_certificate_covers_every_record_of_the_person_held_here(county_ctx, tmp_path):
    ctx = county_ctx
    one = volunteers.create_volunteer(ctx, _input(ctx, national="3201A0099")).ids[0]
    two = volunteers.create_volunteer(ctx, _input(ctx, "E1234567", id_type="other", national="3201a0099")).ids[0]
    three = volunteers.create_volunteer(ctx, _input(ctx, "E7654321", id_type="other", name="刘芳")).ids[0]
    for volunteer, hours in ((one, 3), (two, 2), (three, 4)):
        service_hours.record_service(ctx, volunteer, served_on=date.today() - timedelta(days=1), hours=hours,
                                     content="助老服务")
    assert people.people_count(ctx, "volunteer") == (2, 3)  # one and two share a national number
    people.link(ctx, "volunteer", [three, two])
    assert people.people_count(ctx, "volunteer") == (1, 3)
    issued = certificates.issue_person_certificate(ctx, one, tmp_path / "c.pdf")
    assert issued.minutes == 9 * 60 and issued.records == 3
    with ctx.reading() as session:
        row = session.execute(text("SELECT person_key, volunteer_id FROM volunteer_certificate")).one()
    assert row == (_keys(ctx)[one], one)
    assert certificates.verify_certificate(ctx, issued.code).matches
    with pytest.raises(ValidationError, match="至少"):
        people.link(ctx, "volunteer", [one])
    with pytest.raises(ValidationError, match="找不到"):
        people.link(ctx, "volunteer", [one, "01900000-0000-7000-8000-000000000000"])


def test_demo_data_at_a_county_is_keyed(county_ctx):
    from wulian_desk.services import demo

    demo.fill_demo(county_ctx, scale=1)
    with county_ctx.reading() as session:
        missing = session.execute(text(
            "SELECT (SELECT count(*) FROM volunteer WHERE person_key IS NULL) + "
            "(SELECT count(*) FROM client WHERE person_key IS NULL AND id_number IS NOT NULL)")).scalar_one()
        keyed = session.execute(text("SELECT count(*) FROM client WHERE person_key IS NOT NULL")).scalar_one()
    assert missing == 0 and keyed > 0


def test_the_roster_import_keys_and_numbers_volunteers(county_ctx, tmp_path):
    from tests.services.test_volunteers_import import number, roster_row, workbook
    from wulian_desk.core.roster import VOLUNTEER_COLUMNS
    from wulian_desk.services.volunteering import roster_import

    path = workbook(tmp_path / "roster.xlsx", VOLUNTEER_COLUMNS, [
        roster_row(1, national_number="3201a77"), roster_row(2, national_number="32-01"), roster_row(3)])
    dry = roster_import.import_roster(county_ctx, "volunteers", path, dry_run=True)
    assert (dry.taken, dry.refused) == (2, 1) and "志愿者统一编号" in dry.rows[1].reason
    with county_ctx.reading() as session:
        assert person_secret.held_secret(session) is None  # a dry run makes nothing
    report = roster_import.import_roster(county_ctx, "volunteers", path)
    assert report.taken == 2
    with county_ctx.reading() as session:
        secret = person_secret.held_secret(session)
        rows = dict(session.execute(text("SELECT id_number, person_key FROM volunteer")).all())
        national = session.execute(text("SELECT national_number FROM volunteer ORDER BY national_number")).scalars().all()
    assert rows == {number(n): person_key(secret, "resident_id", number(n)) for n in (1, 3)}
    assert national == ["", "3201A77"]
