"""The stack's CloudWatch dashboard, as a pure function of plain values (`components/operations.py` creates it).

One screen, 24 units wide: the alarms' states on top, then the figures behind them. Time to first token and
turn duration (p50/p95, the alarm threshold drawn in), tokens per period and today's count against the ceiling,
the runtime's error codes and personal values found by type (search expressions over the stack's namespace:
every `Error.<code>` and `Pii.<TYPE>` metric, whichever the runtime wrote), conversations erased (`Erasures.<how>`:
by the person, by the operator by value or by session; docs/privacy.md), and the function's and the table's
AWS metrics (invocations, errors, throttles, duration; throttle events, consumed capacity).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from components.alarms import DAILY_TOKENS_SHARE, PERIOD_SECONDS
from runtime import metrics
from runtime.settings import daily_ceiling_on

__all__ = ["dashboard_body", "dashboard_json"]

_WIDTH = 24
_HALF = 12
_HEIGHT = 6


def _search(namespace: str, term: str, stat: str) -> str:
    # Namespaces with `/` are quoted in a search schema; an unquoted term matches a token of the metric name.
    return f"SEARCH('{{\"{namespace}\"}} MetricName={term}', '{stat}', {PERIOD_SECONDS})"


def _graph(title: str, region: str, series: list[Any], **extra: Any) -> dict[str, Any]:
    return {
        "title": title,
        "region": region,
        "view": "timeSeries",
        "period": PERIOD_SECONDS,
        "metrics": series,
        **extra,
    }


def _line(label: str, value: float) -> dict[str, Any]:
    return {"label": label, "value": value}


def _latency_panels(region: str, namespace: str, ttft_p95_threshold_ms: int) -> list[dict[str, Any]]:
    """Time to first token (the p95 alarm's threshold drawn in) and turn duration, p50 and p95."""
    return [
        _graph(
            "Time to first token (ms)",
            region,
            [
                [namespace, metrics.TIME_TO_FIRST_TOKEN_MS, {"stat": "p50", "label": "p50"}],
                [namespace, metrics.TIME_TO_FIRST_TOKEN_MS, {"stat": "p95", "label": "p95"}],
            ],
            annotations={"horizontal": [_line("p95 alarm", ttft_p95_threshold_ms)]},
        ),
        _graph(
            "Turn duration (ms)",
            region,
            [
                [namespace, metrics.TURN_DURATION_MS, {"stat": "p50", "label": "p50"}],
                [namespace, metrics.TURN_DURATION_MS, {"stat": "p95", "label": "p95"}],
            ],
        ),
    ]


def _token_panels(region: str, namespace: str, daily_token_ceiling: int) -> list[dict[str, Any]]:
    """Tokens per period, and today's count against the ceiling and its alarm (lines only when the ceiling is on)."""
    ceiling_lines = (
        [_line("ceiling", daily_token_ceiling), _line("alarm", daily_token_ceiling * DAILY_TOKENS_SHARE)]
        if daily_ceiling_on(daily_token_ceiling)
        else []
    )
    return [
        _graph(
            "Tokens per 5 minutes",
            region,
            [
                [namespace, metrics.INPUT_TOKENS, {"stat": "Sum", "label": "input"}],
                [namespace, metrics.OUTPUT_TOKENS, {"stat": "Sum", "label": "output"}],
            ],
            stacked=True,
        ),
        _graph(
            "Stack tokens today (UTC)",
            region,
            [[namespace, metrics.DAILY_TOKENS_USED, {"stat": "Maximum", "label": "today"}]],
            annotations={"horizontal": ceiling_lines},
        ),
    ]


def _finding_panels(region: str, namespace: str) -> list[dict[str, Any]]:
    """The runtime's error codes, personal values found by type and conversations erased by how requested,
    whichever it wrote (search expressions)."""
    return [
        _graph(
            "Errors by code (failed turns and refused requests)",
            region,
            [{"expression": _search(namespace, metrics.ERROR_PREFIX.rstrip("."), "Sum"), "id": "errors"}],
        ),
        _graph(
            "Personal values found, by type; Comprehend calls",
            region,
            [
                {"expression": _search(namespace, metrics.PII_PREFIX.rstrip("."), "Sum"), "id": "pii"},
                [namespace, metrics.COMPREHEND_CALLS, {"stat": "Sum", "label": "Comprehend calls"}],
            ],
        ),
        _graph(
            "Erasures: conversations erased, by how requested",
            region,
            [{"expression": _search(namespace, metrics.ERASURES_PREFIX.rstrip("."), "Sum"), "id": "erasures"}],
        ),
    ]


def _service_panels(region: str, function_name: str, table_name: str) -> list[dict[str, Any]]:
    """AWS's own metrics of the function and of the sessions table."""
    table_metrics = (
        "ReadThrottleEvents",
        "WriteThrottleEvents",
        "ConsumedReadCapacityUnits",
        "ConsumedWriteCapacityUnits",
    )
    return [
        _graph(
            "Function",
            region,
            [
                ["AWS/Lambda", name, "FunctionName", function_name, {"stat": "Sum"}]
                for name in ("Invocations", "Errors", "Throttles")
            ]
            + [["AWS/Lambda", "Duration", "FunctionName", function_name, {"stat": "p95", "yAxis": "right"}]],
        ),
        _graph(
            "Sessions table",
            region,
            [["AWS/DynamoDB", name, "TableName", table_name, {"stat": "Sum"}] for name in table_metrics],
        ),
    ]


def _layout(alarm_arns: Sequence[str], panels: Sequence[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The alarms' states across the top, then the panels left to right, wrapping at the dashboard's width."""
    widgets: list[dict[str, Any]] = [
        {
            "type": "alarm",
            "x": 0,
            "y": 0,
            "width": _WIDTH,
            "height": 3,
            "properties": {"title": "Alarms", "alarms": list(alarm_arns)},
        }
    ]
    x, y = 0, 3
    for width, properties in panels:
        if x + width > _WIDTH:
            x, y = 0, y + _HEIGHT
        widgets.append({"type": "metric", "x": x, "y": y, "width": width, "height": _HEIGHT, "properties": properties})
        x += width
    return widgets


def dashboard_body(
    *,
    region: str,
    namespace: str,
    function_name: str,
    table_name: str,
    ttft_p95_threshold_ms: int,
    daily_token_ceiling: int,
    alarm_arns: Sequence[str],
) -> dict[str, Any]:
    """The dashboard's body (`DashboardBody` JSON as a dict)."""
    graphs = [
        *_latency_panels(region, namespace, ttft_p95_threshold_ms),
        *_token_panels(region, namespace, daily_token_ceiling),
        *_finding_panels(region, namespace),
        *_service_panels(region, function_name, table_name),
    ]
    return {"widgets": _layout(alarm_arns, [(_HALF, graph) for graph in graphs])}


def dashboard_json(**values: Any) -> str:
    """`dashboard_body` as the JSON text CloudWatch takes (sorted keys: the same inputs give the same text)."""
    return json.dumps(dashboard_body(**values), sort_keys=True, separators=(",", ":"))
