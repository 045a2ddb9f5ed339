"""Shared column helpers for the SQLModel tables."""

from __future__ import annotations

from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field


def enum_field(enum: type[Enum], *, default: Any = None, nullable: bool = True, index: bool = False) -> Any:
    """A column that stores the enum's *value* (e.g. 'intake'), checked on write."""
    return Field(
        default=default,
        sa_column=sa.Column(
            sa.Enum(
                enum,
                values_callable=lambda e: [m.value for m in e],
                native_enum=False,
                validate_strings=True,
                length=40,
                create_constraint=False,
            ),
            nullable=nullable,
            index=index,
        ),
    )
