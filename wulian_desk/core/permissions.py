"""Who may do what: the one permission table of the app.

Services call `require(role, resource, action)` before they act, so a refused call fails the same
way from the window, the command line or a test; the window asks `allowed(...)` only to hide or
disable what would be refused. Case files are narrower still: see `may_see_case`.

Roles (vocab.ROLES): worker 社工, supervisor 督导, head 站长, county_admin 总站管理员 (county only).
Each area adds its rows together with the services that check them; every row is exercised, as
every role, by tests/services/test_permissions.py.
"""

from __future__ import annotations

from wulian_desk.core.errors import PermissionDenied
from wulian_desk.core.vocab import ROLES

ACTIONS = {
    "view": ("查看", "view"),
    "create": ("新建", "create"),
    "edit": ("修改", "edit"),
    "delete": ("删除", "delete"),
    "approve": ("审批", "approve"),
    "close": ("结案", "close"),
    "print": ("打印", "print"),
    "export": ("导出", "export"),
    "import": ("导入", "import"),
    "purge": ("彻底清除", "purge"),
    "full_copy": ("查看完整证件号和电话", "see full ID and phone numbers"),
    "enrol": ("办理登记", "enrol"),
    "keys_backup": ("备份密钥", "back up the keys of"),
    "resolve": ("处理", "resolve"),
    "request": ("提出", "make"),
    "answer": ("答复", "answer"),
    "restore": ("恢复", "restore from"),
    "submit": ("报送", "submit"),
    "reopen": ("重新开放", "reopen"),
    "revoke": ("吊销证明", "revoke certificates of"),
}

RESOURCES = {
    "station": ("站点信息与设置", "station and settings"),
    "facility": ("功能室与设备", "rooms and equipment"),
    "account": ("员工账号", "staff accounts"),
    "audit": ("审计日志", "the audit journal"),
    "client": ("服务对象", "clients"),
    "case": ("个案", "cases"),
    "consent": ("知情同意", "consent records"),
    "group": ("小组", "groups"),
    "activity": ("社区活动", "activities"),
    "volunteer": ("志愿者", "volunteers"),
    "organisation": ("社区社会组织", "community organisations"),
    "charity": ("慈善资源", "charity resources"),
    "project": ("项目", "projects"),
    "staff": ("人员与培训", "staff and training"),
    "target": ("目标与工作台", "targets and the dashboard"),
    "report": ("月度汇总与报告", "monthly roll-ups and reports"),
    "bundle": ("同步数据包", "sync bundles"),
    "conflict": ("同步冲突", "sync conflicts"),
    "correction": ("更正请求", "correction requests"),
    "backup": ("备份", "backups"),
}

# W = worker 社工, S = supervisor 督导, H = head 站长, C = county_admin 总站管理员.
# Read a row as: on RESOURCE, ACTION is allowed to the roles whose letters are listed.
_TABLE = """
station       view       W S H C
station       edit           H C
facility      view       W S H C
facility      create     W   H C
facility      edit       W   H C
facility      delete         H C
account       view           H C
account       create         H C
account       edit           H C
audit         view           H C
audit         export         H C
backup        create         H C
backup        restore        H C
client        view       W S H
client        create     W S H
client        edit       W S H
client        full_copy    S H
client        purge          H
consent       view       W S H
consent       create     W S H
consent       edit       W S H
case          view       W S H
case          create     W S H
case          edit       W S H
case          approve      S
case          close      W S H
case          print      W S H
group         view       W S H
group         create     W S H
group         edit       W S H
activity      view       W S H
activity      create     W S H
activity      edit       W S H
volunteer     view       W S H
volunteer     create     W S H
volunteer     edit       W S H
volunteer     full_copy    S H
volunteer     print      W S H
volunteer     revoke       S H
volunteer     import     W S H
organisation  view       W S H C
organisation  create     W S H
organisation  edit       W S H
organisation  print      W S H
organisation  import     W S H
charity       view       W S H C
charity       create     W S H
charity       edit         S H
charity       import     W S H
project       view       W S H C
project       create         H C
project       edit       W S H C
project       approve      S H C
staff         view       W S H C
staff         create         H C
staff         edit           H C
target        view       W S H C
target        print      W S H C
report        view       W S H C
report        print        S H C
report        submit         H
report        approve        H C
report        reopen         H C
bundle        view       W S H C
bundle        export         H C
bundle        import         H C
bundle        enrol          H C
bundle        keys_backup    H C
conflict      view         S H C
conflict      resolve      S H C
correction    view       W S H C
correction    request        H C
correction    answer     W S H
"""

_LETTERS = {"W": "worker", "S": "supervisor", "H": "head", "C": "county_admin"}


def _parse(table: str) -> dict[tuple[str, str], frozenset[str]]:
    grid = {}
    for line in table.strip().splitlines():
        resource, action, *letters = line.split()
        assert resource in RESOURCES and action in ACTIONS, line
        assert (resource, action) not in grid, f"duplicate row: {line}"
        grid[(resource, action)] = frozenset(_LETTERS[x] for x in letters)
    return grid


PERMISSIONS: dict[tuple[str, str], frozenset[str]] = _parse(_TABLE)


def allowed(role: str, resource: str, action: str) -> bool:
    return role in PERMISSIONS.get((resource, action), frozenset())


def require(role: str, resource: str, action: str) -> None:
    """Raise PermissionDenied, saying who may, unless `role` may do `action` on `resource`."""
    if allowed(role, resource, action):
        return
    verb_zh, verb_en = ACTIONS[action]
    what_zh, what_en = RESOURCES[resource]
    who = PERMISSIONS.get((resource, action), frozenset())
    role_zh = ROLES[role].zh if role in ROLES else (role or "未登录")
    who_zh = "、".join(ROLES[r].zh for r in ROLES if r in who) or "任何角色"
    who_en = ", ".join(ROLES[r].en for r in ROLES if r in who) or "no role"
    raise PermissionDenied(
        f"{role_zh}无权{verb_zh}{what_zh}（只有{who_zh}可以）。",
        f"Your role may not {verb_en} {what_en} (only: {who_en}).",
    )


def case_worker_scope(role: str, account_id: str | None) -> str | None:
    """Whose cases a user sees, as a filter on the assigned worker: None for every case (the
    supervisors and the station head), a worker's own id, or "" (no case has it) for anyone else."""
    if role in ("supervisor", "head"):
        return None
    return (account_id or "") if role == "worker" else ""


def may_see_case(role: str, account_id: str | None, *, assigned_worker_id: str | None) -> bool:
    """A case file is for its assigned worker, the supervisors and the station head only."""
    scope = case_worker_scope(role, account_id)
    return scope is None or (scope != "" and scope == assigned_worker_id)
