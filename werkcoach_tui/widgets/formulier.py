"""Form building blocks: a labelled field with its own Dutch error line."""

from __future__ import annotations

from typing import Any, Iterable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea


class Veld(Vertical):
    """A label, an input widget, and a line for the field's error message."""

    DEFAULT_CSS = """
    Veld { height: auto; margin: 0 1 0 0; }
    Veld > Label { color: $text-muted; height: 1; }
    Veld > .fout { color: $error; height: auto; display: none; }
    Veld.heeft-fout > .fout { display: block; }
    Veld.heeft-fout Input, Veld.heeft-fout Select > SelectCurrent { border: tall $error; }
    """

    def __init__(self, naam: str, label: str, widget: Widget, **kwargs: Any) -> None:
        super().__init__(id=f"veld-{naam}", **kwargs)
        self.naam = naam
        self.label = label
        self.widget = widget

    def compose(self) -> ComposeResult:
        yield Label(self.label)
        yield self.widget
        yield Static("", classes="fout", id=f"fout-{self.naam}")

    def zet_fout(self, melding: str | None) -> None:
        fout = self.query_one(".fout", Static)
        fout.update(melding or "")
        self.set_class(bool(melding), "heeft-fout")

    @property
    def waarde(self) -> Any:
        w = self.widget
        if isinstance(w, Select):
            return None if w.value is Select.NULL else w.value
        if isinstance(w, Checkbox):
            return w.value
        if isinstance(w, TextArea):
            return w.text
        if isinstance(w, Input):
            return w.value
        return None


def tekstveld(naam: str, label: str, waarde: str = "", placeholder: str = "", **kw: Any) -> Veld:
    return Veld(naam, label, Input(value=waarde or "", placeholder=placeholder, id=f"in-{naam}", **kw))


def datumveld(naam: str, label: str, waarde: str = "") -> Veld:
    return Veld(
        naam,
        label,
        Input(value=waarde or "", placeholder="dd-mm-jjjj", id=f"in-{naam}", restrict=r"[0-9\-/.]*", max_length=10),
    )


def keuzeveld(naam: str, label: str, opties: Iterable[tuple[str, str]], waarde: Any = None, leeg: bool = True) -> Veld:
    opties = list(opties)
    kwargs: dict[str, Any] = {"allow_blank": leeg, "prompt": "— kies —", "id": f"in-{naam}"}
    if waarde is not None and waarde != "":
        kwargs["value"] = waarde
    elif not leeg and opties:
        kwargs["value"] = opties[0][1]
    return Veld(naam, label, Select(opties, **kwargs))


def vinkveld(naam: str, label: str, waarde: bool = False) -> Veld:
    return Veld(naam, "", Checkbox(label, value=bool(waarde), id=f"in-{naam}"))
