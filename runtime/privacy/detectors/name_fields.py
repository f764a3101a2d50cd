"""Names in pasted data and letters (pure): labelled fields, CSV columns and signatures.

- a field named for a name, in JSON, forms or ``key: value`` lines (``"nome": "inês matos"``,
  ``Nachname: Müller``, ``Titular: JOSÉ ALVES PINTO``, ``imię=Anna``): its value, in any letter case;
- a CSV column named for a name (``nome;telefone`` then ``Rui Neves;913 222 111``): that column of each row;
- a signature: the short line after a closing word (``Cumprimentos,`` / ``Mit freundlichen Grüßen``), the words
  after a closing word and a comma on its line, or a last line of capitalized words holding a known name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from runtime.privacy.detectors.intro_phrases import CLOSINGS
from runtime.privacy.detectors.name_words import NOT_NAMES, word_set
from runtime.privacy.normalize import fold

#: Field and column names that hold a person's name, in the market languages (folded, ``_`` for spaces too).
NAME_FIELDS: Final = frozenset(
    fold(label)
    for label in word_set("""
nome apelido apelidos sobrenome titular nome_completo nombre apellido apellidos nom prenom nom_complet name
names firstname lastname fullname first_name last_name full_name given_name family_name surname forename
holder account_holder vorname nachname familienname kontoinhaber inhaber nome_e_cognome cognome naam voornaam
achternaam imie imię nazwisko imie_i_nazwisko jmeno jméno prijmeni příjmení meno priezvisko nume prenume
nev név vezeteknev vezetéknév keresztnev keresztnév ime prezime priimek vardas pavarde pavardė vards vārds
uzvards uzvārds nimi etunimi sukunimi eesnimi perekonnanimi namn fornamn förnamn efternamn fornavn efternavn
etternavn nafn onoma όνομα eponymo επώνυμο ονοματεπωνυμο ονοματεπώνυμο име фамилия titulaire beneficiario
beneficiário
""")
) | frozenset({"full name", "first name", "last name", "given name", "family name", "account holder"})
_LABEL: Final = "|".join(sorted((re.escape(label) for label in NAME_FIELDS), key=len, reverse=True))
_NAME_WORD: Final = r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_]))*\.?"
_VALUE: Final = rf"{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,5}}"
_FIELD: Final = re.compile(
    rf"(?<![\w])[\"']?(?i:{_LABEL})[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>{_VALUE})(?=[\"']|[ \t]*(?:$|[\n\r,;|}}]))",
    re.MULTILINE,
)
_CELL_SEPARATORS: Final = ";\t|,"
_CLOSINGS: Final = frozenset(fold(closing) for closing in CLOSINGS)
_SIGNATURE: Final = re.compile(rf"[ \t]*({_VALUE})[ \t]*")
_MAX_SIGNATURE_WORDS: Final = 4


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its start offset."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def fields(text: str) -> list[tuple[int, int]]:
    """The values of fields named for a name."""
    return [match.span("value") for match in _FIELD.finditer(text)]


def _split_cells(line: str, separator: str) -> list[tuple[int, str]]:
    """The cells of a CSV line with their offsets in the line (quotes left on)."""
    cells: list[tuple[int, str]] = []
    start = 0
    for cell in line.split(separator):
        cells.append((start, cell))
        start += len(cell) + 1
    return cells


def columns(text: str) -> list[tuple[int, int]]:
    """The cells of the CSV columns whose header names a name."""
    lines = list(_lines(text.rstrip("\r")))
    found: list[tuple[int, int]] = []
    value = re.compile(rf"[ \t]*\"?({_VALUE})\"?[ \t\r]*")
    for row, (_, header) in enumerate(lines[:-1]):
        separator = next((s for s in _CELL_SEPARATORS if s in header), None)
        if separator is None:
            continue
        cells = _split_cells(header, separator)
        wanted = {i for i, (_, cell) in enumerate(cells) if fold(cell.strip(" \t\r\"'")) in NAME_FIELDS}
        if not wanted:
            continue
        for start, line in lines[row + 1 :]:
            row_cells = _split_cells(line, separator)
            if len(row_cells) != len(cells):
                break
            for index in wanted:
                offset, cell = row_cells[index]
                match = value.fullmatch(cell)
                if match is not None:
                    found.append((start + offset + match.start(1), start + offset + match.end(1)))
        break
    return found


def signatures(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Signature lines: after a closing word, or a last line whose words are capitalized and one is ``known``."""
    lines = [(start, line) for start, line in _lines(text) if line.strip()]
    found: list[tuple[int, int]] = []
    for index, (start, line) in enumerate(lines):
        head, comma, tail = line.partition(",")
        if fold(line.strip(" \t\r,.!;-")) in _CLOSINGS and index + 1 < len(lines):
            found.extend(_signature(*lines[index + 1], _not_a_place))
        elif comma and fold(head.strip(" \t")) in _CLOSINGS and tail.strip(" \t\r.!"):
            found.extend(_signature(start + len(head) + 1, tail.rstrip(" \t\r.!"), _not_a_place))
    if len(lines) >= 2 and not found:
        found.extend(_signature(*lines[-1], lambda words: _capitalized_known(words, known)))
    return found


def _not_a_place(words: list[str]) -> bool:
    """Whether a line after a closing word may be a signature: not one word that is a town, country, month...
    (``Obrigado.`` / ``Portugal``)."""
    return len(words) > 1 or fold(words[0]) not in NOT_NAMES


def _capitalized_known(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether every word is capitalized (or in capitals) and one of them is a known name."""
    return all(word[0].isupper() for word in words) and any(known(fold(word)) for word in words)


def _signature(start: int, line: str, accept: Callable[[list[str]], bool]) -> list[tuple[int, int]]:
    """The span of ``line`` (starting at ``start``) when it is a short run of name words that ``accept`` takes."""
    match = _SIGNATURE.fullmatch(line.rstrip("\r"))
    if match is None:
        return []
    words = match.group(1).split()
    if len(words) > _MAX_SIGNATURE_WORDS or fold(match.group(1)) in _CLOSINGS or not accept(words):
        return []
    return [(start + match.start(1), start + match.end(1))]
