"""A broken policy profile is refused with the file and the reason."""

from __future__ import annotations

import pytest

from wulian_desk.core.errors import PolicyError
from wulian_desk.core.policy import parse_policy


@pytest.mark.parametrize(("text", "reason"), [
    ('name = "x"\n[organisations]\nper_urban_community = { 2023 = "十" }\n', "非负数"),
    ('name = "x"\n[organisations]\nservice_types_share_above = 50\n', "0 到 1"),
    ('name = "x"\n[organisations]\nper_town = 3\n', "未知的项"),
    ('name = "x"\n[staff.village]\nmin_staff = 3\n', "未知站点层级"),
    ('name = "x"\n[organisations\n', "格式错误"),
])
def test_a_profile_with_an_error_is_refused_naming_file_and_reason(text, reason):
    with pytest.raises(PolicyError, match=reason) as err:
        parse_policy("broken", text, origin="/tmp/broken.toml")
    assert "/tmp/broken.toml" in str(err.value)
