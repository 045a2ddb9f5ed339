"""Where files live: the user's store, the demo store, the shipped data."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "werkcoach"
ENV_DB = "WERKCOACH_DB"
ENV_DATA = "WERKCOACH_DATA"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return Path(user_data_path(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The real store: ``--db`` beats ``WERKCOACH_DB`` beats the platform default."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "werkcoach.db"


def demo_db_path() -> Path:
    """The demo store: always a separate file, never the real one."""
    return user_data_dir() / "demo.db"


def oefen_db_path() -> Path:
    """The practice store for trainers: separate from real and demo data."""
    return user_data_dir() / "oefenen.db"


def data_dir() -> Path:
    """The shipped data folder (demo data, beroepen, oefencasussen)."""
    env = os.environ.get(ENV_DATA)
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "data", here / "data"):
        if candidate.is_dir():
            return candidate
    return here.parent / "data"
