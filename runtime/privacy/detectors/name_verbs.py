"""Word forms that are verbs or plain words, never a surname, by their shape (pure): a rare word right after a
lower-case given name is taken as its surname (``joana kranjc``), but in a relation or at a sentence's start the
word after the name is as often its verb (``minu tütar tatjana vajab``, ``moja babka lenka nedostala``,
``ma grand-mère geneviève n'a``, ``sydney taħdem``, ``babcia emil zmarł``).

The shapes, each a verb form of a market language that its surnames do not take:

- a negated verb of the Slavic and Baltic languages: ``ne`` and at least four letters more, not a man's Baltic
  surname ending (``nedostala``, ``negavo``, ``nesaņēma``; a listed surname such as ``Nemec`` never gets here);
- an Estonian present: a vowel and ``b`` (``vajab``, ``töötab``, ``elab``);
- a Polish past: ``ł`` after a vowel or ``r``, ``ła`` after ``i``, ``y``, ``ę`` (``zmarł``, ``dzwoniła``; not the
  surnames' ``Deryło``, ``Rasała``, ``Kozieł``);
- a Spanish past with its accent: ``ó`` (``falleció``, ``llamó``);
- a French or Italian pronoun elided before a verb: ``n'``, ``m'``, ``l'``... (``n'a``, ``l'ha``);
- a Maltese word: ``ħ``, ``ċ``, ``ġ`` or ``għ`` (``taħdem``, ``iċempilli``; Maltese surnames are listed).

Only unlisted words reach this check: a known family name is a surname whatever its shape.
"""

from __future__ import annotations

import re
from typing import Final

_VERB: Final = re.compile(
    r"ne\w{4,}(?<!s)"  # nedostala, negavo, nesaņēma (not a Baltic man's surname: -s)
    r"|\w{3,}[aeiouõäöü]b"  # vajab, töötab
    r"|\w+(?:ał|ił|ył|arł|ęł|iła|yła|ęła)"  # zmarł, dzwoniła (not a surname's -ło, -ała, -eł: Deryło, Rasała)
    r"|\w{3,}ó"  # falleció
    r"|(?:n|m|t|s|j|c|l|qu|v)['’]\w+"  # n'a, l'ha
    r"|\w*(?:ħ|ċ|ġ)\w*"  # taħdem, iċempilli
)


def verb_form(word: str) -> bool:
    """Whether ``word`` (as written) has the shape of a verb or a plain word, never of a surname (see the module)."""
    return _VERB.fullmatch(word.lower()) is not None
