"""Demo parties: community organisations (most communities meet their target, a few miss it),
donors, a community fund and a charity supermarket with donations and allocations that never
overdraw, service agencies, projects at every stage with indicators measured and spending within
the agreed amount, staff with training, and operating funds (a few community rooms below the
minimum)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from wulian_desk.core.ids import new_id
from wulian_desk.core.models import (
    Agency,
    Allocation,
    Donation,
    Donor,
    Fund,
    OperatingFund,
    Organisation,
    Project,
    ProjectEvent,
    ProjectIndicator,
    ProjectSpending,
    Staff,
    StaffTraining,
)
from wulian_desk.core.projects import ORDER
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.queries import station as station_queries

TODAY = date(2026, 11, 1)
_ORG_NAMES = {
    "life_service": ("老年服务队", "助餐服务队", "好人驿站", "便民维修队"),
    "charity": ("爱心帮扶队", "慈善互助会", "关爱留守儿童服务队"),
    "mutual_aid": ("邻里互助会", "弃管楼服务队", "楼院互助组"),
    "governance": ("矛盾调解站", "居民议事会", "平安巡逻队"),
    "culture_sports": ("广场舞队", "秦腔自乐班", "太极拳协会", "书画社"),
}
_DONORS = (("陕西某建设集团有限公司", "enterprise"), ("眉县猕猴桃产业协会", "charity"), ("某慈善基金会", "foundation"),
           ("张先生", "individual"), ("李女士", "individual"), ("县爱心超市联盟", "charity"))
_STAFF = (("王站长", "站长", "social_worker"), ("刘芳", "驻站社工", "assistant"), ("陈静", "督导", "social_worker"),
          ("赵磊", "专职社工", "none"), ("孙悦", "驻站社工", "none"))


def fill_parties(writer: BulkWriter, rng: random.Random, *, station: dict, units: list[dict], account: str) -> None:
    homes = [u for u in units if u["tier"] == "community"]
    _organisations(writer, rng, homes)
    _charity(writer, rng, station, homes, account)
    agencies = _agencies(writer, station)
    _projects(writer, rng, station, agencies, account)
    _staff(writer, rng, station, homes, agencies)


def _organisations(writer: BulkWriter, rng: random.Random, homes: list[dict]) -> None:
    rows = []
    for n, home in enumerate(homes):
        rural = home.get("area_kind") == "rural"
        target = 5 if rural else 15
        count = target + rng.randint(0, 3) if n % 7 else max(target - 3, 1)  # every seventh misses
        for i in range(count):
            org_type = rng.choices(list(_ORG_NAMES), weights=(30, 20, 20, 15, 15))[0]
            registered = rng.random() < 0.2
            rows.append({
                "id": new_id(), "name": f"{home['name'].removesuffix('社工室')}{rng.choice(_ORG_NAMES[org_type])}{i + 1}",
                "org_unit_id": home["id"], "org_type": org_type, "status": "registered" if registered else "filed",
                "registration_number": f"51610326MJ{rng.randint(1000000, 9999999)}" if registered else "",
                "filed_on": None if registered else TODAY - timedelta(days=rng.randint(30, 1200)),
                "leader": rng.choice(("王", "李", "张", "刘")) + rng.choice(("秀英", "建国", "桂兰", "志强")),
                "phone": f"139{rng.randint(10000000, 99999999)}", "members": rng.randint(5, 60), "charter": "",
                "brand_organisation": rng.random() < 0.08, "brand_project": "", "federation_member": rng.random() < 0.6,
                "founded_on": TODAY - timedelta(days=rng.randint(60, 2000)),
            })
    writer.insert(Organisation, rows)


def _charity(writer: BulkWriter, rng: random.Random, station: dict, homes: list[dict], account: str) -> None:
    donors = [{"id": new_id(), "name": name, "donor_type": kind, "contact": "", "phone": ""} for name, kind in _DONORS]
    writer.insert(Donor, donors)
    funds = [{"id": new_id(), "name": f"{station['name']}社区基金", "fund_type": "community_fund", "org_unit_id": station["id"]},
             {"id": new_id(), "name": "城关慈善超市", "fund_type": "supermarket",
              "org_unit_id": (homes[0] if homes else station)["id"]}]
    writer.insert(Fund, funds)
    cash, goods = funds
    donations, allocations, balance, stock = [], [], 0, 0
    clients = station_queries.first_client_ids(writer.session, limit=200)
    for n in range(40):
        day = TODAY - timedelta(days=400 - n * 9)
        amount = rng.randint(20, 200) * 10000
        donations.append({"id": new_id(), "donor_id": rng.choice(donors)["id"], "fund_id": cash["id"], "received_on": day,
                          "amount_fen": amount, "item": "", "quantity": 0, "unit": "", "notes": ""})
        balance += amount
        quantity = rng.randint(20, 100)
        donations.append({"id": new_id(), "donor_id": rng.choice(donors)["id"], "fund_id": goods["id"], "received_on": day,
                          "amount_fen": 0, "item": "大米", "quantity": quantity, "unit": "袋", "notes": ""})
        stock += quantity
        if clients:  # allocations stay within what has come in: a fund never goes negative
            spend = min(balance, rng.randint(5, 50) * 10000)
            allocations.append({"id": new_id(), "fund_id": cash["id"], "recipient_kind": "client",
                                "recipient_id": rng.choice(clients), "allocated_on": day + timedelta(days=3),
                                "amount_fen": spend, "item": "", "quantity": 0, "unit": "", "purpose": "临时困难救助",
                                "allocated_by": account})
            balance -= spend
            given = min(stock, rng.randint(5, 30))
            allocations.append({"id": new_id(), "fund_id": goods["id"], "recipient_kind": "client",
                                "recipient_id": rng.choice(clients), "allocated_on": day + timedelta(days=3),
                                "amount_fen": 0, "item": "大米", "quantity": given, "unit": "袋", "purpose": "节日慰问",
                                "allocated_by": account})
            stock -= given
    writer.insert(Donation, donations)
    writer.insert(Allocation, allocations)


def _agencies(writer: BulkWriter, station: dict) -> list[dict]:
    agencies = [{"id": new_id(), "name": name, "credit_code": "", "contact": contact, "phone": "", "org_unit_id": station["id"]}
                for name, contact in (("眉县阳光社会工作服务中心", "周主任"), ("宝鸡益民社会工作服务社", "吴主任"))]
    writer.insert(Agency, agencies)
    return agencies


def _projects(writer: BulkWriter, rng: random.Random, station: dict, agencies: list[dict], account: str) -> None:
    names = ("高龄独居老人关爱项目", "农村留守儿童成长陪伴项目", "残疾人社区康复支持项目", "邻里守望互助网络项目",
             "困难家庭综合包户项目", "社区社会组织培育项目")
    projects, events, indicators, spending = [], [], [], []
    for n, name in enumerate(names):
        reach = n % len(ORDER)
        start = TODAY - timedelta(days=300 - n * 20)
        contracted = reach >= ORDER.index("contracted")
        project_id = new_id()
        projects.append({"id": project_id, "name": name, "org_unit_id": station["id"], "stage": ORDER[reach],
                         "needs": "社区走访收集的需求汇总", "agency_id": agencies[n % 2]["id"] if contracted else None,
                         "budget_fen": rng.randint(5, 30) * 1000000, "contract_fen": rng.randint(5, 30) * 1000000 if contracted else 0,
                         "period_from": start if contracted else None, "period_to": start + timedelta(days=365) if contracted else None,
                         "score": 88.5 if ORDER[reach] == "accepted" else None,
                         "accepted": True if ORDER[reach] == "accepted" else None,
                         "report": "第三方评估报告" if ORDER[reach] == "accepted" else ""})
        for i in range(reach + 1):
            events.append({"id": new_id(), "project_id": project_id, "from_stage": ORDER[i - 1] if i else None,
                           "to_stage": ORDER[i], "on": start + timedelta(days=i * 30), "approved_by": account,
                           "documents": json.dumps([]), "note": ""})
        if contracted:
            measured = reach >= ORDER.index("service")
            indicators += [{"id": new_id(), "project_id": project_id, "name": name_, "target": target, "unit": unit,
                            "actual": float(rng.randint(int(target * 0.5), int(target * 1.2))) if measured else None}
                           for name_, target, unit in (("服务人次", 500.0, "人次"), ("开展小组活动", 12.0, "次"))]
            # Spending stays within the agreed amount, in a few payments after the agreement.
            contract = projects[-1]["contract_fen"]
            for k in range(reach - ORDER.index("contracted") + 1):
                spending.append({"id": new_id(), "project_id": project_id, "spent_on": start + timedelta(days=70 + k * 30),
                                 "amount_fen": contract // 5, "purpose": ("人员经费", "活动物资", "督导评估")[k % 3]})
    writer.insert(Project, projects)
    writer.insert(ProjectEvent, events)
    writer.insert(ProjectIndicator, indicators)
    writer.insert(ProjectSpending, spending)


def _staff(writer: BulkWriter, rng: random.Random, station: dict, homes: list[dict], agencies: list[dict]) -> None:
    staff = [{"id": new_id(), "name": name, "post": post, "certificate": cert, "org_unit_id": station["id"],
              "agency_id": agencies[0]["id"] if post == "驻站社工" else None, "phone": "", "active": True}
             for name, post, cert in _STAFF]
    writer.insert(Staff, staff)
    writer.insert(StaffTraining, [
        {"id": new_id(), "staff_id": person["id"], "name": course, "hours": hours,
         "held_on": TODAY - timedelta(days=rng.randint(10, 300)), "organiser": "县社会工作服务总站"}
        for person in staff for course, hours in (("个案工作实务", 16.0), ("督导与政策法规", 12.0), ("小组工作技巧", 12.0))
    ])
    funds = [
        {"id": new_id(), "org_unit_id": station["id"], "year": TODAY.year, "entry": "received", "amount_fen": 2500000,
         "on": date(TODAY.year, 3, 1), "note": "县财政拨付运行经费"},
        {"id": new_id(), "org_unit_id": station["id"], "year": TODAY.year, "entry": "spent", "amount_fen": 1260000,
         "on": date(TODAY.year, 9, 1), "note": "办公与活动支出"},
    ]
    # Urban community rooms: most receive the 1 万元 minimum, every third falls short.
    for n, home in enumerate(u for u in homes if u.get("area_kind") == "urban"):
        received = 800000 if n % 3 == 2 else 1200000
        funds += [{"id": new_id(), "org_unit_id": home["id"], "year": TODAY.year, "entry": "received",
                   "amount_fen": received, "on": date(TODAY.year, 3, 15), "note": "街道拨付社工室运行经费"},
                  {"id": new_id(), "org_unit_id": home["id"], "year": TODAY.year, "entry": "spent",
                   "amount_fen": received // 2, "on": date(TODAY.year, 8, 20), "note": "活动与办公支出"}]
    writer.insert(OperatingFund, funds)
