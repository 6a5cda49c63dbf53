"""HTTP endpoints of the orders API.

Every endpoint of the service was added here, one after another, and the module
has grown past the 150-line standard; see examples/README.md.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from flask import Blueprint, Response, abort, current_app, jsonify, request
from sqlalchemy.exc import IntegrityError

from . import repository
from .database import get_session
from .models import ORDER_STATUSES, Order, OrderItem

bp = Blueprint("orders", __name__)

MAX_QUANTITY = 100
CANCELLABLE_STATUSES = ("pending", "paid")
CSV_COLUMNS = ("id", "status", "created_at", "total")


class ValidationError(Exception):
    """The request body or query string is not what the endpoint accepts."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@bp.errorhandler(ValidationError)
def handle_validation_error(error: ValidationError):
    """Reports bad input as 422 with the offending field."""
    return jsonify(error="Unprocessable Entity", detail=str(error), field=error.field), 422


def serialize_item(item: OrderItem) -> dict:
    """JSON form of an order line."""
    return {
        "id": item.id,
        "product_id": item.product_id,
        "quantity": item.quantity,
        "unit_price": str(item.unit_price),
    }


def serialize_order(order: Order) -> dict:
    """JSON form of an order with its lines; the lines must be loaded."""
    return {
        "id": order.id,
        "customer_id": order.customer_id,
        "status": order.status,
        "created_at": order.created_at.isoformat(),
        "items": [serialize_item(item) for item in order.items],
        "total": str(order.total),
    }


def parse_page() -> int:
    """The 1-based page number from the query string."""
    try:
        return max(int(request.args.get("page", "1")), 1)
    # breaks: no-catch-all
    except Exception:
        return 1


def parse_product_id(value: object) -> int:
    """A product id from a request body."""
    if not isinstance(value, int) or value < 1:
        raise ValidationError("product_id must be a positive integer", field="product_id")
    return value


def parse_quantity(value: object) -> int:
    """A line quantity between 1 and MAX_QUANTITY."""
    try:
        quantity = int(value)
    # ok: no-catch-all -- catches the one error int() raises for bad input
    except (TypeError, ValueError) as error:
        raise ValidationError("quantity must be a whole number", field="quantity") from error
    if not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError(f"quantity must be between 1 and {MAX_QUANTITY}", field="quantity")
    return quantity


def parse_order_lines(payload: dict) -> dict[int, int]:
    """Quantities by product id from a create-order body; repeated products are summed."""
    lines = payload.get("items")
    if not isinstance(lines, list) or not lines:
        raise ValidationError("items must be a non-empty list", field="items")
    quantities: dict[int, int] = {}
    for line in lines:
        if not isinstance(line, dict):
            raise ValidationError("each item must be an object", field="items")
        product_id = parse_product_id(line.get("product_id"))
        quantities[product_id] = quantities.get(product_id, 0) + parse_quantity(line.get("quantity"))
    return quantities


def load_order_or_404(order_id: int) -> Order:
    """The order with that id, or a 404 response."""
    order = repository.get_order(get_session(), order_id)
    if order is None:
        abort(404, description=f"order {order_id} does not exist")
    return order


@bp.get("/orders/<int:order_id>")
def show_order(order_id: int):
    """One order with its lines."""
    return jsonify(serialize_order(load_order_or_404(order_id)))


@bp.get("/customers/<int:customer_id>/orders")
def list_customer_orders(customer_id: int):
    """A page of a customer's orders, newest first."""
    page, page_size = parse_page(), current_app.config["PAGE_SIZE"]
    orders = repository.list_customer_orders(get_session(), customer_id, page_size, (page - 1) * page_size)
    return jsonify(orders=[serialize_order(order) for order in orders], page=page)


@bp.post("/orders")
def create_order():
    """Creates a pending order; prices are taken from the catalogue, not the client."""
    payload = request.get_json(silent=True) or {}
    customer_id = payload.get("customer_id")
    if not isinstance(customer_id, int):
        raise ValidationError("customer_id is required", field="customer_id")
    quantities = parse_order_lines(payload)
    session = get_session()
    products = repository.find_products(session, quantities)
    missing = sorted(set(quantities) - set(products))
    if missing:
        raise ValidationError(f"unknown products: {missing}", field="items")
    order = Order(customer_id=customer_id, status="pending")
    order.items = [
        OrderItem(product_id=product_id, quantity=quantity, unit_price=products[product_id].unit_price)
        for product_id, quantity in quantities.items()
    ]
    session.add(order)
    try:
        session.commit()
    # ok: no-catch-all -- a specific exception, turned into a 409
    except IntegrityError:
        session.rollback()
        abort(409, description="customer does not exist")
    return jsonify(serialize_order(order)), 201


