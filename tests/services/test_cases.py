import shutil
import subprocess
from datetime import date, timedelta

import pytest

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import PermissionDenied, ValidationError
from wulian_desk.services.casework import cases, clients
from wulian_desk.services.station import accounts, audit_log, station

TODAY = date.today()


@pytest.fixture
def team(ctx, station_dir):
    """The head (ctx), a worker with a case, another worker, and a supervisor, each logged in."""
    for username, role in (("liwei", "worker"), ("zhaomin", "worker"), ("chensup", "supervisor")):
        accounts.create_account(ctx, username=username, display_name=username, role=role, password=f"{username}-pass-1")
    people = {"head": ctx}
    for username in ("liwei", "zhaomin", "chensup"):
        people[username] = station.open_station(station_dir, passphrase=f"{username}-pass-1", username=username)
    client_id = clients.create_client(
        ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id, birth_date=date(1948, 5, 6)),
        consent=ConsentInput(given_on=TODAY, scopes=["service", "referral"]),
    ).ids[0]
    case_id = cases.open_case(
        people["liwei"], client_id=client_id, title="独居老人照护", supervisor_id=people["chensup"].account_id,
        opened_on=TODAY - timedelta(days=30), next_review_on=TODAY - timedelta(days=3),
    ).ids[0]
    people["case"] = case_id
    yield people
    for key in ("liwei", "zhaomin", "chensup"):
        people[key].close()


def fill(ctx, case_id, form_id):
    return cases.record_form(ctx, case_id, form_id=form_id, form_version=1, answers={"summary": "已填写"}).ids[0]


def test_a_case_walks_its_stages_with_the_forms_and_approvals_each_needs(team):
    worker, sup, case_id = team["liwei"], team["chensup"], team["case"]
    with pytest.raises(ValidationError, match="请先完成“接案”阶段的表格"):
        cases.move_case(worker, case_id, "assessment")
    fill(worker, case_id, "intake")
    with pytest.raises(ValidationError, match="不能从“接案”跳到“计划”"):
        cases.move_case(worker, case_id, "planning")
    cases.move_case(worker, case_id, "assessment")
    fill(worker, case_id, "needs_assessment")
    cases.move_case(worker, case_id, "planning")
    plan = fill(worker, case_id, "service_plan")
    with pytest.raises(ValidationError, match="服务计划还没有督导审批"):
        cases.move_case(worker, case_id, "service")
    with pytest.raises(PermissionDenied):
        cases.decide(worker, plan, approve=True)  # a worker cannot approve their own plan
    with pytest.raises(ValidationError, match="审批意见"):
        cases.decide(sup, plan, approve=False)  # returning a plan needs a comment
    cases.decide(sup, plan, approve=False, comments="目标需要更具体")
    with pytest.raises(ValidationError, match="督导审批"):
        cases.move_case(worker, case_id, "service")
    cases.decide(sup, plan, approve=True, comments="同意")
    cases.move_case(worker, case_id, "service")
    cases.add_session(worker, case_id, on=TODAY, minutes=60, session_type="home_visit", content="上门探访，了解饮食起居情况")
    cases.move_case(worker, case_id, "evaluation")
    with pytest.raises(ValidationError, match="没有结案评估表"):
        cases.move_case(worker, case_id, "closed")
    closure = fill(worker, case_id, "closure")
    with pytest.raises(ValidationError, match="督导审批"):
        cases.move_case(worker, case_id, "closed")
    cases.decide(sup, closure, approve=True, comments="目标达成，同意结案")
    cases.move_case(worker, case_id, "closed")
    file = cases.view_case(worker, case_id)
    assert file.case.stage == "closed" and file.case.closed_on == TODAY
    assert [e.to_stage for e in file.events] == ["intake", "assessment", "planning", "service", "evaluation", "closed"]
    assert len(file.approvals) == 3 and len(file.sessions) == 1


def test_reopening_keeps_the_history(team):
    worker, sup, case_id = team["liwei"], team["chensup"], team["case"]
    for form, target in (("intake", "assessment"), ("needs_assessment", "planning")):
        fill(worker, case_id, form)
        cases.move_case(worker, case_id, target)
    cases.decide(sup, fill(worker, case_id, "service_plan"), approve=True)
    cases.move_case(worker, case_id, "service")
    cases.decide(sup, fill(worker, case_id, "closure"), approve=True)
    cases.move_case(worker, case_id, "closed")
    with pytest.raises(ValidationError, match="原因"):
        cases.move_case(worker, case_id, "service")
    cases.move_case(worker, case_id, "service", reopen_reason="老人再次跌倒，需要继续服务")
    events = cases.view_case(worker, case_id).events
    assert [e.to_stage for e in events][-2:] == ["closed", "service"]
    assert events[-1].note == "老人再次跌倒，需要继续服务"


def test_pause_resumes_where_it_paused_and_referral_needs_form_and_consent(team):
    worker, case_id = team["liwei"], team["case"]
    cases.move_case(worker, case_id, "paused", note="老人住院")
    with pytest.raises(ValidationError, match="回到暂停前的“接案”"):
        cases.move_case(worker, case_id, "service")
    cases.move_case(worker, case_id, "intake")
    with pytest.raises(ValidationError, match="转介到哪个机构"):
        cases.move_case(worker, case_id, "referred")
    with pytest.raises(ValidationError, match="转介表"):
        cases.move_case(worker, case_id, "referred", referral_to="县医院社工部")
    fill(worker, case_id, "referral")
    cases.move_case(worker, case_id, "referred", referral_to="县医院社工部")
    assert cases.cases_by_id(worker, [case_id])[case_id].stage == "referred"


