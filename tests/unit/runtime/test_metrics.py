"""runtime.metrics: the EMF document's shape (CloudWatch embedded metric format) and its privacy."""

from __future__ import annotations

import io
import json

from runtime.metrics import (
    MAX_METRICS,
    TurnMetrics,
    count_types,
    emf_document,
    emit,
    emit_erasures,
    erasure_values,
    turn_values,
)

VALID_UNITS = {"Milliseconds", "Count"}


def test_turn_values_names_every_metric() -> None:
    values = turn_values(
        TurnMetrics(
            turn_duration_ms=812.5,
            time_to_first_token_ms=301.2,
            input_tokens=120,
            output_tokens=40,
            comprehend_calls=4,
            pii_found={"NAME": 2, "IBAN": 1},
            error="model_throttled",
            daily_tokens_used=12345,
        )
    )
    assert values == {
        "InputTokens": 120,
        "OutputTokens": 40,
        "ComprehendCalls": 4,
        "TurnDurationMs": 812.5,
        "TimeToFirstTokenMs": 301.2,
        "DailyTokensUsed": 12345,
        "Pii.IBAN": 1,
        "Pii.NAME": 2,
        "Error.model_throttled": 1,
    }


def test_unmeasured_timings_and_counts_are_left_out() -> None:
    values = turn_values(TurnMetrics(error="service_budget_exhausted"))
    assert "TimeToFirstTokenMs" not in values and "TurnDurationMs" not in values and "DailyTokensUsed" not in values
    assert values["Error.service_budget_exhausted"] == 1


def test_names_outside_the_closed_sets_become_other() -> None:
    assert count_types(["NAME", "NAME", "alice@example.com", "EMAIL"]) == {"NAME": 2, "OTHER": 1, "EMAIL": 1}
    values = turn_values(TurnMetrics(pii_found={"Carlos García": 1}, error="Bad Code: Carlos"))
    assert "Pii.OTHER" in values and "Error.OTHER" in values
    assert "Carlos" not in json.dumps(values)


def test_the_document_follows_the_emf_structure() -> None:
    values = turn_values(TurnMetrics(turn_duration_ms=10.0, pii_found={"NAME": 1}, error="internal_error"))
    document = emf_document("SovereignChat/eu", values, 1_700_000_000_123)
    metadata = document["_aws"]
    assert set(metadata) == {"Timestamp", "CloudWatchMetrics"}
    assert metadata["Timestamp"] == 1_700_000_000_123 and isinstance(metadata["Timestamp"], int)
    [directive] = metadata["CloudWatchMetrics"]
    assert set(directive) == {"Namespace", "Dimensions", "Metrics"}
    assert directive["Namespace"] == "SovereignChat/eu"
    assert directive["Dimensions"] == [[]]  # no dimensions: the namespace is per stack
    names = [metric["Name"] for metric in directive["Metrics"]]
    assert len(names) == len(set(names)) == len(values)
    for metric in directive["Metrics"]:
        assert set(metric) == {"Name", "Unit"} and metric["Unit"] in VALID_UNITS
        assert document[metric["Name"]] == values[metric["Name"]]  # every metric is a root member
    units = {metric["Name"]: metric["Unit"] for metric in directive["Metrics"]}
    assert units["TurnDurationMs"] == "Milliseconds" and units["Pii.NAME"] == "Count"


def test_at_most_the_emf_limit_of_metrics() -> None:
    values = {f"Pii.T{i}": 1.0 for i in range(150)}
    document = emf_document("N", values, 0)
    assert len(document["_aws"]["CloudWatchMetrics"][0]["Metrics"]) == MAX_METRICS
    assert len(document) == MAX_METRICS + 1


def test_emit_writes_one_compact_json_line() -> None:
    out = io.StringIO()
    emit("N", TurnMetrics(input_tokens=3), stream=out, now=1.5)
    text = out.getvalue()
    assert text.endswith("\n") and text.count("\n") == 1
    assert json.loads(text)["_aws"]["Timestamp"] == 1500


def test_erasures_are_counted_by_how_requested_with_nothing_personal() -> None:
    out = io.StringIO()
    emit_erasures("SovereignChat/eu", "operator-value", 2, stream=out, now=1_700_000_000.0)
    document = json.loads(out.getvalue())
    (directive,) = document["_aws"]["CloudWatchMetrics"]
    assert directive["Namespace"] == "SovereignChat/eu"
    assert [m["Name"] for m in directive["Metrics"]] == ["Erasures.operator-value"]
    assert document["Erasures.operator-value"] == 2
    assert set(document) == {"_aws", "Erasures.operator-value"}  # no id, no value: a count under a fixed name
    assert erasure_values("ana@example.pt", 1) == {"Erasures.OTHER": 1}
