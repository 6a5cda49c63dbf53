"""Runtime settings, read from the environment once at startup."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
ISSUE_TRACKER_REPO = "acme/orders-service"

# Token used to open an issue when a fulfilment job fails.
# breaks: no-hardcoded-secrets
GITHUB_TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"


@dataclass(frozen=True)
class Settings:
    """What the app needs to start; every secret comes from the environment."""

    database_url: str
    secret_key: str
    payment_api_key: str
    page_size: int = DEFAULT_PAGE_SIZE


def load_settings() -> Settings:
    """Reads the settings from environment variables and fails fast when one is missing."""
    page_size = min(int(os.environ.get("PAGE_SIZE", DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE)
    return Settings(
        database_url=os.environ["DATABASE_URL"],
        # ok: no-hardcoded-secrets -- read from the environment
        secret_key=os.environ["SECRET_KEY"],
        # ok: no-hardcoded-secrets -- read from the environment
        payment_api_key=os.environ["PAYMENT_API_KEY"],
        page_size=page_size,
    )
