"""Bulgarian given names in Cyrillic from their Latin spellings (pure): ``Tsvetelina``/``Cvetelina`` ->
``цветелина``, ``Yordan`` -> ``йордан``, ``Dimitar`` -> ``димитър``.

The given-name list holds most Bulgarian names in Latin letters only; people write them in Cyrillic. Each
Latin spelling is written back letter by letter (digraphs first), and a final ``-ar`` also as ``-ър``, the
vowel Latin spellings write as ``a``.
"""

from __future__ import annotations

import re
from typing import Final

#: Latin letter groups and their Cyrillic letters, longest first.
_GROUPS: Final = (
    ("sht", "щ"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ju", "ю"), ("ya", "я"),
    ("ja", "я"), ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("y", "й"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("x", "кс"), ("q", "к"),
)  # fmt: skip


_LETTERS: Final = dict(_GROUPS)
_GROUP: Final = re.compile("|".join(group for group, _ in _GROUPS if len(group) > 1) + "|.", re.DOTALL)


def cyrillic_forms(latin: str) -> tuple[str, ...]:
    """The Cyrillic spellings of a folded Latin Bulgarian name (none if a letter has no Cyrillic one)."""
    letters = [_LETTERS.get(group, "") for group in _GROUP.findall(latin)]
    if not all(letters):
        return ()
    form = "".join(letters)
    if form.endswith("ар") and len(form) > 4:
        return form, form[:-2] + "ър"
    return (form,)
