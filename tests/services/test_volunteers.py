"""Volunteers: registration with consent and a checked ID number, masked lists, teams, training,
awards and evaluations."""

from datetime import date, timedelta

import pytest

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.station import audit_log
from wulian_desk.services.volunteering import service_hours, volunteers
from wulian_desk.services.volunteering.volunteers import DuplicateVolunteerError

BORN = date(1958, 3, 12)
ID_NUMBER = make_id_number("610326", BORN, 7, "female")


def volunteer_input(ctx, name="张秀英", id_number=ID_NUMBER, **extra):
    fields = dict(name=name, gender="female", org_unit_id=ctx.station_id, consent_on=date(2026, 3, 1),
                  id_number=id_number, phone="13900001234", residence_area="滨河社区", skills="退休教师",
                  service_categories=["elderly_disabled", "culture"])
    fields.update(extra)
    return VolunteerInput(**fields)


def add_volunteer(ctx, **extra) -> str:
    return volunteers.create_volunteer(ctx, volunteer_input(ctx, **extra)).ids[0]


def test_a_volunteer_is_kept_with_the_fields_of_order_67(ctx):
    volunteer_id = add_volunteer(ctx)
    view = volunteers.view_volunteer(ctx, volunteer_id, full=True)
    v = view.volunteer
    assert (v.name, v.gender, v.birth_date, v.id_number) == ("张秀英", "female", BORN, ID_NUMBER)
    assert (v.residence_area, v.phone, v.skills, v.consent_on) == ("滨河社区", "13900001234", "退休教师", date(2026, 3, 1))
    assert v.service_categories == '["elderly_disabled", "culture"]'
    assert v.name_initials == "zxy"


def test_the_birth_date_comes_from_the_id_number(ctx):
    volunteer_id = add_volunteer(ctx, birth_date=None)
    assert volunteers.view_volunteer(ctx, volunteer_id).volunteer.birth_date == BORN


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"id_number": ID_NUMBER[:-1] + ("0" if ID_NUMBER[-1] != "0" else "1")}, "校验位"),
        ({"id_number": ""}, "身份证"),
        ({"name": " "}, "姓名"),
        ({"gender": "male"}, "性别"),
        ({"consent_on": date.today() + timedelta(days=1)}, "同意"),
        ({"service_categories": ["space"]}, "服务类别"),
        ({"phone": "12345"}, "电话"),
    ],
)
def test_invalid_volunteers_are_refused(ctx, extra, words):
    with pytest.raises(ValidationError, match=words):
        add_volunteer(ctx, **extra)
    assert volunteers.volunteer_ids(ctx) == []


def test_other_id_documents_are_kept_unchecked(ctx):
    volunteer_id = add_volunteer(ctx, id_type="other", id_number="E12345678", birth_date=BORN)
    assert volunteers.view_volunteer(ctx, volunteer_id, full=True).volunteer.id_number == "E12345678"


def test_one_volunteer_per_id_number(ctx):
    add_volunteer(ctx)
    with pytest.raises(DuplicateVolunteerError, match="已登记"):
        add_volunteer(ctx, name="张秀英二")
    other = add_volunteer(ctx, id_number=make_id_number("610326", BORN, 9, "female"))
    with pytest.raises(DuplicateVolunteerError):
        volunteers.update_volunteer(ctx, other, volunteer_input(ctx))


def test_lists_mask_numbers_and_views_are_journaled(ctx):
    volunteer_id = add_volunteer(ctx)
    row = volunteers.volunteers_by_id(ctx, [volunteer_id])[volunteer_id]
    assert row.id_number == ID_NUMBER[:4] + "*" * 10 + ID_NUMBER[-4:] and row.phone == "139****1234"
    assert volunteers.view_volunteer(ctx, volunteer_id).volunteer.id_number == row.id_number
    volunteers.view_volunteer(ctx, volunteer_id, full=True)
    actions = [e.action for e in audit_log.journal(ctx, record_id=volunteer_id)]
    assert actions[:3] == ["full_copy", "view", "create"]


def test_search_and_resolve(ctx):
    volunteer_id = add_volunteer(ctx)
    add_volunteer(ctx, name="李建国", gender="male", id_number=make_id_number("610326", BORN, 8, "male"))
    assert volunteers.volunteer_ids(ctx, search="秀英") == [volunteer_id]
    assert volunteers.volunteer_ids(ctx, search="zx") == [volunteer_id]
    assert volunteers.volunteer_ids(ctx, search=ID_NUMBER) == [volunteer_id]
    assert volunteers.resolve_volunteer(ctx, ID_NUMBER.lower()) == volunteer_id
    with pytest.raises(NotFoundError):
        volunteers.resolve_volunteer(ctx, "nobody")


def test_teams_training_awards_and_evaluations(ctx):
    volunteer_id = add_volunteer(ctx)
    team = volunteers.create_team(ctx, name="余晖卫士服务队", leader="李建国", description="老干部、老战士、老专家、老教师、老模范").ids[0]
    volunteers.join_team(ctx, team, [volunteer_id, volunteer_id])
    volunteers.join_team(ctx, team, [volunteer_id])  # joining twice keeps one membership
    volunteers.add_training(ctx, volunteer_id, name="急救培训", content="心肺复苏", hours=4, organiser="县红十字会",
                            held_on=date(2026, 4, 2))
    volunteers.add_award(ctx, volunteer_id, name="优秀志愿者", awarded_on=date(2026, 5, 4), awarded_by="县民政局")
    volunteers.add_evaluation(ctx, volunteer_id, rating="excellent", evaluated_on=date(2026, 6, 1), comments="服务认真")
    view = volunteers.view_volunteer(ctx, volunteer_id)
    assert view.teams == ["余晖卫士服务队"]
    assert [(t.name, t.hours, t.organiser) for t in view.trainings] == [("急救培训", 4.0, "县红十字会")]
    assert [(a.name, a.awarded_by) for a in view.awards] == [("优秀志愿者", "县民政局")]
    assert [(e.rating, e.evaluated_by) for e in view.evaluations] == [("excellent", ctx.account_id)]
    assert volunteers.volunteer_ids(ctx, team_id=team) == [volunteer_id]
    with pytest.raises(ValidationError, match="评价等级"):
        volunteers.add_evaluation(ctx, volunteer_id, rating="stellar", evaluated_on=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="学时"):
        volunteers.add_training(ctx, volunteer_id, name="x", hours=0, organiser="y", held_on=date(2026, 4, 2))


def test_list_rows_carry_totals_and_stars(ctx):
    volunteer_id = add_volunteer(ctx)
    for days in range(1, 6):
        service_hours.record_service(ctx, volunteer_id, served_on=date.today() - timedelta(days=days), hours=21,
                                     content="照料独居老人")
    row = volunteers.volunteers_by_id(ctx, [volunteer_id])[volunteer_id]
    assert (row.total_minutes, row.records, row.stars, row.star_label) == (105 * 60, 5, 1, "一星志愿者")
