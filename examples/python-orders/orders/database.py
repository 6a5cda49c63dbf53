"""One SQLAlchemy session per request, closed when the request ends."""

from __future__ import annotations

from flask import current_app, g
from sqlalchemy.orm import Session


def get_session() -> Session:
    """The session of the current request, opened on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["session_factory"]()
    return g.db_session


def close_session(_error: BaseException | None = None) -> None:
    """Closes the request's session, if one was opened."""
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
