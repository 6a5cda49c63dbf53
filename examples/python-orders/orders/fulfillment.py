"""Nightly job that reserves stock for paid orders and marks them shipped."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from . import repository
from .models import Order

logger = logging.getLogger(__name__)

BATCH_SIZE = 200


@dataclass
class FulfilmentPlan:
    """Orders that can ship now, and the ones waiting for stock."""

    ready: list[Order] = field(default_factory=list)
    backordered: dict[int, list[str]] = field(default_factory=dict)


def plan_fulfilment(orders: list[Order]) -> FulfilmentPlan:
    """Reserves stock order by order, oldest first; products must be loaded with the items."""
    plan = FulfilmentPlan()
    reserved: dict[int, int] = {}
    for order in orders:
        if order.status == "paid":
            short: list[str] = []
            for item in order.items:
                available = item.product.stock - reserved.get(item.product_id, 0)
                # breaks: max-nesting-depth
                if available < item.quantity:
                    short.append(item.product.sku)
            if short:
                plan.backordered[order.id] = short
                continue
            for item in order.items:
                reserved[item.product_id] = reserved.get(item.product_id, 0) + item.quantity
            plan.ready.append(order)
    return plan


def apply_plan(plan: FulfilmentPlan) -> None:
    """Takes the reserved stock off the shelves and marks the orders shipped."""
    for order in plan.ready:
        order.status = "shipped"
        for item in order.items:
            item.product.stock -= item.quantity


def run_fulfilment(session: Session) -> FulfilmentPlan:
    """One run of the job; a failed run is logged with its traceback and rolled back."""
    orders = repository.list_paid_orders(session, BATCH_SIZE)
    plan = plan_fulfilment(orders)
    try:
        apply_plan(plan)
        session.commit()
    # ok: no-catch-all -- logs the traceback and re-raises
    except Exception:
        logger.exception("fulfilment run failed; rolling back %d orders", len(plan.ready))
        session.rollback()
        raise
    logger.info("shipped %d orders, %d backordered", len(plan.ready), len(plan.backordered))
    return plan
