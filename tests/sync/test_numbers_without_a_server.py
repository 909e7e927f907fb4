"""Two computers of one station open cases and issue certificates offline on the same day; after
they exchange bundles no two records share a number. The second computer's tag is given at its
enrolment by the first; numbers issued before stay as they are and the sequence continues past
the highest of them with a fixed width."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.conftest import PASSWORD, USERNAME
from tests.sync.conftest import Site, make_site
from tests.sync.test_devices_and_conflicts import _client_input, _swap
from wulian_desk.core import numbers
from wulian_desk.core.clients import ConsentInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.services.casework import cases, clients
from wulian_desk.services.station import maintenance, station
from wulian_desk.services.sync import enrolment
from wulian_desk.services.volunteering import certificates, service_hours, volunteers

YEAR = date.today().year


def _restored(office: Site, tmp_path, name: str) -> Site:
    backup = maintenance.backup_station(office.ctx, tmp_path / f"{name}.wdb")
    maintenance.restore_station(tmp_path / name, backup, passphrase=PASSWORD, username=USERNAME)
    return Site(station.open_station(tmp_path / name, passphrase=PASSWORD, username=USERNAME), tmp_path / name)


def _enrol_device(new: Site, by: Site, tmp_path, name: str) -> None:
    request = enrolment.write_request(new.ctx, tmp_path / f"{name}.wer")
    enrolment.accept_request(by.ctx, request, tmp_path / f"{name}-reply.wer",
                             fingerprint=enrolment.read_request(request).fingerprint)
    enrolment.import_reply(new.ctx, tmp_path / f"{name}-reply.wer", fingerprint=enrolment.keys_info(by.ctx).fingerprint)


@pytest.fixture
def office_and_room(tmp_path):
    office = make_site(tmp_path / "office", name="博望街道社会工作服务站", tier="township", code="610722001")
    client = clients.create_client(office.ctx, _client_input(office.ctx),
                                   consent=ConsentInput(given_on=date(2026, 11, 1))).ids[0]
    # A number written by an older version, five digits wide, before any tag existed.
    first = cases.open_case(office.ctx, client_id=client, title="旧个案").ids[0]
    with office.ctx.writing() as session:
        session.execute(text("UPDATE case_file SET case_number = :n WHERE id = :id"),
                        {"n": f"GA{YEAR}-0463", "id": first})
    room = _restored(office, tmp_path, "room")
    _enrol_device(room, office, tmp_path, "room")
    yield office, room, client
    office.ctx.close()
    room.ctx.close()


def _case_numbers(ctx) -> list[str]:
    with ctx.reading() as session:
        return [r[0] for r in session.connection().exec_driver_sql("SELECT case_number FROM case_file")]


def _certificate_numbers(ctx) -> list[str]:
    with ctx.reading() as session:
        return [r[0] for r in session.connection().exec_driver_sql("SELECT number FROM volunteer_certificate")]


def test_two_computers_never_issue_the_same_number(office_and_room, tmp_path):
    office, room, client = office_and_room
    stick = tmp_path / "stick"
    stick.mkdir()
    today = date.today()
    for site in (office, room):  # the same day, neither has seen the other's work
        for i in range(3):
            cases.open_case(site.ctx, client_id=client, title=f"新个案 {i}")
        volunteer = volunteers.create_volunteer(site.ctx, _volunteer(site.ctx, site.folder.name)).ids[0]
        service_hours.record_service(site.ctx, volunteer, served_on=today, hours=2, content="探访")
        certificates.issue_certificate(site.ctx, volunteer, tmp_path / f"{site.folder.name}.pdf")
    office_numbers, room_numbers = _case_numbers(office.ctx), _case_numbers(room.ctx)
    assert f"GA{YEAR}-00464" in office_numbers and f"GA{YEAR}-B-00464" in room_numbers  # past the highest, 5 wide
    assert f"GA{YEAR}-0463" in office_numbers  # an existing number stays as it was
    _swap(office, room, stick)
    _swap(room, office, stick)
    for site in (office, room):
        held = _case_numbers(site.ctx)
        assert len(held) == 7 and len(set(held)) == 7, held
        issued = _certificate_numbers(site.ctx)
        assert sorted(issued) == sorted([f"ZM{YEAR}-000001", f"ZM{YEAR}-B-000001"])


def _volunteer(ctx, where: str):
    from tests.services.test_volunteers import volunteer_input
    from wulian_desk.core.identity import make_id_number

    serial = 101 if where == "office" else 202
    return volunteer_input(ctx, name=f"志愿者{where}", id_number=make_id_number("610722", date(1980, 1, 1), serial, "female"))


def test_tags_form_a_tree_so_no_two_computers_get_the_same(office_and_room, tmp_path):
    office, room, _client = office_and_room
    third, fourth = _restored(office, tmp_path, "third"), _restored(room, tmp_path, "fourth")
    try:
        _enrol_device(third, office, tmp_path, "third")  # the office gives its next letter
        _enrol_device(fourth, room, tmp_path, "fourth")  # the room gives its own children, BB, BC...
        tags = {}
        for site in (office, room, third, fourth):
            with site.ctx.reading() as session:
                from wulian_desk.services.station import numbering

                tags[site.folder.name] = numbering.my_tag(session)
        assert tags == {"office": "", "room": "B", "third": "C", "fourth": "BB"}
        # Asked again, the same computer keeps the tag it was given.
        _enrol_device(third, office, tmp_path, "third-again")
        with third.ctx.reading() as session:
            assert numbering.my_tag(session) == "C"
        # The office's count of tags given lost (an older backup): a tag seen in the station's
        # numbers (B, from the room's case) or given to a peer (C) is not given again.
        cases.open_case(room.ctx, client_id=_client, title="机房个案")
        (tmp_path / "stick").mkdir()
        _swap(room, office, tmp_path / "stick")
        with office.ctx.writing() as session:
            session.execute(text("DELETE FROM setting WHERE key = 'number_tags_given'"))
            session.execute(text("DELETE FROM sync_peer WHERE number_tag = 'B'"))
            assert numbering.give_tag(session, station_id=office.ctx.station_id) == "D"
    finally:
        third.ctx.close()
        fourth.ctx.close()


def test_numbers_continue_past_the_highest_whatever_their_width_or_tag():
    existing = ["GA2026-0463", "GA2026-00012", "GA2026-B-00470", "GA2025-09999", "HD2026-0900"]
    assert numbers.next_number("GA", 2026, existing, tag="", width=5) == "GA2026-00471"
    assert numbers.next_number("GA", 2026, existing, tag="C", width=5) == "GA2026-C-00471"
    assert numbers.next_number("GA", 2027, existing, tag="", width=5) == "GA2027-00001"
    assert numbers.child_tag("", 0) == ("B", 1) and numbers.child_tag("B", 1) == ("BC", 2)
    assert numbers.child_tag("", 0, in_use=frozenset({"B", "C"})) == ("D", 3)  # seen: passed over
    assert numbers.child_tag("", len(numbers.TAG_LETTERS)) is None
    assert [numbers.tag_of(n) for n in ("GA2026-BC-00001", "GA2026-00001", "ZM2026-B-000001")] == ["BC", "", "B"]
    assert not numbers.is_tag("A1") and not numbers.is_tag("I") and numbers.is_tag("")


def test_a_reply_with_a_malformed_tag_is_refused(tmp_path):
    from wulian_desk.services.station import numbering

    site = make_site(tmp_path / "s", name="博望街道社会工作服务站", tier="township", code="610722001")
    try:
        with pytest.raises(ValidationError), site.ctx.writing() as session:
            numbering.set_my_tag(session, "../x")
    finally:
        site.ctx.close()
