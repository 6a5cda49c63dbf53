"""Monthly sales report for the finance team."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .models import Order, OrderItem

CENT = Decimal("0.01")
TOP_PRODUCT_COUNT = 5
REVENUE_STATUSES = ("paid", "shipped")


# breaks: naming-convention
def formatCurrency(amount: Decimal) -> str:
    """Amount rounded to cents, with a thousands separator: 1,234.50."""
    return f"{amount.quantize(CENT, rounding=ROUND_HALF_UP):,}"


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """First instant of the month and first instant of the next one, in UTC."""
    start = datetime(year, month, 1, tzinfo=timezone.utc)
    if month == 12:
        return start, datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    return start, datetime(year, month + 1, 1, tzinfo=timezone.utc)


# This function does everything in one place and has grown past the 50-line standard;
# see examples/README.md. The split would be: load, aggregate, format.
# breaks: max-function-lines
def build_monthly_report(session: Session, year: int, month: int) -> dict:
    """Revenue, order counts, top products and daily series for one month."""
    start, end = month_bounds(year, month)
    query = (
        select(Order)
        .where(Order.created_at >= start, Order.created_at < end)
        .options(selectinload(Order.items).selectinload(OrderItem.product))
    )
    orders = list(session.scalars(query))
    first_orders = (
        select(Order.customer_id)
        .group_by(Order.customer_id)
        .having(func.min(Order.created_at) >= start, func.min(Order.created_at) < end)
    )
    new_customers = session.scalar(select(func.count()).select_from(first_orders.subquery()))

    orders_by_status: Counter[str] = Counter()
    revenue = Decimal("0")
    refunded = Decimal("0")
    units_by_product: Counter[str] = Counter()
    revenue_by_product: defaultdict[str, Decimal] = defaultdict(Decimal)
    revenue_by_day: defaultdict[date, Decimal] = defaultdict(Decimal)
    customers = set()

    for order in orders:
        orders_by_status[order.status] += 1
        customers.add(order.customer_id)
        if order.status == "refunded":
            refunded += order.total
        if order.status not in REVENUE_STATUSES:
            continue
        revenue += order.total
        revenue_by_day[order.created_at.date()] += order.total
        for item in order.items:
            units_by_product[item.product.sku] += item.quantity
            revenue_by_product[item.product.sku] += item.unit_price * item.quantity

    paid_orders = sum(orders_by_status[status] for status in REVENUE_STATUSES)
    average_order = revenue / paid_orders if paid_orders else Decimal("0")
    top_products = [
        {
            "sku": sku,
            "units": units,
            "revenue": formatCurrency(revenue_by_product[sku]),
        }
        for sku, units in units_by_product.most_common(TOP_PRODUCT_COUNT)
    ]
    daily = [
        {"day": day.isoformat(), "revenue": formatCurrency(amount)}
        for day, amount in sorted(revenue_by_day.items())
    ]

    return {
        "period": f"{year:04d}-{month:02d}",
        "orders": len(orders),
        "orders_by_status": dict(orders_by_status),
        "customers": len(customers),
        "new_customers": new_customers,
        "revenue": formatCurrency(revenue),
        "refunded": formatCurrency(refunded),
        "net_revenue": formatCurrency(revenue - refunded),
        "average_order_value": formatCurrency(average_order),
        "top_products": top_products,
        "daily_revenue": daily,
        "generated_at": datetime.now(timezone.utc).isoformat(),
    }
