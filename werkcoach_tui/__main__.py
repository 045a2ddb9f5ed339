"""`python -m werkcoach_tui` does the same as the `werkcoach` command."""

from werkcoach_tui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
