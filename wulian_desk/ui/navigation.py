"""The areas of the main window, in the order of the navigation list (DOMAIN.md's five parties and
methods of work). `built` areas have a screen; the others show what they will hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # Chinese source text; translated in the "navigation" context
    description: str
    built: bool = False
    # (resource, action) of the permission table a role needs to see the area at all; None: everyone.
    needs: tuple[str, str] | None = None


AREAS = (
    Area("overview", QT_TRANSLATE_NOOP("navigation", "工作台总览"),
         QT_TRANSLATE_NOOP("navigation", "本站概况与设施达标情况。"), built=True),
    Area("dashboard", QT_TRANSLATE_NOOP("navigation", "目标达成"),
         QT_TRANSLATE_NOOP("navigation", "对照政策目标：社会组织、人员、培训课时、运行经费是否达标，以及每个数字背后的记录。"),
         built=True, needs=("target", "view")),
    Area("facilities", QT_TRANSLATE_NOOP("navigation", "设施"),
         QT_TRANSLATE_NOOP("navigation", "房间与资产台账。"), built=True),
    Area("clients", QT_TRANSLATE_NOOP("navigation", "服务对象"),
         QT_TRANSLATE_NOOP("navigation", "服务对象的基本情况、类别和知情同意。"), built=True, needs=("client", "view")),
    Area("cases", QT_TRANSLATE_NOOP("navigation", "个案"),
         QT_TRANSLATE_NOOP("navigation", "个案工作：接案、需求评估、服务计划、服务记录、转介与结案，以及督导。"),
         built=True, needs=("case", "view")),
    Area("groups", QT_TRANSLATE_NOOP("navigation", "小组"),
         QT_TRANSLATE_NOOP("navigation", "小组工作：小组目标、每节活动、组员出勤和前后测评估。"),
         built=True, needs=("group", "view")),
    Area("activities", QT_TRANSLATE_NOOP("navigation", "社区活动"),
         QT_TRANSLATE_NOOP("navigation", "邻里守望、协商议事、文体活动等社区工作，以及重大活动报备。"),
         built=True, needs=("activity", "view")),
    Area("volunteers", QT_TRANSLATE_NOOP("navigation", "志愿者"),
         QT_TRANSLATE_NOOP("navigation", "志愿者与志愿服务队、服务记录和时长、志愿服务证明。"),
         built=True, needs=("volunteer", "view")),
    Area("certificates", QT_TRANSLATE_NOOP("navigation", "志愿服务证明"),
         QT_TRANSLATE_NOOP("navigation", "本站出具的志愿服务记录证明：出具、补打、核验验证码和吊销。"),
         built=True, needs=("volunteer", "view")),
    Area("organisations", QT_TRANSLATE_NOOP("navigation", "社会组织"),
         QT_TRANSLATE_NOOP("navigation", "社区社会组织的登记或备案、类型、负责人、成员与活动、品牌建设。"),
         built=True, needs=("organisation", "view")),
    Area("charity", QT_TRANSLATE_NOOP("navigation", "慈善资源"),
         QT_TRANSLATE_NOOP("navigation", "捐赠方、资金和物资捐赠、社区基金、慈善超市及其分配去向。"),
         built=True, needs=("charity", "view")),
    Area("projects", QT_TRANSLATE_NOOP("navigation", "项目"),
         QT_TRANSLATE_NOOP("navigation", "政府购买服务项目：需求评估、立项、签约、服务、中期督导和评估验收。"),
         built=True, needs=("project", "view")),
    Area("staff", QT_TRANSLATE_NOOP("navigation", "人员与培训"),
         QT_TRANSLATE_NOOP("navigation", "工作人员、社会工作者职业资格证书、培训学时和个案量。"),
         built=True, needs=("staff", "view")),
    Area("sync", QT_TRANSLATE_NOOP("navigation", "同步"),
         QT_TRANSLATE_NOOP("navigation", "用 U 盘与县级总站或本站其他电脑交换数据包。"), built=True,
         needs=("bundle", "view")),
    Area("accounts", QT_TRANSLATE_NOOP("navigation", "账号管理"),
         QT_TRANSLATE_NOOP("navigation", "员工账号、角色、密码和恢复码。"), built=True, needs=("account", "view")),
    Area("audit", QT_TRANSLATE_NOOP("navigation", "审计日志"),
         QT_TRANSLATE_NOOP("navigation", "谁在何时对哪条记录做了什么：登录、查看、修改、打印、导出。"), built=True,
         needs=("audit", "view")),
    Area("settings", QT_TRANSLATE_NOOP("navigation", "设置"),
         QT_TRANSLATE_NOOP("navigation", "自动锁屏时间、界面语言等。"), built=True),
)

AREA_KEYS = tuple(area.key for area in AREAS)


def area(key: str) -> Area:
    for candidate in AREAS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
