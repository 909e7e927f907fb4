"""The station's settings (idle lock, policy profile, language, retention), kept as JSON text in
the `setting` table: read by any logged-in user, changed by the station head."""

from __future__ import annotations

import json

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import Setting
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes, Context

# Settings with their defaults; stored as JSON text in the `setting` table.
SETTINGS_DEFAULTS: dict[str, object] = {
    "idle_lock_minutes": 10,
    "policy_profile": "meixian",
    "language": "zh_CN",
    "retention_years": 10,  # closed case files are kept this long before a purge may erase them
}


def get_setting(ctx: Context, key: str) -> object:
    if key not in SETTINGS_DEFAULTS:
        raise NotFoundError(translate("services.station.settings", "未知设置项：{key}").format(key=key))
    with ctx.reading() as session:
        row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else SETTINGS_DEFAULTS[key]


def set_setting(ctx: Context, key: str, value: object) -> Changes:
    if key not in SETTINGS_DEFAULTS:
        raise NotFoundError(translate("services.station.settings", "未知设置项：{key}").format(key=key))
    ctx.require("station", "edit")
    if key == "retention_years" and (not isinstance(value, int) or not 1 <= value <= 100):
        raise ValidationError(translate("services.station.settings", "档案保存年限须为 1 到 100 年。"), field=key)
    if key == "idle_lock_minutes":
        if not isinstance(value, int) or not 1 <= value <= 240:
            raise ValidationError(
                translate("services.station.settings", "自动锁屏时间须为 1 到 240 分钟。"), field=key
            )
    with ctx.writing() as session:
        row = session.get(Setting, key) or Setting(key=key, value="")
        row.value = json.dumps(value, ensure_ascii=False)
        session.add(row)
        ctx.audit(session, "setting", "setting", key, value=value)
    return Changes.of("setting", key)
