"""The soak's checker (pure: plain data in, a report out): after the run, is every session whole?

Inputs: what the clients saw (`TurnSeen`, one per request), what the store holds per session (`StoredSession`:
the history as `GET /c` shows it, tokens used, the vault, whether a lease is left), what the model stand-in
reported per model call (its ledger, `devstack.standins.bedrock.ledger_entry`), the change of the daily count,
and the app's memory samples. Each model call is attributed to its session by the tag the session's opening
message carries (`soak-<session tag>`), each first call of a turn to its turn by the turn's tag.

Checks (each failure is a line of `problems`):
- nothing lost: every message a client got a stream for is in its session's history, once, followed by the
  answer the client saw (complete after `done`; incomplete and equal after an error; starting with what was
  shown after the client left);
- refused means refused: a 409 message is neither stored nor sent to the model;
- nothing counted twice or missed: a session's tokens lie between what the stand-in reported for its calls
  (plus the app's estimate, from the request, for calls cut before any usage; nothing for a call refused
  before its stream, as Bedrock bills none) and that plus the deltas of the cut calls; the day's count grew
  by exactly the sum over sessions;
- the vault: one placeholder per value, every e-mail address of a stored message in it, no placeholder left
  in a history shown to the user; no lease left on any session;
- memory flat: the app's RSS at the end within `rss_growth_limit` of the RSS after warm-up.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SESSION_TAG = re.compile(r"soak-(w\d+s\d+)")
TURN_TAG = re.compile(r"soak-(w\d+s\d+t\d+[ab]?)\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
#: The share of the run after which the app's RSS is taken as its warmed-up size.
WARM_UP_SHARE = 0.2


@dataclass
class TurnSeen:
    """One request as its client saw it. `end`: `done`, a stream error code, `cut` (the client left),
    `closed` (the stream ended without a last event) or `http:<code>` (refused before the stream)."""

    kind: str
    session_tag: str
    message: str
    status: int = 0
    session_id: str | None = None
    shown: str = ""
    end: str | None = None
    usage: dict[str, int] | None = None
    retry_after: str | None = None
    seconds: float = 0.0


@dataclass
class StoredSession:
    """A session as stored: its history (`GET /c` message events), tokens used, vault, a lease left on it."""

    history: list[dict[str, Any]]
    tokens_used: int
    vault: dict[str, str]
    leased: bool = False


@dataclass
class SoakReport:
    """The checked figures, and every problem found (empty: the run is whole)."""

    figures: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def check_soak(
    turns: Sequence[TurnSeen],
    sessions: Mapping[str, StoredSession],
    ledger: Sequence[Mapping[str, Any]],
    daily_delta: int,
    estimate: Callable[[Mapping[str, Any]], int],
    rss_samples: Sequence[tuple[float, int]] = (),
    rss_growth_limit: float = 0.2,
) -> SoakReport:
    """Check a run (see the module docstring); `estimate(body)` is the app's input estimate of a request."""
    report = SoakReport()
    _check_turns(turns, sessions, report)
    _check_refusals(turns, sessions, ledger, report)
    _check_tokens(turns, sessions, ledger, daily_delta, estimate, report)
    _check_vaults(sessions, report)
    _check_memory(rss_samples, rss_growth_limit, report)
    outcomes = Counter(f"{turn.kind}:{turn.end}" for turn in turns)
    report.figures.update(
        turns=len(turns),
        sessions=len(sessions),
        modelCalls=len(ledger),
        outcomes=dict(sorted(outcomes.items())),
        problems=len(report.problems),
    )
    return report


def _check_turns(turns: Sequence[TurnSeen], sessions: Mapping[str, StoredSession], report: SoakReport) -> None:
    """Every streamed message stored once, followed by the answer its client saw."""
    for turn in turns:
        if turn.status != 200:
            continue
        tag = _turn_tag(turn.message)
        if turn.end == "closed":
            report.problems.append(f"{tag}: the stream ended without done or error")
        stored = sessions.get(turn.session_id or "")
        if stored is None:
            report.problems.append(f"{tag}: its session is gone")
            continue
        history = stored.history
        positions = [i for i, m in enumerate(history) if m["role"] == "user" and m["content"] == turn.message]
        if len(positions) != 1:
            report.problems.append(f"{tag}: its message is stored {len(positions)} times")
            continue
        after = history[positions[0] + 1] if positions[0] + 1 < len(history) else None
        problem = _answer_problem(turn, after)
        if problem:
            report.problems.append(f"{tag}: {problem}")


def _answer_problem(turn: TurnSeen, stored: Mapping[str, Any] | None) -> str | None:
    """What is wrong with the stored answer of a streamed turn (None: it is the one the client saw)."""
    if stored is None or stored["role"] != "assistant":
        return "no answer stored after its message"
    content, complete = stored["content"], stored["complete"]
    if turn.end == "done":
        return None if complete and content == turn.shown else "the answer shown is not the one stored"
    if turn.end == "cut":
        return None if not complete and content.startswith(turn.shown) else "the partial answer is not stored"
    return None if not complete and content == turn.shown else "the failed answer is not stored as shown"


