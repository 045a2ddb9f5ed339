"""The single source of 'today' for the app; tests inject a fixed one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable, Protocol


class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock (local time)."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at one moment, for tests, snapshots and demos."""

    moment: datetime

    @classmethod
    def on(cls, day: date, hour: int = 9, minute: int = 0) -> "FixedClock":
        return cls(datetime(day.year, day.month, day.day, hour, minute))

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment


TodayFn = Callable[[], date]
