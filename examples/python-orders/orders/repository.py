"""Data access for orders: every query the HTTP layer runs lives here."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from .models import Order, OrderItem, Product

SORT_COLUMNS = {"created": "created_at", "status": "status", "id": "id"}


def get_order(session: Session, order_id: int) -> Order | None:
    """One order with its items and their products."""
    # ok: no-query-in-loop -- selectinload fetches every item and product up front
    query = (
        select(Order)
        .where(Order.id == order_id)
        .options(selectinload(Order.items).selectinload(OrderItem.product))
    )
    return session.scalars(query).first()


def list_customer_orders(session: Session, customer_id: int, limit: int, offset: int) -> list[Order]:
    """A page of a customer's orders, newest first, with their items loaded eagerly."""
    query = (
        select(Order)
        .where(Order.customer_id == customer_id)
        .options(selectinload(Order.items))
        .order_by(Order.created_at.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query))


def count_orders_by_status(session: Session, status: str) -> int:
    """How many orders are in one status."""
    # ok: parameterized-sql -- :status is a bound parameter
    result = session.execute(text("SELECT count(*) FROM orders WHERE status = :status"), {"status": status})
    return result.scalar_one()


def search_orders(session: Session, email_fragment: str, sort: str = "created") -> list[dict]:
    """Orders whose customer e-mail contains a fragment, for the support search box."""
    column = SORT_COLUMNS.get(sort, "created_at")
    sql = (
        "SELECT o.id, o.status, o.created_at, c.email FROM orders o "
        "JOIN customers c ON c.id = o.customer_id "
        "WHERE c.email LIKE '%" + email_fragment + "%' ORDER BY o." + column
    )
    # breaks: parameterized-sql
    rows = session.execute(text(sql)).mappings().all()
    return [dict(row) for row in rows]


def find_products(session: Session, product_ids: Iterable[int]) -> dict[int, Product]:
    """Products by id, fetched in one round trip."""
    # ok: no-query-in-loop -- one query with IN (...) for all ids
    products = session.scalars(select(Product).where(Product.id.in_(list(product_ids))))
    return {product.id: product for product in products}


def count_items_per_order(session: Session, orders: Iterable[Order]) -> dict[int, int]:
    """Number of lines of each order, for the order list badges."""
    counts: dict[int, int] = {}
    for order in orders:
        query = select(func.count()).where(OrderItem.order_id == order.id)
        # breaks: no-query-in-loop
        counts[order.id] = session.execute(query).scalar_one()
    return counts


def list_paid_orders(session: Session, limit: int) -> list[Order]:
    """Paid orders waiting to ship, oldest first, with items and products loaded."""
    query = (
        select(Order)
        .where(Order.status == "paid")
        .options(selectinload(Order.items).selectinload(OrderItem.product))
        .order_by(Order.created_at)
        .limit(limit)
    )
    return list(session.scalars(query))
