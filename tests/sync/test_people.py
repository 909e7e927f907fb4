"""One person across stations: the same volunteer (or client) registered at three stations is one
person at the county, counted once, certified once; the ID number never travels, the county's
person secret travels sealed; manual links travel down; star levels follow the profile in force."""

from __future__ import annotations

import base64
import shutil
from datetime import date, timedelta

import pytest

from tests.conftest import PASSWORD, USERNAME
from tests.sync.conftest import Site, enrol, make_site
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.person_key import person_key
from wulian_desk.core.volunteers import VolunteerInput, star_level
from wulian_desk.services.casework import cases, clients
from wulian_desk.services.reports import rollup
from wulian_desk.services.station import policies, settings
from wulian_desk.services.sync import enrolment, person_secret, sync
from wulian_desk.services.volunteering import certificates, people, service_hours, volunteers

NUMBER = make_id_number("610722", date(1968, 4, 9), 37, "female")
CLIENT_NUMBER = make_id_number("610722", date(1941, 2, 3), 12, "male")
STATIONS = (("a", "博望街道社会工作服务站", "610722001"), ("b", "龙头镇社会工作服务站", "610722100"),
            ("c", "沙河营镇社会工作服务站", "610722101"))


@pytest.fixture(scope="module")
def three_template(tmp_path_factory):
    """A county and three empty stations, enrolled; each test works on its own copies."""
    base = tmp_path_factory.mktemp("people-template")
    county = make_site(base / "county", name="城固县社会工作服务总站", tier="county", code="610722")
    sites = [county]
    try:
        for folder, name, code in STATIONS:
            site = make_site(base / folder, name=name, tier="township", code=code)
            sites.append(site)
            enrol(site, county, base)
    finally:
        for site in sites:
            site.ctx.close()
    return base


@pytest.fixture
def sites(three_template, tmp_path):
    from wulian_desk.services.station import station

    opened = {}
    for name in ("county", "a", "b", "c"):
        shutil.copytree(three_template / name, tmp_path / name)
        opened[name] = Site(station.open_station(tmp_path / name, passphrase=PASSWORD, username=USERNAME), tmp_path / name)
    yield opened
    for site in opened.values():
        site.ctx.close()


def _volunteer(ctx, number, *, name="欧阳秀英", national="", id_type="resident_id"):
    data = VolunteerInput(name=name, gender="female", org_unit_id=ctx.station_id, consent_on=date(2026, 1, 5),
                          id_number=number, id_type=id_type, national_number=national)
    return volunteers.create_volunteer(ctx, data).ids[0]


def _hours(ctx, volunteer_id, hours: list[float]):
    for i, h in enumerate(hours):
        service_hours.record_service(ctx, volunteer_id, served_on=date.today() - timedelta(days=i), hours=h,
                                     content="陪伴独居老人")


def _client_served(ctx, number, name="王德明"):
    data = ClientInput(name=name, gender="male", org_unit_id=ctx.station_id, birth_date=date(1941, 2, 3),
                       id_number=number)
    client = clients.create_client(ctx, data, consent=ConsentInput(given_on=date(2026, 1, 2)),
                                   confirm_duplicate=True).ids[0]
    case = cases.open_case(ctx, client_id=client, title="高龄独居").ids[0]
    cases.add_session(ctx, case, on=date.today(), minutes=40, session_type="home_visit", content="上门探访")
    return client


def _up(sites, tmp_path, names=("a", "b", "c")):
    stick = tmp_path / "stick-up"
    stick.mkdir(exist_ok=True)
    written = [r for n in names for r in sync.export_all(sites[n].ctx, stick)]
    results = sync.import_bundles(sites["county"].ctx, [r.path for r in written])
    assert [r.status for r in results] == ["imported"] * len(written), [r.message for r in results]
    return written


