"""CLI subcommands, one module each. Every module has ``registreer(subparsers)``,
which adds its parser and sets ``func(args, context) -> int``."""

SUBCOMMANDS = [
    "werkcoach_tui.commands.info",
    "werkcoach_tui.commands.beheer",
    "werkcoach_tui.commands.klant",
    "werkcoach_tui.commands.instelling",
    "werkcoach_tui.commands.vacatures",
    "werkcoach_tui.commands.beroepen",
    "werkcoach_tui.commands.werkplan",
    "werkcoach_tui.commands.oefenen",
    "werkcoach_tui.commands.casuistiek",
]
