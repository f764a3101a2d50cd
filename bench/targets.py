"""The targets of identifying the language on the function, as rows of the report's target table (pure, given
the identifier): Comprehend calls per message in a `pt, en` stack, the privacy pipeline's share of a turn's cost
with the small models, and the identification's accuracy on 3-30-word chat messages.
"""

from __future__ import annotations

from collections.abc import Sequence

from bench.analysis import Check
from bench.cost import Assumptions, Identify, bill, models, privacy_share
from bench.language_id import LANGUAGES, measure
from bench.turn_cost import SMALL_MODEL_SHARE, mix_turns, typical_turns
from runtime.privacy.comprehend_skip import CallSkipper

#: At most this many Comprehend calls per message in a `pt, en` stack, for Portuguese and English alike.
CALLS_PER_MESSAGE = 1.5
#: The stack the call target is stated for.
CALL_STACK = ("pt", "en")
#: The share of a language's short chat messages identified right, at least.
ACCURACY = 0.97


def calls_check(identify: Identify, pre_model_ms: float, assumptions: Assumptions) -> Check:
    """Comprehend calls per message in a `pt, en` stack: the chat messages of each language and the typical
    conversation of the cost section."""
    rows = [measure(identify, language) for language in CALL_STACK]
    turns = typical_turns(pre_model_ms, assumptions, identify)
    conversation = sum(turn.comprehend_calls for turn in turns) / len(turns)
    measured = ", ".join(f"{row.language} {row.calls_pt_en:.2f} ({row.messages} messages)" for row in rows)
    return Check(
        f"Comprehend calls per message in a `{', '.join(CALL_STACK)}` stack <= {CALLS_PER_MESSAGE:g}, Portuguese "
        "and English chat messages alike (before: 4)",
        f"{measured}; the cost section's conversation {conversation:.2f}",
        all(row.calls_pt_en <= CALLS_PER_MESSAGE for row in rows),
    )


def share_checks(identify: Identify, pre_model_ms: float, assumptions: Assumptions) -> list[Check]:
    """The privacy pipeline's share of a turn's cost with each small model, before and now, in the conversation
    and at the calls per message of the realistic chat mix."""
    found = []
    quiet = CallSkipper()
    before = typical_turns(pre_model_ms, assumptions)
    now = typical_turns(pre_model_ms, assumptions, identify, quiet)
    mix = mix_turns(typical_turns(pre_model_ms, assumptions, identify), identify, quiet)
    for model in models()[1:]:
        share_before, share_now, share_mix = (privacy_share(bill(t, assumptions, model)) for t in (before, now, mix))
        found.append(
            Check(
                f"privacy pipeline < {SMALL_MODEL_SHARE:.0%} of a turn's cost with a small model: {model.label}",
                f"{share_now:.1%} in the conversation, {share_mix:.1%} at the realistic mix's calls (before "
                f"{share_before:.1%}; see the floor one call puts on it under the cost)",
                share_now < SMALL_MODEL_SHARE and share_mix < SMALL_MODEL_SHARE,
            )
        )
    return found


def accuracy_checks(identify: Identify, configured: Sequence[str]) -> list[Check]:
    """Share of 3-30-word chat messages whose language is told apart from the others the stack weighs (its
    languages, en and those Comprehend reads): the bench's configured languages, then every zone language."""
    rows = {language: measure(identify, language) for language in LANGUAGES}
    mine = [rows[language] for language in dict.fromkeys(configured)]
    weak = [row for row in rows.values() if row.stack < ACCURACY]
    return [
        Check(
            f"language identified on the function: >= {ACCURACY:.0%} right on 3-30-word chat messages in each "
            f"configured language ({', '.join(row.language for row in mine)})",
            ", ".join(f"{row.language} {row.stack:.1%} of {row.messages}" for row in mine),
            all(row.stack >= ACCURACY for row in mine),
        ),
        Check(
            f"the same in every zone language with messages ({len(rows)}), each configured beside en",
            f"{len(rows) - len(weak)}/{len(rows)} at {ACCURACY:.0%} or more"
            + (f"; under: {', '.join(f'{row.language} {row.stack:.1%}' for row in weak)}" if weak else "")
            + " (docs/language-id.md: their errors name a language Comprehend reads, one call more)",
            not weak,
        ),
    ]