def _down(sites, tmp_path, name):
    stick = tmp_path / f"stick-down-{name}"
    stick.mkdir(exist_ok=True)
    peer = next(p for p in sync.list_peers(sites["county"].ctx) if p.station_id == sites[name].ctx.station_id)
    written = sync.export_bundle(sites["county"].ctx, peer.id, stick)
    return sync.import_bundles(sites[name].ctx, [written.path])


def test_one_volunteer_at_three_stations_is_one_person_at_the_county(sites, tmp_path):
    county = sites["county"].ctx
    typed = {"a": NUMBER, "b": f" {NUMBER[:6]} {NUMBER[6:14]} {NUMBER[14:]} ".lower(), "c": NUMBER}
    hours = {"a": [8, 8, 8], "b": [6.5, 8], "c": [4]}
    ids = {}
    for name in ("a", "b", "c"):
        ids[name] = _volunteer(sites[name].ctx, typed[name])
        _hours(sites[name].ctx, ids[name], hours[name])
    clients_at = {name: _client_served(sites[name].ctx, CLIENT_NUMBER) for name in ("a", "b")}
    written = _up(sites, tmp_path)

    secret = person_secret_of(county)
    key = person_key(secret, "resident_id", NUMBER)
    [her] = people.volunteer_people(county, search="欧阳秀英")
    assert her.person_key == key and sorted(r.volunteer_id for r in her.records) == sorted(ids.values())
    assert {r.station_name for r in her.records} == {n for _, n, _ in STATIONS}
    assert her.minutes == sum(round(h * 60) for hs in hours.values() for h in hs)
    assert her.stars == star_level(her.minutes, policies.station_profile(county).volunteer_star_hours)
    assert people.people_count(county, "volunteer") == (1, 3)
    assert people.people_count(county, "client") == (1, 2)

    # The month's totals count her once, and the client served at two stations once.
    result = rollup.rollup(county, date.today().strftime("%Y-%m"))
    per_station = {s.station_id: s.figures for s in result.stations}
    for name in ("a", "b", "c"):
        assert per_station[sites[name].ctx.station_id].volunteers_served == 1
    assert result.total.volunteers_served == 1 and result.total.clients_served == 1
    assert sum(per_station[sites[n].ctx.station_id].clients_served for n in ("a", "b")) == 2

    # One certificate at the county for all her hours at the three stations.
    issued = certificates.issue_person_certificate(county, her.person_id, tmp_path / "her.pdf")
    assert issued.minutes == her.minutes and issued.records == 6
    with county.reading() as session:
        conn = session.connection()
        cert_key = conn.exec_driver_sql("SELECT person_key FROM volunteer_certificate WHERE number = ?",
                                        (issued.number,)).scalar_one()
        held = conn.exec_driver_sql("SELECT id_number, person_key FROM volunteer WHERE name = '欧阳秀英'").all()
        client_numbers = conn.exec_driver_sql("SELECT id_number, person_key FROM client").all()
    assert cert_key == key
    assert held == [("", key)] * 3  # the number stayed at the stations; the key came up
    assert {n for n, _ in client_numbers} == {None} and {k for _, k in client_numbers} == {
        person_key(secret, "resident_id", CLIENT_NUMBER)}
    assert set(clients_at.values()) <= {c for _, recs in people.client_people(county) for c, _ in recs}

    # No bundle carried an ID number the sharing policy withholds (nor the secret).
    for result_ in written:
        text = _decrypted_payload(result_.path, county)
        assert NUMBER not in text and NUMBER.lower() not in text and NUMBER[6:14] not in text
        assert CLIENT_NUMBER not in text and base64.b64encode(secret).decode() not in text
        assert key in text


def person_secret_of(ctx) -> bytes:
    with ctx.reading() as session:
        return person_secret.held_secret(session)


