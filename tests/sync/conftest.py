"""Two stations and a county, each set up on its own (distinct station and device ids), enrolled
the way people do it: request file, fingerprint read out, reply file. Made once per test run;
every test gets fresh copies of the three data folders."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, USERNAME


@dataclass
class Site:
    ctx: object
    folder: Path


def make_site(folder: Path, *, name: str, tier: str, code: str, demo: bool = False) -> Site:
    from wulian_desk.services import demo as demo_service
    from wulian_desk.services.station import station

    result = station.setup_station(folder, name=name, tier=tier, division_code=code,
                                   admin_username=USERNAME, admin_display_name="站长", admin_password=PASSWORD)
    if demo:
        demo_service.fill_demo(result.context, scale=1)
    return Site(result.context, folder)


def enrol(station_site: Site, county_site: Site, tmp: Path) -> None:
    from wulian_desk.services.sync import enrolment

    request = enrolment.write_request(station_site.ctx, tmp / f"request-{station_site.ctx.station_id[-6:]}.wer")
    typed = enrolment.read_request(request).fingerprint  # read out on the phone, typed at the county
    reply = tmp / f"reply-{station_site.ctx.station_id[-6:]}.wer"
    enrolment.accept_request(county_site.ctx, request, reply, fingerprint=typed)
    county_fp = enrolment.keys_info(county_site.ctx).fingerprint
    enrolment.import_reply(station_site.ctx, reply, fingerprint=county_fp)


@pytest.fixture(scope="session")
def enrolled_template(tmp_path_factory) -> Path:
    """A county with two demo stations enrolled, made once; each test works on its own copy."""
    base = tmp_path_factory.mktemp("sync-template")
    county = make_site(base / "county", name="城固县社会工作服务总站", tier="county", code="610722")
    sites = [county]
    try:
        for folder, name, code in (("a", "博望街道社会工作服务站", "610722001"), ("b", "龙头镇社会工作服务站", "610722100")):
            site = make_site(base / folder, name=name, tier="township", code=code, demo=True)
            sites.append(site)
            enrol(site, county, base)
    finally:
        for site in sites:
            site.ctx.close()
    return base


def _opened_copy(template: Path, name: str, target: Path) -> Site:
    from wulian_desk.services.station import station

    shutil.copytree(template / name, target)
    return Site(station.open_station(target, passphrase=PASSWORD, username=USERNAME), target)


@pytest.fixture
def county(enrolled_template, tmp_path):
    site = _opened_copy(enrolled_template, "county", tmp_path / "county")
    yield site
    site.ctx.close()


@pytest.fixture
def station_a(enrolled_template, tmp_path, county):
    site = _opened_copy(enrolled_template, "a", tmp_path / "a")
    yield site
    site.ctx.close()


@pytest.fixture
def station_b(enrolled_template, tmp_path, county):
    site = _opened_copy(enrolled_template, "b", tmp_path / "b")
    yield site
    site.ctx.close()
