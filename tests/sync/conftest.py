"""Two stations and a county, each set up on its own (distinct station and device ids), enrolled
the way people do it: request file, fingerprint read out, reply file."""

from __future__ import annotations

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
    from wulian_desk.services import station

    result = station.setup_station(folder, name=name, tier=tier, division_code=code,
                                   admin_username=USERNAME, admin_display_name="站长", admin_password=PASSWORD)
    if demo:
        demo_service.fill_demo(result.context, scale=1)
    return Site(result.context, folder)


def enrol(station_site: Site, county_site: Site, tmp: Path) -> None:
    from wulian_desk.services import enrolment

    request = enrolment.write_request(station_site.ctx, tmp / f"request-{station_site.ctx.station_id[-6:]}.wer")
    typed = enrolment.read_request(request).fingerprint  # read out on the phone, typed at the county
    reply = tmp / f"reply-{station_site.ctx.station_id[-6:]}.wer"
    enrolment.accept_request(county_site.ctx, request, reply, fingerprint=typed)
    county_fp = enrolment.keys_info(county_site.ctx).fingerprint
    enrolment.import_reply(station_site.ctx, reply, fingerprint=county_fp)


@pytest.fixture
def county(tmp_path):
    site = make_site(tmp_path / "county", name="城固县社会工作服务总站", tier="county", code="610722")
    yield site
    site.ctx.close()


@pytest.fixture
def station_a(tmp_path, county):
    site = make_site(tmp_path / "a", name="博望街道社会工作服务站", tier="township", code="610722001", demo=True)
    enrol(site, county, tmp_path)
    yield site
    site.ctx.close()


@pytest.fixture
def station_b(tmp_path, county):
    site = make_site(tmp_path / "b", name="龙头镇社会工作服务站", tier="township", code="610722100", demo=True)
    enrol(site, county, tmp_path)
    yield site
    site.ctx.close()