def _decrypted_payload(path, recipient_ctx) -> str:
    """A bundle's payload as text, decrypted with the recipient's own identity (as `age -d` would)."""
    import gzip

    import pyrage

    data = path.read_bytes()
    age_file = data.split(b"\n", 3)[3]
    return gzip.decompress(pyrage.decrypt(age_file, [enrolment.my_identity(recipient_ctx).age()])).decode("utf-8")


def test_the_secret_reached_every_station_sealed_and_is_never_replaced(sites, three_template, tmp_path):
    county = sites["county"].ctx
    secret = person_secret_of(county)
    assert secret is not None and len(secret) == 32
    for name in ("a", "b", "c"):
        assert person_secret_of(sites[name].ctx) == secret
    # The enrolment replies carried it sealed to each station, never in plaintext.
    replies = sorted(three_template.glob("reply-*.wer"))
    assert len(replies) == 3
    for reply in replies:
        data = reply.read_bytes()
        assert base64.b64encode(secret) not in data and secret not in data and secret.hex().encode() not in data
        assert person_secret.SEALED.encode() in data

    # A county that lost its secret and made another cannot silently replace the stations' one.
    with county.writing() as session:
        session.connection().exec_driver_sql("DELETE FROM county_document WHERE kind = 'person_secret'")
    [result] = _down(sites, tmp_path, "a")
    assert result.status == "rejected" and result.reason == "secret_changed", result.message
    assert "不能更换" in result.message
    assert person_secret_of(sites["a"].ctx) == secret


def test_a_station_enrolled_before_the_secret_gets_it_in_the_next_bundle(sites, tmp_path):
    station, county = sites["a"].ctx, sites["county"].ctx
    volunteer = _volunteer(station, NUMBER)
    for ctx in (station, county):  # as before this version: no secret anywhere, no keys
        with ctx.writing() as session:
            conn = session.connection()
            conn.exec_driver_sql("DELETE FROM county_document WHERE kind = 'person_secret'")
            conn.exec_driver_sql("UPDATE volunteer SET person_key = NULL")
    [result] = _down(sites, tmp_path, "a")
    assert result.status == "imported", result.message
    secret = person_secret_of(county)
    assert person_secret_of(station) == secret
    with station.reading() as session:
        key, = session.connection().exec_driver_sql("SELECT person_key FROM volunteer WHERE id = ?",
                                                    (volunteer,)).one()
    assert key == person_key(secret, "resident_id", NUMBER)
    _up(sites, tmp_path, names=("a",))  # the keyed row is a new version: it travels up
    with county.reading() as session:
        assert session.connection().exec_driver_sql("SELECT person_key FROM volunteer WHERE id = ?",
                                                    (volunteer,)).scalar_one() == key


def test_a_manual_link_joins_two_records_without_id_numbers_and_travels_down(sites, tmp_path):
    county = sites["county"].ctx
    first = _volunteer(sites["a"].ctx, "E1234567", name="安娜", id_type="other")
    second = _volunteer(sites["b"].ctx, "K7654321", name="安娜", id_type="other")
    _hours(sites["a"].ctx, first, [3])
    _hours(sites["b"].ctx, second, [2])
    kid_a, kid_b = (_child(sites[name].ctx) for name in ("a", "b"))
    _up(sites, tmp_path, names=("a", "b"))
    assert people.people_count(county, "volunteer") == (2, 2)
    with pytest.raises(ValidationError, match="县级总站"):
        people.link(sites["a"].ctx, "volunteer", [first, second])
    people.link(county, "volunteer", [first, second])
    people.link(county, "client", [kid_a, kid_b])
    assert people.people_count(county, "volunteer") == (1, 2)
    assert people.people_count(county, "client") == (1, 2)
    [anna] = people.volunteer_people(county, search="安娜")
    assert anna.minutes == 300 and len(anna.records) == 2
    issued = certificates.issue_person_certificate(county, anna.person_id, tmp_path / "anna.pdf")
    assert issued.minutes == 300

    [result] = _down(sites, tmp_path, "a")
    assert result.status == "imported" and result.counts.get("person_link") == 4, result.message
    with sites["a"].ctx.reading() as session:
        links = session.connection().exec_driver_sql(
            "SELECT record_kind, record_id FROM person_link WHERE NOT deleted").all()
    assert sorted(links) == sorted([("volunteer", first), ("volunteer", second), ("client", kid_a), ("client", kid_b)])

    people.unlink(county, "volunteer", second)
    assert people.people_count(county, "volunteer") == (2, 2)


