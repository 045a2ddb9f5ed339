"""The practice banner: docked on every screen in the practice environment."""

from __future__ import annotations

from textual.widgets import Static

BANNER_TEKST = "OEFENOMGEVING — fictieve gegevens · niets hieruit gaat naar een echte database"


class OefenBanner(Static):
    """One bold line, high contrast, readable without colour (the words say it)."""

    DEFAULT_CSS = """
    OefenBanner {
        width: 1fr;
        height: 1;
        background: $warning;
        color: $background;
        text-style: bold;
        content-align: center middle;
    }
    OefenBanner.over-dialoog {
        dock: top;
        offset-y: 1;
    }
    """

    def __init__(self) -> None:
        super().__init__(f"▲ {BANNER_TEKST} ▲", id="oefen-banner")


def plaats_banner(scherm) -> None:
    """Mount the banner on ``scherm`` once (system screens such as the command palette excepted).

    On a full screen it is the first line under the Header (in the flow: two widgets docked
    to the same edge would overlap); on a dialog it floats in the same place, over the dimmed
    screen below."""
    from textual.screen import SystemModalScreen

    if isinstance(scherm, SystemModalScreen) or scherm.query(OefenBanner):
        return
    if scherm.is_mounted:
        _voeg_in(scherm)
    else:
        scherm.call_after_refresh(_voeg_in, scherm)


def _voeg_in(scherm) -> None:
    from textual.screen import ModalScreen

    if scherm.query(OefenBanner):
        return
    if isinstance(scherm, ModalScreen):
        banner = OefenBanner()
        banner.add_class("over-dialoog")
        scherm.styles.layers = ("default", "oefen-banner")  # painted over the dialog's edge
        banner.styles.layer = "oefen-banner"
        scherm.mount(banner)
        return
    flow = [w for w in scherm.children if w.styles.dock in ("", "none", None)]
    if flow:
        scherm.mount(OefenBanner(), before=flow[0])
    else:
        scherm.mount(OefenBanner())
