import pytest

from wulian_desk.core.errors import PolicyError
from wulian_desk.core.policy import parse_policy
from wulian_desk.paths import policies_dir


@pytest.mark.parametrize("city", ["meixian", "dalian", "huangshan"])
def test_shipped_profiles_give_the_tier_minimums(city):
    path = policies_dir() / f"{city}.toml"
    profile = parse_policy(city, path.read_text(encoding="utf-8"), origin=str(path))
    assert profile.facility_minimum("county").min_area_m2 == 100
    assert profile.facility_minimum("township").min_area_m2 == 60
    assert profile.facility_minimum("community").min_area_m2 == 30
    assert set(profile.facility_minimum("township").required_rooms) == {"office", "counselling", "group", "meeting"}
    assert set(profile.facility_minimum("community").required_rooms) == {"counselling", "group"}


def test_a_city_sets_its_own_numbers():
    text = 'name = "某市"\n[facilities.community]\nmin_area_m2 = 45\nrequired_rooms = ["group"]\n'
    profile = parse_policy("x", text)
    assert profile.facility_minimum("community").min_area_m2 == 45
    assert profile.facility_minimum("township") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("name = ", "格式错误"),
        ('name = "x"\n[facilities.province]\nmin_area_m2 = 1\n', "未知站点层级"),
        ('name = "x"\n[facilities.county]\nmin_area_m2 = 1\nrequired_rooms = ["spa"]\n', "未知功能室类型"),
        ('name = "x"\n[facilities.county]\nrequired_rooms = []\n', "内容有误"),
        ('[facilities.county]\nmin_area_m2 = 1\n', "内容有误"),
    ],
)
def test_broken_profiles_are_refused_with_the_file_named(text, words):
    with pytest.raises(PolicyError) as err:
        parse_policy("bad", text, origin="resources/policies/bad.toml")
    assert words in str(err.value)
    assert "resources/policies/bad.toml" in str(err.value)
