"""Exports for people outside the app: the werkplan for the klant (Markdown, text, HTML)."""
