"""Keys and enrolment: this installation's identities, the station's request to its county, the
county's signed reply, and the key backup for the county's safe.

The private keys are made on first use inside the encrypted database and never leave it except
through `backup_keys`, which the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wulian_desk.core.errors import BundleError, ValidationError
from wulian_desk.core.models import OrgUnit, SyncIdentity, SyncPeer
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Context
from wulian_desk.services.station import numbering, station
from wulian_desk.services.sync import county_documents, person_secret
from wulian_desk.storage.atomic import write_atomic
from wulian_desk.storage.queries import sync as queries
from wulian_desk.sync import changes, enrol_file, senders, values
from wulian_desk.sync.identity import Identity, PublicKeys, normalise_fingerprint
from wulian_desk.sync.payload import TableBlock

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class KeysInfo:
    station_id: str
    station_name: str
    device_id: str
    sign_public: str
    sign_pem: str
    age_recipient: str
    fingerprint: str


@dataclass(frozen=True)
class EnrolRequest:
    station_id: str
    station_name: str
    tier: str
    division_code: str | None
    device_id: str
    keys: PublicKeys
    created: str

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint


def identity_in(session: Session) -> Identity:
    """This installation's identity, made the first time it is needed (inside the caller's write
    transaction, so two windows cannot make two)."""
    row = session.get(SyncIdentity, 1)
    if row is None:
        fresh = Identity.generate()
        row = SyncIdentity(id=1, sign_private=fresh.sign_private, age_identity=fresh.age_identity,
                           created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
    return Identity(row.sign_private, row.age_identity)


def my_identity(ctx: Context) -> Identity:
    with ctx.writing() as session:
        return identity_in(session)


def keys_info(ctx: Context) -> KeysInfo:
    ctx.require("bundle", "view")
    keys = my_identity(ctx).public
    info = station.station_info(ctx)
    return KeysInfo(info.id, info.name, ctx.store.device_id, keys.sign_public, keys.sign_pem,
                    keys.age_recipient, keys.fingerprint)


def backup_keys(ctx: Context, out: Path, *, confirmed: bool) -> Path:
    """The private identities in one text file for escrow: `age -d -i FILE` reads it as it is (the
    Ed25519 key rides along as comment lines, PEM after "# ")."""
    ctx.require("bundle", "keys_backup")
    if not confirmed:
        raise ValidationError(translate("services.sync.enrolment", "备份私钥前须确认：私钥备份文件应只交县级总站保险柜保管。"))
    out = _writable(out)
    identity = my_identity(ctx)
    info = keys_info(ctx)
    lines = [
        "# 五社联动工作台 私钥备份 / Wulian Desk private key backup",
        f"# 站点 station: {info.station_name} ({info.station_id})",
        f"# 设备 device: {info.device_id}",
        f"# 指纹 fingerprint: {info.fingerprint}",
        f"# 写于 written: {datetime.now(UTC).isoformat(timespec='seconds')}",
        "# 请存放在县级总站保险柜中；任何人持有此文件即可解密发给本机的数据包。",
        "# age identity (age -d -i this-file):",
        identity.age_identity,
        "# Ed25519 signing key (remove the leading '# ' for openssl):",
        *("# " + line for line in identity.sign_private_pem().strip().splitlines()),
        "",
    ]
    write_atomic(out, "\n".join(lines).encode("utf-8"))
    ctx.audit_now("keys_backup", "station", ctx.station_id, fingerprint=info.fingerprint)
    return out


# -- the station's side -----------------------------------------------------------------------


def write_request(ctx: Context, out: Path) -> Path:
    """The request a station sends its county, or a station's (or county's) second computer
    sends its first: who we are and our public keys, signed."""
    ctx.require("bundle", "enrol")
    info = station.station_info(ctx)
    out = _writable(out)
    content = {"type": "enrol-request", "station_id": info.id, "station_name": info.name, "tier": info.tier,
               "division_code": info.division_code, "device_id": ctx.store.device_id,
               "created": datetime.now(UTC).isoformat(timespec="seconds")}
    write_atomic(out, enrol_file.write(enrol_file.REQUEST, content, my_identity(ctx)))
    ctx.audit_now("enrol_request", "station", ctx.station_id)
    return out


def read_request(path: Path) -> EnrolRequest:
    content, keys = enrol_file.read(enrol_file.REQUEST, _read(path))
    try:
        return EnrolRequest(str(content["station_id"]), str(content["station_name"]), str(content["tier"]),
                            content.get("division_code"), str(content["device_id"]), keys, str(content["created"]))
    except KeyError as err:
        raise BundleError("malformed", translate("services.sync.enrolment", "登记申请缺少必要内容。")) from err


def import_reply(ctx: Context, path: Path, *, fingerprint: str) -> SyncPeer:
    """The county's reply: from now on this station knows its county, its keys and its
    documents (policy profile, sharing policy, forms)."""
    ctx.require("bundle", "enrol")
    content, keys = enrol_file.read(enrol_file.REPLY, _read(path))
    _confirm(fingerprint, keys, "对方")
    issuer, me = content.get("issuer") or {}, content.get("station") or {}
    if not isinstance(issuer, dict) or not isinstance(me, dict) or not values.is_id(issuer.get("device_id")) \
            or not values.is_id(issuer.get("station_id")) or not values.is_text(issuer.get("name"), 80):
        raise BundleError("malformed", translate("services.sync.enrolment", "登记回执中的总站信息不对。"))
    if me.get("device_id") != ctx.store.device_id or me.get("station_id") != ctx.station_id:
        raise BundleError("wrong_recipient", translate("services.sync.enrolment", "这份登记回执是发给另一台电脑的。"))
    records = content.get("records") or {}
    block = TableBlock(records.get("table", ""), list(records.get("columns") or []), list(records.get("rows") or []))
    if block.table != "county_document" or not _rows_of_scalars(block) or not {"kind", "content"} <= set(block.columns):
        raise BundleError("malformed", translate("services.sync.enrolment", "登记回执中缺少总站文件。"))
    block = person_secret.unseal_documents(block, my_identity(ctx))
    # The reply of our own station's other computer makes a device peer; any other, our county.
    relation = "device" if issuer.get("station_id") == ctx.station_id else "county"
    with ctx.writing() as session:
        known = session.get(SyncPeer, str(issuer.get("device_id")))
        if relation == "county":
            other = queries.county_peer(session)
            if other is not None and other.station_id != issuer.get("station_id"):
                raise ValidationError(translate("services.sync.enrolment", "本站已登记到 {name}；不能再登记到另一个总站。").format(name=other.name))
        peer = known or SyncPeer(id=str(issuer["device_id"]), enrolled_at=datetime.now(UTC), relation=relation,
                                 station_id="", name="", tier="", sign_public="", age_recipient="", fingerprint="")
        peer.tier = str(issuer.get("tier") or ("county" if relation == "county" else ""))
        peer.station_id, peer.name = str(issuer["station_id"]), str(issuer["name"])
        peer.division_code = issuer.get("division_code")
        peer.sign_public, peer.age_recipient, peer.fingerprint = keys.sign_public, keys.age_recipient, keys.fingerprint
        peer.status = "active"
        peer.upstream = _above(content) if relation == "county" else None
        session.add(peer)
        if relation == "device" and "number_tag" in me:  # the tag in the numbers we issue from now on
            numbering.set_my_tag(session, me["number_tag"])
        owners = senders.owners_from(relation, station=peer.station_id, upstream=peer.upstream)
        changes.validate([block], allowed_owners=owners, allowed_tables=senders.tables_from(relation))
        secret_before = person_secret.held_secret(session)
        applied = changes.apply(session, [block])
        changes.raise_counter(session, applied.highest_counter)
        if relation == "county" and peer.tier == "township":
            _under_township(ctx, session, content, peer.station_id)
        person_secret.adopt(ctx, session, secret_before)  # a first secret keys our people; another is refused
        ctx.audit(session, "enrol_reply", "sync_peer", peer.id, fingerprint=keys.fingerprint)
    return peer


def _above(content: dict) -> str | None:
    """The county above the township that replied (whose documents it passes down), if any."""
    above = content.get("above")
    if above is not None and not values.is_id(above):
        raise BundleError("malformed", translate("services.sync.enrolment", "登记回执中的上级总站不对。"))
    return above


def _under_township(ctx: Context, session: Session, content: dict, township: str) -> None:
    """A room enrolled with its township: it holds the township's org unit (as the township wrote
    it) and records its own unit under it (org_unit.parent_id), which travels up."""
    found = content.get("unit") or {}
    if not isinstance(found, dict):
        raise BundleError("malformed", translate("services.sync.enrolment", "登记回执中的站点信息不对。"))
    block = TableBlock(found.get("table", ""), list(found.get("columns") or []), list(found.get("rows") or []))
    if block.table != "org_unit" or not _rows_of_scalars(block) or len(block.rows) != 1 \
            or "id" not in block.columns or block.rows[0][block.columns.index("id")] != township:
        raise BundleError("malformed", translate("services.sync.enrolment", "登记回执中缺少乡镇（街道）站的信息。"))
    changes.validate([block], allowed_owners={township}, allowed_tables=frozenset({"org_unit"}))
    applied = changes.apply(session, [block])
    changes.raise_counter(session, applied.highest_counter)
    own = session.get(OrgUnit, ctx.station_id)
    if own is not None and own.parent_id != township:
        own.parent_id = township
        session.add(ctx.stamp(session, own))


def _rows_of_scalars(block: TableBlock) -> bool:
    """Each row a list of plain values, one per column, as a bundle's rows are."""
    return all(isinstance(c, str) for c in block.columns) and all(
        isinstance(r, list) and len(r) == len(block.columns) and not any(isinstance(v, list | dict) for v in r)
        for r in block.rows)