@bp.post("/orders/<int:order_id>/cancel")
def cancel_order(order_id: int):
    """Cancels an order that has not shipped yet."""
    order = load_order_or_404(order_id)
    if order.status not in CANCELLABLE_STATUSES:
        abort(409, description=f"an order that is {order.status} cannot be cancelled")
    order.status = "cancelled"
    get_session().commit()
    return jsonify(serialize_order(order))


@bp.patch("/orders/<int:order_id>/status")
def update_status(order_id: int):
    """Moves an order to another status (back office only)."""
    status = (request.get_json(silent=True) or {}).get("status")
    if status not in ORDER_STATUSES:
        raise ValidationError(f"status must be one of {', '.join(ORDER_STATUSES)}", field="status")
    order = load_order_or_404(order_id)
    order.status = status
    get_session().commit()
    return jsonify(serialize_order(order))


@bp.post("/orders/<int:order_id>/items")
def add_item(order_id: int):
    """Adds a line to a pending order."""
    order = load_order_or_404(order_id)
    if order.status != "pending":
        abort(409, description="only pending orders can change")
    payload = request.get_json(silent=True) or {}
    product_id = parse_product_id(payload.get("product_id"))
    products = repository.find_products(get_session(), [product_id])
    if product_id not in products:
        raise ValidationError(f"unknown product {product_id}", field="product_id")
    quantity = parse_quantity(payload.get("quantity"))
    order.items.append(OrderItem(product_id=product_id, quantity=quantity, unit_price=products[product_id].unit_price))
    get_session().commit()
    return jsonify(serialize_order(order)), 201


@bp.delete("/orders/<int:order_id>/items/<int:item_id>")
def remove_item(order_id: int, item_id: int):
    """Removes a line from a pending order."""
    order = load_order_or_404(order_id)
    if order.status != "pending":
        abort(409, description="only pending orders can change")
    remaining = [item for item in order.items if item.id != item_id]
    if len(remaining) == len(order.items):
        abort(404, description=f"order {order_id} has no item {item_id}")
    order.items = remaining
    get_session().commit()
    return Response(status=204)


@bp.get("/orders/search")
def search_orders():
    """Support search by customer e-mail."""
    fragment = request.args.get("email", "").strip()
    if len(fragment) < 3:
        raise ValidationError("email must have at least 3 characters", field="email")
    sort = request.args.get("sort", "created")
    return jsonify(results=repository.search_orders(get_session(), fragment, sort))


# Code line 151 of this module: from here on, the file is past the limit.
# breaks: max-file-lines
@bp.get("/orders/stats")
def order_stats():
    """How many orders are in the requested status."""
    status = request.args.get("status", "pending")
    if status not in ORDER_STATUSES:
        raise ValidationError(f"unknown status {status}", field="status")
    return jsonify(status=status, count=repository.count_orders_by_status(get_session(), status))


@bp.get("/customers/<int:customer_id>/orders/item-counts")
def item_counts(customer_id: int):
    """Number of lines per order, for the order list badges."""
    session = get_session()
    orders = repository.list_customer_orders(session, customer_id, current_app.config["PAGE_SIZE"], 0)
    counts = repository.count_items_per_order(session, orders)
    return jsonify({str(order_id): count for order_id, count in counts.items()})


@bp.get("/customers/<int:customer_id>/orders.csv")
def export_orders(customer_id: int):
    """A customer's recent orders as CSV, for the accounting export."""
    orders = repository.list_customer_orders(get_session(), customer_id, current_app.config["PAGE_SIZE"], 0)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    grand_total = Decimal("0")
    for order in orders:
        writer.writerow((order.id, order.status, order.created_at.isoformat(), order.total))
        grand_total += order.total
    writer.writerow(("", "", "total", grand_total))
    headers = {"Content-Disposition": f"attachment; filename=orders-{customer_id}.csv"}
    return Response(buffer.getvalue(), mimetype="text/csv", headers=headers)
