"""The review's retention section: every place chat data lives, how long it stays, and how it is erased.

Read from the offline run (the tables, the log group and the function's environment as declared) and the
runtime's own constants; pure otherwise. docs/privacy.md explains the person's rights and the operator's steps.
"""

from __future__ import annotations

from typing import Any

from compliance.review_markdown_table import table
from compliance.review_resources import StackIndex
from compliance.rules import ResourceRecord
from components.config import StackConfig
from components.erasure_grants import PITR_WINDOW_DAYS, RECORD_KEEP_DAYS

__all__ = ["retention_rows", "retention_section"]

ERASE_COMMAND = "python -m compliance.erase --stack <stack>"


def _named(index: StackIndex, type_token: str, name: str | None) -> ResourceRecord | None:
    for record in index.records.values():
        if record.type == type_token and name in (record.name, record.inputs.get("name")):
            return record
    return None


def _environment(index: StackIndex) -> dict[str, str]:
    functions = [r for r in index.records.values() if r.type == "aws:lambda/function:Function"]
    if not functions:
        return {}
    variables = (functions[0].inputs.get("environment") or {}).get("variables") or {}
    return {str(k): str(v) for k, v in variables.items()}


def _pitr_days(record: ResourceRecord | None) -> int | None:
    pitr = (record.inputs.get("pointInTimeRecovery") or {}) if record else {}
    return int(pitr.get("recoveryPeriodInDays") or PITR_WINDOW_DAYS) if pitr.get("enabled") else None


def retention_rows(config: StackConfig, index: StackIndex) -> list[dict[str, str]]:
    """One row per place chat data (or a trace of it) lives: what, where, how long, how it is erased."""
    env = _environment(index)
    sessions_name = env.get("CHAT_TABLE_NAME")
    sessions = _named(index, "aws:dynamodb/table:Table", sessions_name)
    record = _named(index, "aws:dynamodb/table:Table", env.get("CHAT_ERASURE_TABLE_NAME"))
    logs = next((r for r in index.records.values() if r.type == "aws:cloudwatch/logGroup:LogGroup"), None)
    days = config.settings["history_retention_days"]
    pitr = _pitr_days(sessions)
    by_request = f"at once on request: the page's Delete or `DELETE /c`; `{ERASE_COMMAND} --value|--session`"
    log_days = logs.inputs.get("retentionInDays") if logs else None
    log_kept = (
        f"logs {log_days:g} days" if isinstance(log_days, (int, float)) and log_days > 0 else "logs kept for ever"
    )
    where = f"DynamoDB `{sessions.name if sessions else '?'}`"
    rows = [
        {
            "data": "Conversation: pseudonymized messages and the person's own spellings",
            "where": where,
            "kept": f"TTL: {days} days after each message",
            "erased": by_request,
        },
        {
            "data": "Pseudonym vault (placeholder to original value)",
            "where": f"{where}, one item per value",
            "kept": f"TTL: {days} days after the last message that names the value",
            "erased": "with its conversation, in the same deletion",
        },
        {
            "data": "Value index: a keyed hash (KMS HMAC) of each vault value, never the value",
            "where": f"{where}, on each vault item, and the table's `by-value-key` index",
            "kept": "as its vault item",
            "erased": "with its vault item",
        },
        {
            "data": "Backups of the sessions table",
            "where": "DynamoDB point-in-time recovery",
            "kept": f"{pitr} days (a window AWS keeps; no item can be removed from it)" if pitr else "none",
            "erased": f"a restored table is cleaned before use: `{ERASE_COMMAND} --reapply-to <table>`",
        },
        {
            "data": "Erasure record: keyed hash of the erased session's id, time, how requested",
            "where": f"DynamoDB `{record.name if record else '?'}` (not restored with the sessions table)",
            "kept": f"TTL: {RECORD_KEEP_DAYS} days after the erasure (past the {PITR_WINDOW_DAYS}-day backup window)",
            "erased": "by TTL; holds no personal data in clear",
        },
        {
            "data": "Function logs and metrics (no message text, values or session ids; `Erasures.<how>` counts)",
            "where": f"CloudWatch Logs `{logs.name if logs else '?'}`, CloudWatch metrics",
            "kept": f"{log_kept}; metrics 15 months (AWS)",
            "erased": "by retention; nothing personal to erase",
        },
    ]
    return rows


def retention_section(report: dict[str, Any]) -> list[str]:
    """The section of the Markdown report (empty for a report without the rows)."""
    rows = report.get("retention") or []
    if not rows:
        return []
    lines = [
        "## Where chat data lives, and how it is erased",
        "",
        "A person erases their conversation from the page or the API; an operator erases by value or by session "
        "(docs/privacy.md). The edge caches nothing of `/c` and keeps no access logs.",
        "",
    ]
    body = table(["data", "where", "kept", "erased"], ([r["data"], r["where"], r["kept"], r["erased"]] for r in rows))
    return lines + body
