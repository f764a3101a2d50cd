"""Putting the user's values back in place of placeholders in the model's answer, whole or streamed.

Only real placeholders get values; the user's own typed look-alikes (escaped before the model saw them, see
``placeholders``) come back as the user typed them.
"""

from __future__ import annotations

from collections.abc import Mapping

from runtime.privacy.placeholders import PLACEHOLDER_PATTERN, pending_start, substitute


def _known(mapping: Mapping[str, str]) -> dict[str, str]:
    """The mapping's entries whose key is a well-formed placeholder (others can never be replaced)."""
    return {k: v for k, v in mapping.items() if PLACEHOLDER_PATTERN.fullmatch(k)}


def _substitute(text: str, mapping: Mapping[str, str]) -> str:
    """Replace every known placeholder of ``text`` and undo the escaping of the user's look-alikes; unknown or
    garbled placeholders pass through unchanged."""
    return substitute(text, lambda m: mapping.get(m.group(0), m.group(0)))


def reidentify(text: str, mapping: Mapping[str, str]) -> str:
    """``text`` with each placeholder of ``mapping`` replaced by its original value."""
    return _substitute(text, _known(mapping))


class StreamingReidentifier:
    """Re-identifies a streamed answer delta by delta.

    Holds back only a trailing possible prefix of a known placeholder (``[IB``, ``[IBAN_1``) or of an escaped
    look-alike or bracket (``［NAME_``, ``］``) until the next delta tells whether it completes; emits everything
    else at once. Work per delta is proportional to the delta (plus the short held-back text), never to the
    answer so far.
    """

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._mapping = _known(mapping)
        self._prefixes = frozenset(key[:i] for key in self._mapping for i in range(1, len(key)))
        self._held = ""

    @property
    def held_back(self) -> str:
        """The text received but not emitted yet (empty, a proper prefix of a known placeholder, or the start
        of an escaped look-alike or bracket)."""
        return self._held

    def feed(self, delta: str) -> str:
        """Take the next model delta; return the re-identified text that can be sent now."""
        text = self._held + delta if self._held else delta
        hold = len(text)
        cut = text.rfind("[")
        if cut != -1 and text[cut:] in self._prefixes:
            hold = cut
        pending = pending_start(text)
        if pending is not None:
            hold = min(hold, pending)
        self._held = text[hold:]
        return _substitute(text[:hold], self._mapping)

    def flush(self) -> str:
        """End of the answer: return what was held back (an incomplete placeholder stays as written)."""
        held, self._held = self._held, ""
        return held
