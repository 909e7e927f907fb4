"""A realistic synthetic station for trying the app and for benchmarks: Chinese names, a fixed
seed, the same data every time. Everything goes in through SQLAlchemy Core in one transaction
(all or nothing), never as ORM objects: scale 100 (100,000 clients) takes minutes, not hours.
"""

from __future__ import annotations

import json
import random

from wulian_desk.core.account_names import clean_display_name, clean_username
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Account, OrgUnit, Setting
from wulian_desk.core.tasks import NO_PROGRESS, Progress
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.demo.facilities import fill_facilities
from wulian_desk.services.demo.parties import fill_parties
from wulian_desk.services.demo.people import fill_people
from wulian_desk.services.demo.volunteers import fill_volunteering
from wulian_desk.services.station import account_seals
from wulian_desk.services.sync import person_secret
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.keyslots import check_password_rules
from wulian_desk.storage.queries import station as station_queries

SEED = 20221103  # the date of the Meixian pilot plan
MAX_SCALE = 1000
DEMO_STAFF = (("liwei", "李伟", "worker"), ("zhaomin", "赵敏", "worker"), ("chenjing", "陈静", "supervisor"))


def fill_demo(
    ctx: Context, *, scale: int = 1, staff_password: str | None = None, progress: Progress = NO_PROGRESS
) -> Changes:
    """Fill an empty station. With `staff_password`, also three staff accounts (two workers and a
    supervisor) who log in with it; without, the cases go to the current user."""
    ctx.require("station", "edit")
    if not 1 <= scale <= MAX_SCALE:
        raise ValidationError(translate("services.demo.__init__", "规模须在 1 到 {max_scale} 之间。").format(max_scale=MAX_SCALE), field="scale")
    if staff_password is not None:
        check_password_rules(staff_password)
    rng = random.Random(SEED)
    staff = [{"id": new_id(), "username": clean_username(u), "display_name": clean_display_name(n, username=u),
              "role": r, "disabled": False} for u, n, r in DEMO_STAFF] if staff_password is not None else []
    sealed = [ctx.store.seal_account_slot(account_id=row["id"], username=row["username"], password=staff_password)
              for row in staff]
    with ctx.writing() as session:
        if station_queries.has_rooms_or_units(session, station_id=ctx.station_id):
            raise ValidationError(
                translate("services.demo.__init__", "演示数据只能填入空站点：这个站点已经有房间或下属站点。"),
            )
        writer = BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id)
        station = session.get(OrgUnit, ctx.station_id)
        units = fill_facilities(writer, rng, station, scale, progress)
        workers, supervisors = [ctx.account_id or ""], []
        if staff:
            writer.insert(Account, [dict(row, seal=account_seals.seal_new(ctx, row)) for row in staff])
            workers = [s["id"] for s in staff if s["role"] == "worker"]
            supervisors = [s["id"] for s in staff if s["role"] == "supervisor"]
        fill_people(writer, rng, units=units or [station.model_dump()], workers=workers,
                    supervisors=supervisors, scale=scale, progress=progress)
        fill_volunteering(writer, rng, units=units or [station.model_dump()], workers=workers, scale=scale,
                          progress=progress)
        fill_parties(writer, rng, station=station.model_dump(), units=units, account=ctx.account_id or "")
        if (secret := person_secret.secret_for_writing(ctx, session)) is not None:
            person_secret.fill_keys(ctx, session, secret)  # the demo's people keyed as any others
        session.merge(Setting(key="demo_scale", value=json.dumps(scale)))
        ctx.audit(session, "create", "demo", ctx.station_id, scale=scale, rows=writer.written)
    # The staff's slots only once their rows are committed: a demo rolled back (killed, disk
    # full) must not leave a password that opens the station for accounts that do not exist.
    if sealed:
        ctx.store.put_account_slots(sealed)
    progress.step(1, 1, translate("services.demo.__init__", "完成"))
    return Changes(frozenset({"org_unit", "room", "asset", "account", "client", "case", "group", "activity",
                              "volunteer", "service_record"}))
