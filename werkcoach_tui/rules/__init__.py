"""Pure domain rules: ``f(data, today) -> result``.

No I/O, no database, no UI and no clock reads: the caller passes ``today``.
Deliberately light: importing this package imports nothing else. Import the
module you need, e.g. ``from werkcoach_tui.rules.signalen import bereken_signalen``.

Modules
-------
- ``feiten``            frozen input dataclasses (``KlantFeiten`` and its parts)
- ``datums``            month arithmetic, age, AOW date, ``dd-mm-jjjj`` parsing
- ``opmaak``            Dutch formatting of amounts, hours and numbers
- ``passende_arbeid``   suitable-work phase and max travel time
- ``ouderen``           57+ and the explicit weighing of labour-market chances
- ``budget``            instrument costs and the € 2.000 approval limit
- ``sollicitatieplicht`` 4-week periods, norm, exemptions, AOW
- ``pawa``              Passend werkaanbod eligibility with reasons
- ``gesprekken``        intake deadline, WOG, monitorgesprek, contact, guidance time
- ``signalen``          the advisory signals per klant
- ``smart``             warnings for agreements that are not SMART
"""
