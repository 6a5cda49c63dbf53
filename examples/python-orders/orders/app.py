"""Flask application factory: configuration, database sessions, error responses."""

from __future__ import annotations

import logging

from flask import Flask, jsonify
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker
from werkzeug.exceptions import HTTPException

from .database import close_session
from .routes import bp
from .settings import load_settings

logger = logging.getLogger(__name__)


def create_app() -> Flask:
    """Builds the app from the environment settings."""
    settings = load_settings()
    app = Flask(__name__)
    app.config["SECRET_KEY"] = settings.secret_key
    app.config["PAGE_SIZE"] = settings.page_size
    engine = create_engine(settings.database_url, pool_pre_ping=True)
    app.extensions["session_factory"] = sessionmaker(bind=engine, expire_on_commit=False)
    app.register_blueprint(bp, url_prefix="/api")
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(OperationalError, handle_database_down)
    app.teardown_appcontext(close_session)
    return app


def handle_http_error(error: HTTPException):
    """Turns aborts (404, 409, ...) into JSON bodies."""
    return jsonify(error=error.name, detail=error.description), error.code


def handle_database_down(error: OperationalError):
    """The database is unreachable: log the cause, tell the client to retry."""
    logger.error("database unavailable", exc_info=error)
    return jsonify(error="Service Unavailable", detail="Try again shortly."), 503
