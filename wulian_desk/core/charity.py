"""Charity resources: donor and fund kinds, what a valid donation or allocation is, balances, and
the trace that says which donors' money and goods reached which recipient.

Money is fen (int). Goods are counted per (item, unit) in each fund: 10 袋 of rice is not 10 kg.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.money import format_yuan
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import Choice

DONOR_TYPES = {c.code: c for c in (
    Choice("enterprise", translate("core.charity", "企业")), Choice("individual", translate("core.charity", "个人")),
    Choice("foundation", translate("core.charity", "基金会")), Choice("charity", translate("core.charity", "慈善组织")),
)}
FUND_TYPES = {c.code: c for c in (
    Choice("community_fund", translate("core.charity", "社区基金")), Choice("supermarket", translate("core.charity", "慈善超市")),
)}
RECIPIENT_KINDS = {c.code: c for c in (
    Choice("client", translate("core.charity", "服务对象")), Choice("activity", translate("core.charity", "社区活动")), Choice("project", translate("core.charity", "项目")),
)}
MAX_FEN = 100_000_000_00


@dataclass(frozen=True)
class Movement:
    """One donation in (+) or allocation out (-) of a fund, in the order they happened."""

    id: str
    on: date
    amount_fen: int
    item: str
    quantity: int
    unit: str


def check_amounts(*, amount_fen: int, item: str, quantity: int, unit: str) -> tuple[int, str, int, str]:
    """Cash (amount_fen > 0, no item) or goods (item, quantity > 0, unit); never both, never neither."""
    item, unit = (item or "").strip(), (unit or "").strip()
    for name, value in (("amount_fen", amount_fen), ("quantity", quantity)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(translate("core.charity", "金额和数量须为非负整数（金额以分计）。"), field=name)
    if amount_fen > MAX_FEN:
        raise ValidationError(translate("core.charity", "金额超过一亿元，请检查是否多输了零。"), field="amount_fen")
    if item:
        if amount_fen or quantity <= 0 or not unit:
            raise ValidationError(translate("core.charity", "物资请填写品名、数量和单位（不同时填金额）。"),
                                  field="quantity")
        return 0, item[:60], quantity, unit[:8]
    if amount_fen <= 0 or quantity:
        raise ValidationError(translate("core.charity", "请填写金额（现金）或物资品名与数量。"), field="amount_fen")
    return amount_fen, "", 0, ""


def cash_balance(donations: Iterable[int], allocations: Iterable[int]) -> int:
    return sum(donations) - sum(allocations)


def stock(movements: Iterable[tuple[str, str, int]]) -> dict[tuple[str, str], int]:
    """(item, unit) -> quantity on hand, from (item, unit, signed quantity) movements."""
    held: dict[tuple[str, str], int] = defaultdict(int)
    for item, unit, quantity in movements:
        held[(item, unit)] += quantity
    return {k: v for k, v in held.items() if v}


def refuse_overdraw(*, fund_name: str, balance_fen: int, amount_fen: int, item: str, on_hand: int, quantity: int,
                    unit: str) -> None:
    """The rule that keeps every fund at zero or above, with a message naming what is left."""
    if item and quantity > on_hand:
        raise ValidationError(translate("core.charity", "{fund_name}的“{item}”库存只有 {on_hand}{unit}，不能分配 {quantity}{unit}。").format(fund_name=fund_name, item=item, on_hand=on_hand, unit=unit, quantity=quantity), field="quantity")
    if not item and amount_fen > balance_fen:
        raise ValidationError(translate("core.charity", "{fund_name}余额只有 {format_yuan} 元，不能分配 {format_yuan2} 元。").format(fund_name=fund_name, format_yuan=format_yuan(balance_fen), format_yuan2=format_yuan(amount_fen)), field="amount_fen")


def trace(donations: list[Movement], allocations: list[Movement]) -> dict[str, list[tuple[str, int]]]:
    """allocation id -> [(donation id, fen or quantity)]: each allocation is paid from the oldest
    money or goods still in the fund (first in, first out), so every yuan and item has a donor."""
    pools: dict[tuple[str, str], list[list]] = defaultdict(list)
    for d in sorted(donations, key=lambda m: (m.on, m.id)):
        pools[(d.item, d.unit)].append([d.id, d.quantity if d.item else d.amount_fen])
    result: dict[str, list[tuple[str, int]]] = {}
    for a in sorted(allocations, key=lambda m: (m.on, m.id)):
        need, parts = (a.quantity if a.item else a.amount_fen), []
        for entry in pools[(a.item, a.unit)]:
            if need == 0:
                break
            take = min(need, entry[1])
            if take:
                parts.append((entry[0], take))
                entry[1] -= take
                need -= take
        result[a.id] = parts
    return result
