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
from wulian_desk.core.texts import join, translate
from wulian_desk.core.vocab import ROLES

ACTIONS = {
    "view": translate("core.permissions", "查看"),
    "create": translate("core.permissions", "新建"),
    "edit": translate("core.permissions", "修改"),
    "delete": translate("core.permissions", "删除"),
    "approve": translate("core.permissions", "审批"),
    "close": translate("core.permissions", "结案"),
    "print": translate("core.permissions", "打印"),
    "export": translate("core.permissions", "导出"),
    "import": translate("core.permissions", "导入"),
    "purge": translate("core.permissions", "彻底清除"),
    "full_copy": translate("core.permissions", "查看完整证件号和电话"),
    "enrol": translate("core.permissions", "办理登记"),
    "keys_backup": translate("core.permissions", "备份密钥"),
    "resolve": translate("core.permissions", "处理"),
    "request": translate("core.permissions", "提出"),
    "answer": translate("core.permissions", "答复"),
    "restore": translate("core.permissions", "恢复"),
    "submit": translate("core.permissions", "报送"),
    "reopen": translate("core.permissions", "重新开放"),
    "revoke": translate("core.permissions", "吊销证明"),
}

RESOURCES = {
    "station": translate("core.permissions", "站点信息与设置"),
    "facility": translate("core.permissions", "功能室与设备"),
    "account": translate("core.permissions", "员工账号"),
    "audit": translate("core.permissions", "审计日志"),
    "client": translate("core.permissions", "服务对象"),
    "case": translate("core.permissions", "个案"),
    "consent": translate("core.permissions", "知情同意"),
    "group": translate("core.permissions", "小组"),
    "activity": translate("core.permissions", "社区活动"),
    "volunteer": translate("core.permissions", "志愿者"),
    "organisation": translate("core.permissions", "社区社会组织"),
    "charity": translate("core.permissions", "慈善资源"),
    "project": translate("core.permissions", "项目"),
    "staff": translate("core.permissions", "人员与培训"),
    "target": translate("core.permissions", "目标与工作台"),
    "report": translate("core.permissions", "月度汇总与报告"),
    "bundle": translate("core.permissions", "同步数据包"),
    "conflict": translate("core.permissions", "同步冲突"),
    "correction": translate("core.permissions", "更正请求"),
    "backup": translate("core.permissions", "备份"),
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
    who = PERMISSIONS.get((resource, action), frozenset())
    names = [ROLES[r].text for r in ROLES if r in who]
    raise PermissionDenied(
        translate("core.permissions", "{role}无权{verb}{what}（只有{who}可以）。").format(
            role=ROLES[role].text if role in ROLES else (role or translate("core.permissions", "未登录")),
            verb=ACTIONS[action], what=RESOURCES[resource],
            who=join(names) if names else translate("core.permissions", "任何角色")),
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
