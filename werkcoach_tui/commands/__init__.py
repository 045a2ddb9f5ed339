"""CLI subcommands, one module each. Every module has ``registreer(subparsers)``,
which adds its parser and sets ``func(args, context) -> int``."""

SUBCOMMANDS = [
    "werkcoach_tui.commands.info",
    "werkcoach_tui.commands.casuistiek",
]