# -- the county's side ------------------------------------------------------------------------


def accept_request(ctx: Context, path: Path, out: Path, *, fingerprint: str) -> SyncPeer:
    """Register the station whose request this is (after its fingerprint was read out and
    typed in) and write the signed reply with our keys and documents. A request from another
    computer of our own station registers it as a device: the two then exchange everything."""
    ctx.require("bundle", "enrol")
    info = station.station_info(ctx)
    request = read_request(path)
    relation = "device" if request.station_id == ctx.station_id else "station"
    if relation == "station":
        _may_accept(info.tier, request.tier)
    if request.device_id == ctx.store.device_id:
        raise ValidationError(translate("services.sync.enrolment", "这是本机自己的登记申请。"))
    _confirm(fingerprint, request.keys, "站点")
    out = _writable(out)
    identity = my_identity(ctx)
    with ctx.writing() as session:
        peer = session.get(SyncPeer, request.device_id)
        if peer is not None and peer.status == "revoked":
            raise ValidationError(translate("services.sync.enrolment", "{name} 的这台电脑已被吊销，不能再次登记；请在该电脑上重新安装后申请。").format(name=peer.name))
        peer = peer or SyncPeer(id=request.device_id, enrolled_at=datetime.now(UTC), relation=relation,
                                station_id="", name="", tier="", sign_public="", age_recipient="", fingerprint="")
        peer.station_id, peer.name, peer.tier = request.station_id, request.station_name, request.tier
        peer.division_code = request.division_code
        peer.sign_public, peer.age_recipient = request.keys.sign_public, request.keys.age_recipient
        peer.fingerprint = request.fingerprint
        if relation == "device" and peer.number_tag is None:  # the same tag if it asks again
            peer.number_tag = numbering.give_tag(session, station_id=ctx.station_id)
        session.add(peer)
        above = queries.county_peer(session)
        if relation == "station" and info.tier == "township" and above is None:
            raise ValidationError(translate("services.sync.enrolment", "本站还没有登记到县级总站：请先向总站登记，再接受社工室的登记。"))
        if info.tier == "county":
            county_documents.ensure_county_documents(ctx, session, with_keys=False)
        person_secret.secret_to_hand_down(ctx, session)
        session.flush()
        # The person secret goes sealed to the requester's own key: the reply is not encrypted.
        block = person_secret.seal_documents(county_documents.documents_block(session, for_station=request.station_id), request.keys)
        ctx.audit(session, "enrol_accept", "sync_peer", peer.id, station=request.station_name,
                  fingerprint=request.fingerprint)
        unit = session.get(OrgUnit, ctx.station_id)
        reply = {
            "type": "enrol-reply",
            "issuer": {"station_id": ctx.station_id, "name": unit.name, "division_code": unit.division_code,
                       "tier": unit.tier, "device_id": ctx.store.device_id},
            "station": {"station_id": request.station_id, "device_id": request.device_id,
                        **({"number_tag": peer.number_tag} if relation == "device" else {})},
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "records": {"table": block.table, "columns": block.columns, "rows": block.rows},
        }
        if relation == "station" and info.tier == "township":  # the tier above the room, and our unit
            reply["above"] = above.station_id
            own = unit_block(session, ctx.station_id)
            reply["unit"] = {"table": own.table, "columns": own.columns, "rows": own.rows}
        write_atomic(out, enrol_file.write(enrol_file.REPLY, reply, identity))
    return peer


