"""The name that heads a signature block (pure): a line of its own after a blank line or at the message's start,
then a line naming a job or a company (``Kinnisvarahaldur | Tamm ja Partnerid OÜ``), then the contact lines (a
phone, an e-mail):

    Margus Urb
    Kinnisvarahaldur | Tamm ja Partnerid OÜ
    tel 5156 3755

The block may open the message too (a signature pasted alone: ``Nermin Losekann`` / ``President vun der Musek``
/ an e-mail). The name line holds two or three capitalized words, each a known name or a word too rare to be a
common one, one at least a known given name (or each a word too rare to be a common one), none a closing's (not
``Best Regards``, ``Customer Service``); the job line has no digit and no ``@``; one of the next three lines has an
``@`` or seven digits.
"""

from __future__ import annotations

from typing import Final

from runtime.privacy.detectors.name_inflection import family_name
from runtime.privacy.detectors.name_run import CLOSING_WORDS
from runtime.privacy.detectors.name_signoff import rare_name
from runtime.privacy.detectors.name_text import WORD
from runtime.privacy.detectors.name_words import FAMILY_NAMES, FREQUENT_WORDS, GIVEN_NAMES, NOT_NAMES
from runtime.privacy.normalize import fold

_MIN_WORDS: Final = 2
_MAX_WORDS: Final = 3
#: How many lines under the job line may hold the contact that closes the block.
_CONTACT_LINES: Final = 3
_PHONE_DIGITS: Final = 7


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _known(key: str) -> bool:
    return key not in NOT_NAMES and (key in GIVEN_NAMES or key in FAMILY_NAMES or family_name(key))


def _name_line(line: str) -> bool:
    """Whether ``line`` (stripped) is two or three capitalized name words (see the module)."""
    parts = line.split(" ")
    if not _MIN_WORDS <= len(parts) <= _MAX_WORDS:
        return False
    if not all(WORD.fullmatch(part) and part[0].isupper() and not part.isupper() for part in parts):
        return False
    keys = [fold(part) for part in parts]
    if any(key in CLOSING_WORDS for key in keys):
        return False
    if not any(key in GIVEN_NAMES and key not in NOT_NAMES for key in keys):
        return all(rare_name(key) for key in keys)  # ``Nermin Losekann``: names the lists lack, no common word
    return all(_known(key) or (len(key) >= 3 and key not in FREQUENT_WORDS) for key in keys)


def _contact(line: str) -> bool:
    return "@" in line or sum(char.isdigit() for char in line) >= _PHONE_DIGITS


def signature_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of the names that head signature blocks in ``text`` (see the module)."""
    starts = _line_starts(text)
    lines = text.split("\n")
    found: list[tuple[int, int]] = []
    for index in range(len(lines) - 2):
        if (index and lines[index - 1].strip()) or not lines[index].strip():
            continue
        job = lines[index + 1]
        if not job.strip() or "@" in job or any(char.isdigit() for char in job):
            continue
        if not any(_contact(line) for line in lines[index + 2 : index + 2 + _CONTACT_LINES]):
            continue
        name = lines[index].strip()
        if _name_line(name):
            offset = starts[index] + lines[index].index(name)
            found.append((offset, offset + len(name)))
    return found
