"""The review's retention section: every place chat data lives, for how long, and how it is erased."""

from __future__ import annotations

import pytest

from compliance.offline_engine import stack_names
from compliance.review_markdown import render_markdown
from compliance.review_report import report_from_run
from components.config import load_stack_config
from runtime.aws.erasure_items import PITR_WINDOW_DAYS, RECORD_KEEP_DAYS
from tests.pulumi_harness import cached_run


@pytest.mark.parametrize("stack", stack_names())
def test_every_place_of_chat_data_is_listed_with_its_retention_and_erasure(stack: str) -> None:
    run = cached_run(stack)
    config = load_stack_config(run.config)
    report = report_from_run(run, config)
    rows = {row["data"].split(":")[0].split(" (")[0]: row for row in report["retention"]}
    assert set(rows) >= {"Conversation", "Pseudonym vault", "Value index", "Backups of the sessions table"}
    assert {"Erasure record", "Function logs and metrics"} <= set(rows)
    days = config.settings["history_retention_days"]
    assert f"{days} days" in rows["Conversation"]["kept"] and "DELETE /c" in rows["Conversation"]["erased"]
    assert "--value" in rows["Conversation"]["erased"] and "--session" in rows["Conversation"]["erased"]
    assert rows["Pseudonym vault"]["where"] == rows["Conversation"]["where"] + ", one item per value"
    assert rows["Value index"]["where"].startswith(rows["Conversation"]["where"] + ", on each vault item")
    assert f"{PITR_WINDOW_DAYS} days" in rows["Backups of the sessions table"]["kept"]
    assert "--reapply-to" in rows["Backups of the sessions table"]["erased"]
    assert f"{RECORD_KEEP_DAYS} days" in rows["Erasure record"]["kept"] and RECORD_KEEP_DAYS > PITR_WINDOW_DAYS
    tables = {r.name for r in run.of_type("aws:dynamodb/table:Table")}
    named = {row["where"].split("`")[1] for row in report["retention"] if row["where"].startswith("DynamoDB `")}
    assert named == tables  # both tables, by the names the stack gives them
    assert f"{config.chat.log_retention_days} days" in rows["Function logs and metrics"]["kept"]
    markdown = render_markdown(report)
    assert "## Where chat data lives, and how it is erased" in markdown
    assert all(row["data"].replace("|", "\\|") in markdown for row in report["retention"])
