"""Places that hold a person's name (pure): street, saint's and place names, and towns named after people.

``Rua Almirante Reis``, ``via Giuseppe Verdi``, ``San Sebastián``, ``Hospital Santa Maria``, ``Viana do
Castelo``, ``Reggio Emilia``: the name detectors take no person inside them.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_text import NAME_PARTICLES, Words, capitalized
from runtime.privacy.detectors.name_words import TOWNS, word_set
from runtime.privacy.detectors.street_types import BEFORE
from runtime.privacy.normalize import fold

#: Words before which a name is part of a place's name (``Rua Almirante Reis``, ``via Giuseppe Verdi``,
#: ``San Sebastián``, ``Santa Maria da Feira``, ``Hospital Santa Maria``, ``Escola José Régio``).
PLACE_WORDS: Final = frozenset(fold(word).rstrip(".") for word in BEFORE if word.rstrip(".").isalpha()) | word_set("""
san santa santo sao saint sainte st sankt sankti sant sint sv sveti sveta svety svaty svata szent agios agia αγιος αγια
αγιου αγιας hospital hospitais escola colegio liceo liceu lycee gymnasium universidade universidad universita
universite universitat university aeroporto aeropuerto aeroport airport flughafen estacao estacion gare station
bahnhof museu museo musee museum teatro theatre theater fundacao fundacion fondation stiftung ponte puente pont
porto puerto port vila villa ciudad cidade praia playa plage igreja iglesia eglise kirche chiesa capela capilla
clinica klinik instituto institut estadio stadion parque parc park mercado hotel quinta monte mont bairro
""")
#: Words that end a place's name after a particle (``Viana do Castelo``, ``Santa Maria da Feira``).
PLACE_TAILS: Final = word_set("castelo feira mar rio monte porto serra ponte lago lima vila campo vale gaia")
#: Place nouns written after a name (``Prince Edward Island``, ``Mariana Islands``): the run is a place's name.
PLACE_NOUNS_AFTER: Final = word_set("""
island islands isle isles bay river lake mountains mountain county valley hills islas isla ilhas ilha ile iles
insel inseln eiland eilanden oerne oarna saaret
""")


def in_place(words: Words, index: int) -> bool:
    """Whether word ``index`` continues a place's name (a street type, a saint or a place noun before it)."""
    probe = index - 1
    while probe >= 0 and words.joined(probe, probe + 1):
        key = words.folded[probe]
        if key in PLACE_WORDS:
            return True
        if not (capitalized(words.words[probe]) or words.words[probe].isupper() or key in NAME_PARTICLES):
            return False
        probe -= 1
    return False


def place_tail(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` end as a place does (a particle, then ``Castelo``, ``Feira``...; or a place
    noun such as ``Island``)."""
    return any(
        (words.folded[i] in PLACE_TAILS and words.folded[i - 1] in NAME_PARTICLES)
        or words.folded[i] in PLACE_NOUNS_AFTER
        for i in range(start + 1, end)
    )


def in_town(words: Words, start: int, end: int) -> bool:
    """Whether the words ``start:end`` lie inside the name of a town of ``TOWNS`` (``Reggio Emilia``)."""
    for first in range(max(0, start - 3), start + 1):
        for town in TOWNS.get(words.folded[first], ()):
            last = first + len(town)
            if last >= end and tuple(words.folded[first:last]) == town:
                return True
    return False
