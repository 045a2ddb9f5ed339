"""Reading files people bring: vacancy lists (CSV, JSON Lines) and the ESCO occupations CSV.

Parsing only: the results are plain values; services write them to the store.
"""

from werkcoach_tui.importers.esco import EscoBeroep, EscoImportFout, parse_esco
from werkcoach_tui.importers.vacatures import ParseResult, parse_vacatures

__all__ = ["EscoBeroep", "EscoImportFout", "ParseResult", "parse_esco", "parse_vacatures"]