def _check_refusals(
    turns: Sequence[TurnSeen],
    sessions: Mapping[str, StoredSession],
    ledger: Sequence[Mapping[str, Any]],
    report: SoakReport,
) -> None:
    """A message refused before its stream is neither stored nor sent to the model."""
    sent = {match.group(1) for entry in ledger for match in TURN_TAG.finditer(str(entry.get("lastUserText", "")))}
    refused = [turn for turn in turns if turn.status != 200]
    for turn in refused:
        tag = _turn_tag(turn.message)
        if tag in sent:
            report.problems.append(f"{tag}: refused with {turn.status}, yet sent to the model")
        stored = sessions.get(turn.session_id or "")
        if stored and any(m["content"] == turn.message for m in stored.history):
            report.problems.append(f"{tag}: refused with {turn.status}, yet stored")
        if turn.status == 409 and turn.retry_after is None:
            report.problems.append(f"{tag}: 409 without Retry-After")
    report.figures["refused"] = dict(Counter(turn.end for turn in refused))


def _check_tokens(
    turns: Sequence[TurnSeen],
    sessions: Mapping[str, StoredSession],
    ledger: Sequence[Mapping[str, Any]],
    daily_delta: int,
    estimate: Callable[[Mapping[str, Any]], int],
    report: SoakReport,
) -> None:
    """Each session's tokens against its model calls, and the day's count against the sessions."""
    session_of = {turn.session_tag: turn.session_id for turn in turns if turn.session_id}
    lower: dict[str, int] = defaultdict(int)
    slack: dict[str, int] = defaultdict(int)
    unattributed = 0
    for entry in ledger:
        match = SESSION_TAG.search(str(entry.get("firstUserText", "")))
        session_id = session_of.get(match.group(1)) if match else None
        if session_id is None:
            unattributed += 1
            continue
        usage = entry.get("usage")
        if usage:
            lower[session_id] += int(usage["inputTokens"]) + int(usage["outputTokens"])
        elif entry.get("streamed", True):
            lower[session_id] += estimate(entry["body"])
            slack[session_id] += int(entry.get("deltas", 0))
    if unattributed:
        report.problems.append(f"{unattributed} model calls belong to no session of the run")
    for session_id, stored in sessions.items():
        low, high = lower[session_id], lower[session_id] + slack[session_id]
        if not low <= stored.tokens_used <= high:
            report.problems.append(f"session {session_id[:8]}: {stored.tokens_used} tokens, calls say {low}..{high}")
    total = sum(stored.tokens_used for stored in sessions.values())
    if daily_delta != total:
        report.problems.append(f"the daily count grew by {daily_delta}, the sessions hold {total}")
    report.figures.update(
        dailyDelta=daily_delta,
        sessionTokens=total,
        reportedOrEstimated=sum(lower.values()),
        cutCallSlack=sum(slack.values()),
        clientSeenUsage=sum(sum(t.usage.values()) for t in turns if t.usage),
    )


def _check_vaults(sessions: Mapping[str, StoredSession], report: SoakReport) -> None:
    """One placeholder per value, every stored e-mail address in the vault, nothing left as a placeholder."""
    entries = 0
    for session_id, stored in sessions.items():
        values = list(stored.vault.values())
        entries += len(values)
        if len(set(values)) != len(values):
            report.problems.append(f"session {session_id[:8]}: a value has two placeholders")
        sent = {email for m in stored.history if m["role"] == "user" for email in EMAIL.findall(m["content"])}
        missing = sent - set(values)
        if missing:
            report.problems.append(f"session {session_id[:8]}: {len(missing)} e-mail addresses not in the vault")
        if any(PLACEHOLDER.search(m["content"]) for m in stored.history):
            report.problems.append(f"session {session_id[:8]}: a placeholder is shown in the history")
        if stored.leased:
            report.problems.append(f"session {session_id[:8]}: a lease is left on it")
    report.figures["vaultEntries"] = entries


def _check_memory(samples: Sequence[tuple[float, int]], limit: float, report: SoakReport) -> None:
    """The app's RSS at the end against its RSS once warmed up."""
    if len(samples) < 2:
        return
    start, end = samples[0][0], samples[-1][0]
    warm = next(rss for at, rss in samples if at >= start + WARM_UP_SHARE * (end - start))
    last, peak = samples[-1][1], max(rss for _, rss in samples)
    growth = (last - warm) / warm
    report.figures.update(rssWarmKiB=warm, rssEndKiB=last, rssPeakKiB=peak, rssGrowth=round(growth, 3))
    if growth > limit:
        report.problems.append(f"the app's memory grew by {growth:.0%} after warm-up (limit {limit:.0%})")


def _turn_tag(message: str) -> str:
    match = TURN_TAG.search(message)
    return match.group(1) if match else message[:30]
