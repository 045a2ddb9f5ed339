"""Settings that travel with the store (e.g. the adviser's name)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Instelling(SQLModel, table=True):
    __tablename__ = "instelling"

    sleutel: str = Field(primary_key=True)
    waarde: str = ""
