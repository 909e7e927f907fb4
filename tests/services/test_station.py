import pytest

from tests.conftest import PASSWORD
from wulian_desk.core.errors import AlreadyInitialisedError, PolicyError, ValidationError
from wulian_desk.services.station import policies, settings, station


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"tier": "province"}, "tier"),
        ({"division_code": "12ab"}, "division_code"),
        ({"admin_username": "a b"}, "username"),
        ({"admin_password": "short"}, "password"),
    ],
)
def test_setup_refuses_bad_input_and_leaves_the_folder_empty(tmp_path, changes, field):
    args = {"name": "城关镇社会工作服务站", "tier": "township", "admin_username": "admin", "admin_password": PASSWORD}
    with pytest.raises(ValidationError) as err:
        station.setup_station(tmp_path / "st", **(args | changes))
    assert err.value.field == field
    assert not (tmp_path / "st").exists() or not any((tmp_path / "st").iterdir())


def test_setup_refuses_to_overwrite(station_dir):
    with pytest.raises(AlreadyInitialisedError):
        station.setup_station(station_dir, name="另一个站", tier="township", admin_username="x", admin_password=PASSWORD)


def test_open_names_the_user_and_the_station(ctx):
    assert (ctx.username, ctx.display_name, ctx.role) == ("admin", "王站长", "head")
    info = station.station_info(ctx)
    assert (info.name, info.tier, info.division_code) == ("首善街道社会工作服务站", "township", "610326001")


def test_recovery_code_opens_without_an_account(station_dir, recovery_code):
    ctx = station.open_station(station_dir, passphrase=recovery_code)
    try:
        assert ctx.account_id is None
        assert station.station_info(ctx).name == "首善街道社会工作服务站"
    finally:
        ctx.close()


def test_settings_have_defaults_and_validate(ctx):
    assert settings.get_setting(ctx, "idle_lock_minutes") == 10
    settings.set_setting(ctx, "idle_lock_minutes", 5)
    assert settings.get_setting(ctx, "idle_lock_minutes") == 5
    with pytest.raises(ValidationError):
        settings.set_setting(ctx, "idle_lock_minutes", 0)
    assert settings.get_setting(ctx, "idle_lock_minutes") == 5


def test_unknown_policy_profile_is_refused(ctx):
    with pytest.raises(PolicyError, match="找不到政策配置"):
        policies.choose_profile(ctx, "atlantis")
    assert settings.get_setting(ctx, "policy_profile") == "meixian"
    assert set(policies.available_profiles()) >= {"meixian", "dalian", "huangshan"}


def test_org_units_under_the_station(ctx):
    unit_id = station.add_org_unit(ctx, name="槐芽村社工室", tier="community", area_kind="rural").ids[0]
    units = station.list_org_units(ctx)
    assert units[0].id == ctx.station_id
    child = next(u for u in units if u.id == unit_id)
    assert (child.parent_id, child.area_kind) == (ctx.station_id, "rural")
