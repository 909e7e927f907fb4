"""Enrolment files: the station's request and the county's reply, framed like a bundle without a
payload, so the same tools check them:

    line 1  WULIAN-ENROL-REQUEST/1 or WULIAN-ENROL-REPLY/1
    line 2  one line of UTF-8 JSON, carrying the writer's public keys
    line 3  base64 of the Ed25519 signature over line 2 by the key in line 2

A self-signed file only proves the writer holds the key it names; that the key is the right one
is what the fingerprint, read out on the phone, confirms.
"""

from __future__ import annotations

import binascii

from wulian_desk.core.errors import BundleError
from wulian_desk.core.texts import translate
from wulian_desk.sync import values
from wulian_desk.sync.bundle import canonical
from wulian_desk.sync.identity import Identity, PublicKeys, b64, unb64

REQUEST = b"WULIAN-ENROL-REQUEST/1"
REPLY = b"WULIAN-ENROL-REPLY/1"
MAX_SIZE = 4 * 1024 * 1024  # forms and a policy profile: a few hundred KiB at most


def write(kind: bytes, content: dict, identity: Identity) -> bytes:
    keys = identity.public
    line2 = canonical(dict(content, sign_public=keys.sign_public, age_recipient=keys.age_recipient))
    return kind + b"\n" + line2 + b"\n" + b64(identity.sign(line2)).encode("ascii") + b"\n"


def read(kind: bytes, data: bytes) -> tuple[dict, PublicKeys]:
    """The content and the keys that signed it; refuses anything else with a reason."""
    what = translate("sync.enrol_file", "登记申请") if kind == REQUEST else translate("sync.enrol_file", "登记回执")
    if len(data) > MAX_SIZE or not data.startswith(kind + b"\n"):
        raise BundleError("not_enrolment", translate("sync.enrol_file", "这不是{what}文件。").format(what=what))
    lines = data[len(kind) + 1 :].split(b"\n")
    if len(lines) < 2 or not lines[1]:
        raise BundleError("truncated", translate("sync.enrol_file", "{what}文件不完整，请重新拷贝。").format(what=what))
    try:
        content = values.loads(lines[0].decode("utf-8"))  # before the signature: parse safely
        keys = PublicKeys.checked(content.get("sign_public"), content.get("age_recipient"))
        signature = unb64(lines[1].decode("ascii"))
    except (ValueError, AttributeError, binascii.Error) as err:
        raise BundleError("malformed", translate("sync.enrol_file", "{what}文件格式不对。").format(what=what)) from err
    if not keys.verify(signature, lines[0]):
        raise BundleError("bad_signature", translate("sync.enrol_file", "{what}文件的签名验证失败：文件被改动过。").format(what=what))
    return content, keys
