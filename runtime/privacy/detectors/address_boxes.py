"""Post-office boxes in the market languages (``PO Box 4417``, ``Postfach 1123``, ``skrytka pocztowa 512``,
``пощенска кутия 512``, ``Θυρίδα 512``): an address as much as a street is (pure regex scan).

The words that say nothing else are matched in any case; the short ones that are other things too (``BP``, a
company; ``PL``, Poland; ``Box``, a box; ``apartado``, a section; ``Pf.``; ``p. p.``; ``c.p.``) only as written
in an address, capitalized, with the postcode right after the box's number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from runtime.privacy.detectors.address_words import words

#: "Post-office box" in the languages of the zone, in the cases people write after "send it to".
BOX_WORDS: Final = (
    "po box", "p.o. box", "p. o. box", "p.o.box", "post office box", "postfach", "boîte postale", "case postale",
    "apartado de correos", "casella postale", "postbus", "postboks",
    "pósthólf", "pósthólfi", "postilokero", "postkast", "postkasti", "pastkaste", "pastkastīte", "pasta kastīte",
    "pašto dėžutė", "pašto dėžutę", "pašto dėžutės", "skrytka pocztowa", "skrytkę pocztową", "skrytki pocztowej",
    "skr. poczt.", "poštovní přihrádka", "poštovní schránka", "poštový priečinok", "poštni predal",
    "poštanski pretinac", "poštanskog pretinca", "postafiók", "căsuța poștală", "căsuța postală",
    "casuta postala", "пощенска кутия", "ταχυδρομική θυρίδα", "bosca poist", "caixa postal",
    "kaxxa postali",
)  # fmt: skip
# (The short forms: capitalized, and the postcode of four to six digits, or a Slovak, Czech, Swedish or Greek one
# in two parts, after the number.)
_SHORT: Final = (
    r"(?:BP|PL|Box|Apartado|Apdo\.|Θυρίδα|Pf\.|P\.[ \u00a0]?P\.|p\.[ \u00a0]?p\.|C\.P\.|Τ\.Θ\.|ΤΘ|П\.К\.|п\.к\.)"
)
_POSTCODE_AFTER: Final = r"(?=,?[ \u00a0](?:[A-Z]{1,2}-)?(?:[0-9]{3}[ \u00a0][0-9]{2}|[0-9]{4,6})(?![0-9]))"
BOX: Final = re.compile(
    rf"(?<![\w.])(?:{words(BOX_WORDS)}[ \u00a0]?(?:(?i:nr|no|n[º°]|č|br)\.?[ \u00a0]?)?[0-9]{{1,6}}"
    rf"|{_SHORT}[ \u00a0]?[0-9]{{1,6}}{_POSTCODE_AFTER})"
    r"(?![0-9]|[.,][0-9])"
)
#: Letters every box word or short form holds, in lower case: the regex runs only where one is written.
_HINTS: Final = (
    "box", "post", "pošt", "poczt", "pósth", "pastk", "pasta", "pašto", "θυρίδ", "кутия", "bosca", "casella",
    "apartado", "apdo", "caixa", "boîte", "case postale", "skr", "căsu", "casu", "kaxxa", "bp", "pl", "pf.", "p. p",
    "p.p", "c.p.", "τ.θ", "τθ", "п.к", "poštni", "pretinac", "přihrádka", "schránka", "priečinok",
)  # fmt: skip


def boxes(text: str) -> Iterator[tuple[int, int]]:
    """Where each post-office box of ``text`` is written."""
    lower = text.lower()
    if any(hint in lower for hint in _HINTS):
        for match in BOX.finditer(text):
            yield match.span()
