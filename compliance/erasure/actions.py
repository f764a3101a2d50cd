"""What the operator's erasure command does, on injected erasers (`runtime.aws.erasure_store.SessionEraser`).

- `erase_by_value`: every session whose vault holds a value (found by the keyed-hash index), erased and recorded.
- `erase_by_session`: one session by its id, erased and recorded.
- `reapply_erasures`: a table restored from a backup loses every session the erasure record names (recorded
  erasures are not recorded again), and gets its TTL back (a restored table does not inherit it).

Each returns an `Outcome` of counts only: no id or value is printed, logged or returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from runtime.aws.erasure_items import BY_OPERATOR_SESSION, BY_OPERATOR_VALUE
from runtime.aws.erasure_store import SessionEraser

#: The `how` of an `Outcome` re-applying recorded erasures (not recorded again, not counted in the metric).
REAPPLIED = "reapplied"
#: The TTL attribute of the sessions table (`docs/runtime-contract.md`).
TTL_ATTRIBUTE = "expiresAt"


@dataclass(frozen=True)
class Outcome:
    """What one command did: sessions found, sessions erased, items deleted, and how it was requested."""

    how: str
    found: int
    erased: int
    items: int

    def summary(self, dry_run: bool) -> str:
        """One line for the terminal (counts only)."""
        if dry_run:
            return f"{self.found} conversation(s) found; nothing erased (--dry-run)"
        if not self.found:
            return "no conversation found; nothing erased"
        done = f"{self.erased} of {self.found} conversation(s) erased ({self.items} items)"
        if self.how == REAPPLIED:
            return f"{done} from the restored table (their erasures were recorded already)"
        return f"{done}, recorded as {self.how}"


def _erase_all(eraser: SessionEraser, session_ids: set[str], how: str, dry_run: bool) -> Outcome:
    """Erase each of `session_ids` (sorted: a stable order), unless `dry_run`."""
    erased = items = 0
    if not dry_run:
        for session_id in sorted(session_ids):
            deleted = eraser.erase(session_id, how)
            erased += 1 if deleted else 0
            items += deleted
    return Outcome(how, len(session_ids), erased, items)


def erase_by_value(eraser: SessionEraser, value: str, entity_type: str | None, dry_run: bool) -> Outcome:
    """Erase every conversation whose vault holds `value` (any written form; of `entity_type` when given)."""
    if not value.strip():
        raise ValueError("the value to erase is empty")
    return _erase_all(eraser, eraser.sessions_holding(value, entity_type), BY_OPERATOR_VALUE, dry_run)


def erase_by_session(eraser: SessionEraser, session_id: str, dry_run: bool) -> Outcome:
    """Erase one conversation by its id (found: 1 when it has any item)."""
    present = {session_id} if eraser.partition_keys(session_id) else set()
    return _erase_all(eraser, present, BY_OPERATOR_SESSION, dry_run)


def ensure_ttl(dynamodb: Any, table: str) -> bool:
    """Turn the sessions' TTL on for `table` when it is off (a restored table's is); whether it changed."""
    status = dynamodb.describe_time_to_live(TableName=table)["TimeToLiveDescription"].get("TimeToLiveStatus")
    if status in ("ENABLED", "ENABLING"):
        return False
    dynamodb.update_time_to_live(
        TableName=table, TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE}
    )
    return True


def reapply_erasures(
    record: SessionEraser, restored: SessionEraser, dry_run: bool, on_ttl: Callable[[], bool] | None = None
) -> Outcome:
    """Erase from the `restored` table every session `record`'s erasure table names (by the keyed hash of
    its id), without recording it again; `on_ttl` (e.g. `ensure_ttl`) runs first unless `dry_run`."""
    if not dry_run and on_ttl is not None:
        on_ttl()
    recorded = record.recorded_keys()
    erased_before = {
        session_id for session_id in restored.stored_session_ids() if record.record_key(session_id) in recorded
    }
    return _erase_all(restored, erased_before, REAPPLIED, dry_run)
