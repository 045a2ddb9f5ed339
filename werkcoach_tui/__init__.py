"""Werkcoach: the adviser's offline dossier tool (Textual TUI).

Importing this package is cheap on purpose: it does not import Textual,
SQLAlchemy or any data. The CLI and the app import what they need lazily.
"""

__version__ = "0.1.0"