def test_referral_without_referral_consent_is_refused(team, ctx):
    client_id = clients.create_client(
        ctx, ClientInput(name="刘芳", gender="female", org_unit_id=ctx.station_id, birth_date=date(1960, 1, 1)),
        consent=ConsentInput(given_on=TODAY, scopes=["service"]),
    ).ids[0]
    case_id = cases.open_case(team["liwei"], client_id=client_id, title="就业支持").ids[0]
    fill(team["liwei"], case_id, "referral")
    with pytest.raises(ValidationError, match="不包括“转介给其他机构”"):
        cases.move_case(team["liwei"], case_id, "referred", referral_to="人社所")


def test_a_case_is_for_its_worker_the_supervisors_and_the_head(team):
    case_id = team["case"]
    for who in ("liwei", "chensup", "head"):
        assert cases.view_case(team[who], case_id).case.id == case_id
        assert case_id in cases.case_ids(team[who])
    other = team["zhaomin"]
    with pytest.raises(PermissionDenied, match="只对负责的社工、督导和站长开放"):
        cases.view_case(other, case_id)
    assert cases.case_ids(other) == [] and cases.cases_by_id(other, [case_id]) == {}
    with pytest.raises(PermissionDenied):
        cases.add_session(other, case_id, on=TODAY, minutes=30, session_type="phone", content="电话回访")
    views = audit_log.journal(team["head"], record_id=case_id, action="view")
    assert {e.username for e in views} == {"liwei", "chensup", "admin"}


def test_overdue_reviews_for_the_logged_in_user(team):
    assert [r.id for r in cases.overdue_reviews(team["liwei"])] == [team["case"]]
    assert [r.id for r in cases.overdue_reviews(team["chensup"])] == [team["case"]]
    assert cases.overdue_reviews(team["zhaomin"]) == []


def test_search_finds_words_in_session_notes(team):
    worker, case_id = team["liwei"], team["case"]
    cases.add_session(worker, case_id, on=TODAY, minutes=45, session_type="interview", content="老人提到想学习智能手机")
    assert cases.case_ids(worker, search="智能手机") == [case_id]
    assert cases.case_ids(worker, search="wxl") == [case_id]
    assert cases.case_ids(worker, search="GA") == [case_id]
    assert cases.case_ids(worker, search="无关的词") == []


def test_session_input_is_checked(team):
    worker, case_id = team["liwei"], team["case"]
    with pytest.raises(ValidationError, match="1 到 600"):
        cases.add_session(worker, case_id, on=TODAY, minutes=0, session_type="phone", content="x")
    with pytest.raises(ValidationError, match="晚于今天"):
        cases.add_session(worker, case_id, on=TODAY + timedelta(days=1), minutes=10, session_type="phone", content="x")
    with pytest.raises(ValidationError, match="服务方式"):
        cases.add_session(worker, case_id, on=TODAY, minutes=10, session_type="telepathy", content="x")


def test_staff_names_for_everyone_and_cases_of_a_client(team):
    from wulian_desk.services.station import accounts

    names = accounts.staff_names(team["zhaomin"])  # a worker, who may not administer accounts
    assert names[team["liwei"].account_id] == "liwei"
    assert [a.username for a in accounts.supervisors(team["zhaomin"])] == ["chensup"]
    client_id = cases.cases_by_id(team["head"], [team["case"]])[team["case"]].client_id
    assert cases.case_ids(team["head"], client_id=client_id) == [team["case"]]
    assert cases.case_ids(team["zhaomin"], client_id=client_id) == []  # not her case


def test_a_session_is_held_in_one_of_the_rooms_or_outside(team, tmp_path):
    from wulian_desk.core.models import RoomCreate
    from wulian_desk.services.casework import printing
    from wulian_desk.services.facilities import facilities

    head, worker, case_id = team["head"], team["liwei"], team["case"]
    village = station.add_org_unit(head, name="南街村社工室", tier="community").ids[0]
    office = facilities.create_room(head, RoomCreate(org_unit_id=head.station_id, name="办公室", room_type="office",
                                                     area_m2=20)).ids[0]
    counselling = facilities.create_room(head, RoomCreate(org_unit_id=head.station_id, name="个案室",
                                                          room_type="counselling", area_m2=15)).ids[0]
    far = facilities.create_room(head, RoomCreate(org_unit_id=village, name="活动室", room_type="group",
                                                  area_m2=40)).ids[0]
    # The case's community first, its counselling room first; then the other units' rooms.
    assert [r.id for r in cases.session_rooms(worker, case_id)] == [counselling, office, far]

    def add(**place):
        return cases.add_session(worker, case_id, on=TODAY, minutes=50, session_type=place.pop("kind", "interview"),
                                 content="面谈，了解近况", **place)

    for place, refused in (
        ({"room_id": counselling, "place": "社区广场"}, "二者选一"),
        ({"kind": "home_visit", "room_id": counselling}, "家访在服务对象家中进行"),
        ({"place": "很" * 61}, "站外地点不能超过 60 个字"),
    ):
        with pytest.raises(ValidationError, match=refused) as error:
            add(**place)
        assert error.value.field == "place"
    facilities.delete_room(head, far)
    with pytest.raises(ValidationError, match="所选房间已不存在"):
        add(room_id=far)
    assert cases.view_case(worker, case_id).sessions == []  # nothing refused was kept

    add(room_id=counselling)
    add(kind="home_visit", place=" 服务对象家中 ")
    add(kind="phone")
    sessions = cases.view_case(worker, case_id).sessions
    assert set(cases.session_places(worker, sessions).values()) == {"首善街道社会工作服务站 · 个案室", "服务对象家中", ""}
    out = printing.print_case_file(head, case_id, tmp_path / "case.pdf")
    if shutil.which("pdftotext"):
        text = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
        assert "地点" in text and "服务对象家中" in text and "个案室" in text