def _may_accept(tier: str, requester: str) -> None:
    """Tiers chain: a county takes townships and rooms (a room straight to the county where its
    township has no computer), a township its community rooms, a room nobody."""
    if tier == "county" and requester != "county":
        return
    if tier == "township" and requester == "community":
        return
    if tier == "county":
        raise ValidationError(translate("services.sync.enrolment", "县级总站之间不互相登记。"))
    if tier == "township":
        raise ValidationError(translate("services.sync.enrolment", "乡镇（街道）站只接受社区（村）社工室的登记申请。"))
    raise ValidationError(translate("services.sync.enrolment", "社区（村）社工室不接受其他站点的登记申请。"))


def is_county(session: Session, ctx: Context) -> bool:
    unit = session.get(OrgUnit, ctx.station_id)
    return unit is not None and unit.tier == "county"


def unit_block(session: Session, station_id: str) -> TableBlock:
    """Our own org unit as a stored row: a room holds its township's, so its unit can name it as
    parent."""
    spec = changes.specs()["org_unit"]
    rows = queries.unit_rows(session, columns=list(spec.columns), unit_id=station_id)
    return TableBlock("org_unit", list(spec.columns), rows)


def _confirm(typed: str, keys: PublicKeys, whose: str) -> None:
    if normalise_fingerprint(typed) != keys.fingerprint:
        raise ValidationError(
            translate("services.sync.enrolment", "指纹不一致：文件中{whose}的指纹是 {fingerprint}，与电话中核对的不同。请勿登记，并联系对方核实。").format(whose=whose, fingerprint=keys.fingerprint),
            field="fingerprint",
        )


def _read(path: Path) -> bytes:
    path = Path(path).expanduser()
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise ValidationError(translate("services.sync.enrolment", "找不到文件：{path}").format(path=path)) from err
    except OSError as err:
        raise ValidationError(translate("services.sync.enrolment", "无法读取文件 {path}：{strerror}").format(path=path, strerror=err.strerror)) from err


def _writable(out: Path) -> Path:
    out = Path(out).expanduser()
    if out.is_dir():
        raise ValidationError(translate("services.sync.enrolment", "{out} 是文件夹，请给出文件名。").format(out=out))
    if not out.parent.is_dir():
        raise ValidationError(translate("services.sync.enrolment", "文件夹 {parent} 不存在。").format(parent=out.parent))
    return out