def _child(ctx):
    """A child without an ID number, with a guardian's consent."""
    data = ClientInput(name="小明", gender="male", org_unit_id=ctx.station_id, birth_date=date(2018, 6, 1))
    consent = ConsentInput(given_on=date(2026, 1, 2), guardian_name="李梅", guardian_relation="母亲")
    return clients.create_client(ctx, data, consent=consent).ids[0]


def test_the_county_profile_grades_the_station_list(sites):
    station = sites["a"].ctx
    # The county sent an edited copy of its profile: two stars from 200 hours.
    with station.writing() as session:
        conn = session.connection()
        changed = conn.exec_driver_sql(
            "UPDATE county_document SET content = replace(content, 'star_hours = [100, 300,', 'star_hours = [100, 200,') "
            "WHERE kind = 'policy_profile'").rowcount
    assert changed == 1
    volunteer = _volunteer(station, NUMBER)
    _hours(station, volunteer, [24] * 8 + [13.5])  # 205.5 hours
    [row] = volunteers.volunteers_by_id(station, [volunteer]).values()
    assert row.total_minutes == 205.5 * 60
    assert row.star_label == "二星志愿者"
    local = policies.load_profile(str(settings.get_setting(station, "policy_profile")))
    assert star_level(row.total_minutes, local.volunteer_star_hours) == 1  # the station's own setting: 一星
    [person] = people.volunteer_people(station)
    assert person.star_label == "二星志愿者"
    assert service_hours.volunteer_totals(station, [volunteer])[volunteer].stars == 2


def test_the_documents_describe_the_person_key():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for doc in (root / "docs" / "bundle-format.md", root / "README.md"):
        text = doc.read_text(encoding="utf-8")
        for words in ("person key", "HMAC-SHA-256", "person secret", "sealed", "withholds", "secret_changed"):
            assert words in text, (doc.name, words)


def test_a_stations_other_computer_gets_the_secret_sealed_at_device_enrolment(sites, tmp_path):
    from wulian_desk.services.station import maintenance, station

    office = sites["a"].ctx
    secret = person_secret_of(office)
    backup = maintenance.backup_station(office, tmp_path / "office.wdb")
    maintenance.restore_station(tmp_path / "room", backup, passphrase=PASSWORD, username=USERNAME)
    room = station.open_station(tmp_path / "room", passphrase=PASSWORD, username=USERNAME)
    try:
        with room.writing() as session:  # a computer set up before the county's secret existed
            session.connection().exec_driver_sql("DELETE FROM county_document WHERE kind = 'person_secret'")
        volunteer = _volunteer(room, NUMBER)
        assert person_secret_of(room) is None
        request = enrolment.write_request(room, tmp_path / "room.wer")
        enrolment.accept_request(office, request, tmp_path / "reply.wer",
                                 fingerprint=enrolment.read_request(request).fingerprint)
        data = (tmp_path / "reply.wer").read_bytes()
        assert base64.b64encode(secret) not in data and person_secret.SEALED.encode() in data
        enrolment.import_reply(room, tmp_path / "reply.wer", fingerprint=enrolment.keys_info(office).fingerprint)
        assert person_secret_of(room) == secret
        with room.reading() as session:
            assert session.connection().exec_driver_sql("SELECT person_key FROM volunteer WHERE id = ?",
                                                        (volunteer,)).scalar_one() == person_key(secret, "resident_id", NUMBER)
    finally:
        room.close()
