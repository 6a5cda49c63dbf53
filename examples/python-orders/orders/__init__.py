"""Orders service: a small Flask + SQLAlchemy backend used as the Plumbline demo."""
