"""A town in capitals after its postcode ends before a frequent word that follows a known town (``ZAGREB ALI``);
a longer known town's next word and a town's particle go on (``BAD HOMBURG VOR DER HÖHE``). The examples are this
suite's own."""

from __future__ import annotations

import pytest

from runtime.privacy.detectors.address_town_end import town_end


@pytest.mark.parametrize(
    ("line", "town"),
    [
        (" ZAGREB ALI NITKO NE ZNA", " ZAGREB"),
        (" WIEN ABER NUR HEUTE", " WIEN"),
        (" BAD HOMBURG VOR DER HÖHE", " BAD HOMBURG VOR DER HÖHE"),
        (" FRANKFURT AM MAIN", " FRANKFURT AM MAIN"),
        (" UNKNOWNTOWN ABER", " UNKNOWNTOWN ABER"),
    ],
)
def test_a_known_town_ends_before_a_frequent_word(line: str, town: str) -> None:
    """The town's end: after the known town when a frequent word follows, else the whole run."""
    assert line[: town_end(line, 0, len(line))] == town
