"""LOCAL STAND-IN (development and tests only): the Bedrock stand-in's scripted tool use (pure).

When does the stand-in "model" call tools? Only when the request declares them (`toolConfig`) and the turn's
user text (the last user message that holds text, as the model saw it: placeholders included) asks for it:
- `[[tool:NAME]]` calls tool NAME once, with `{"text": <that user text>}` (so a placeholder of the message,
  e.g. `[IBAN_1]`, reaches the tool's input); for `loan_calculator`, with the loan read from the text;
- without a magic phrase, a loan question such as "quanto pago por 150 000 € a 30 anos a 3,5 %" (or
  "how much for 150,000 over 30 years at 3.5%") calls `loan_calculator` with `{principal, annualRatePercent,
  years}`; when the text also holds an `[IBAN_n]` placeholder and an `account_lookup` tool is declared (the
  local Lambda tool, see `devstack.standins.lambda_tools`), that tool is called too, in the same round, with
  `{"iban": "[IBAN_n]"}`;
- `[[tool:loop]]` asks for `loan_calculator` again after every result (the turn's round limit ends it).
After the results come back (the last user message holds `toolResult` blocks) the reply repeats them: the
monthly payment when a result has one, and every result's text as the model received it.
"""

from __future__ import annotations

import json
import re
from typing import Any

_MAGIC_TOOL = re.compile(r"\[\[tool:([A-Za-z0-9_-]+)\]\]")
_NUMBER = r"(\d{1,3}(?:[  .,]\d{3})+|\d+)(?:[.,](\d+))?"
_AMOUNT = re.compile(rf"{_NUMBER}\s*(?:€|eur|euros?)", re.I)
_AMOUNT_AFTER = re.compile(rf"(?:€|eur)\s*{_NUMBER}", re.I)
_BARE_NUMBER = re.compile(rf"(?<![\d.,]){_NUMBER}(?![\d%])")
_YEARS = re.compile(r"(\d+)\s*(?:anos|years|años|ans|jahre|anni)", re.I)
_RATE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_IBAN_PLACEHOLDER = re.compile(r"\[IBAN_\d+\]")
LOOKUP_TOOL = "account_lookup"
LOAN_TOOL = "loan_calculator"


def declared_tools(body: dict[str, Any]) -> set[str]:
    """Names of the tools of the request's `toolConfig`."""
    tools = body.get("toolConfig", {}).get("tools", [])
    return {tool.get("toolSpec", {}).get("name", "") for tool in tools}


def turn_text(body: dict[str, Any]) -> str:
    """The text of the last user message that holds text (the turn's own message)."""
    for message in reversed(body.get("messages", [])):
        if message.get("role") != "user":
            continue
        texts = [block["text"] for block in message.get("content", []) if "text" in block]
        if texts:
            return "".join(texts)
    return ""


def tool_results(body: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The `toolResult` blocks of the last message, when it answers tool calls (else None)."""
    messages = body.get("messages", [])
    if not messages or messages[-1].get("role") != "user":
        return None
    results = [block["toolResult"] for block in messages[-1].get("content", []) if "toolResult" in block]
    return results or None


def _number(whole: str, fraction: str | None) -> float:
    digits = re.sub(r"[  .,]", "", whole)
    return float(f"{digits}.{fraction}") if fraction else float(digits)


def loan_arguments(text: str) -> dict[str, Any] | None:
    """`{principal, annualRatePercent, years}` read from a loan question, or None."""
    years, rate = _YEARS.search(text), _RATE.search(text)
    if not (years and rate):
        return None
    amount = _AMOUNT.search(text) or _AMOUNT_AFTER.search(text) or _largest_bare_number(text, years, rate)
    if amount is None:
        return None
    principal = _number(amount.group(1), amount.group(2))
    return {
        "principal": int(principal) if principal.is_integer() else principal,
        "annualRatePercent": float(rate.group(1).replace(",", ".")),
        "years": int(years.group(1)),
    }


def _largest_bare_number(text: str, *taken: re.Match[str]) -> re.Match[str] | None:
    """The largest number outside the years and the rate: the amount of "how much for 150,000 over 30 years"."""
    spans = [match.span() for match in taken]
    candidates = [
        match for match in _BARE_NUMBER.finditer(text) if not any(start <= match.start() < end for start, end in spans)
    ]
    return max(candidates, key=lambda match: _number(match.group(1), match.group(2)), default=None)


def planned_calls(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The tool calls the stand-in makes for this request ([] for a plain text answer)."""
    tools = declared_tools(body)
    if not tools:
        return []
    text = turn_text(body)
    results = tool_results(body)
    if results is not None:
        loop = "[[tool:loop]]" in text and LOAN_TOOL in tools
        return (
            [(LOAN_TOOL, loan_arguments(text) or {"principal": 1000, "annualRatePercent": 1, "years": 1})]
            if loop
            else []
        )
    magic = _MAGIC_TOOL.search(text)
    if magic is not None:
        name = LOAN_TOOL if magic.group(1) == "loop" else magic.group(1)
        arguments = (loan_arguments(text) or {}) if name == LOAN_TOOL else {"text": text}
        return [(name, arguments)]
    calls: list[tuple[str, dict[str, Any]]] = []
    loan = loan_arguments(text)
    if loan is not None and LOAN_TOOL in tools:
        calls.append((LOAN_TOOL, loan))
        iban = _IBAN_PLACEHOLDER.search(text)
        if iban is not None and LOOKUP_TOOL in tools:
            calls.append((LOOKUP_TOOL, {"iban": iban.group(0)}))
    return calls


def results_reply(results: list[dict[str, Any]]) -> str:
    """The answer after tool results: the monthly payment when one is there, then every result's text."""
    parts = []
    for result in results:
        text = "".join(block.get("text", json.dumps(block.get("json"))) for block in result.get("content", []))
        try:
            figures = json.loads(text)
        except ValueError:
            figures = None
        if isinstance(figures, dict) and "monthlyPayment" in figures:
            parts.append(
                f"The monthly payment is {figures['monthlyPayment']} (total {figures['totalPaid']}, "
                f"APR {figures['effectiveAnnualRatePercent']} %)."
            )
    shown = "; ".join(
        f"{r.get('status', 'success')}: " + "".join(b.get("text", "") for b in r.get("content", [])) for r in results
    )
    return " ".join([*parts, f"Tool results as I saw them: {shown}"])


def tool_history_problem(body: dict[str, Any]) -> str | None:
    """Bedrock's checks of tool blocks: every `toolUse` answered by a `toolResult` with its id in the next
    (user) message, no result without its call, and a `toolConfig` whenever tool blocks are present."""
    messages = body.get("messages", [])
    has_tool_blocks = False
    for index, message in enumerate(messages):
        blocks = message.get("content", [])
        uses = [b["toolUse"]["toolUseId"] for b in blocks if "toolUse" in b]
        results = [b["toolResult"]["toolUseId"] for b in blocks if "toolResult" in b]
        has_tool_blocks = has_tool_blocks or bool(uses or results)
        if uses:
            following = messages[index + 1] if index + 1 < len(messages) else None
            answered = [b["toolResult"]["toolUseId"] for b in (following or {}).get("content", []) if "toolResult" in b]
            if sorted(answered) != sorted(uses):
                return "toolUse blocks must be answered by toolResult blocks with the same ids in the next turn"
        if results:
            previous = messages[index - 1] if index > 0 else {}
            asked = [b["toolUse"]["toolUseId"] for b in previous.get("content", []) if "toolUse" in b]
            if sorted(asked) != sorted(results):
                return "toolResult blocks must answer the toolUse blocks of the previous turn"
    if has_tool_blocks and not body.get("toolConfig"):
        return "toolConfig must be set when the messages contain toolUse or toolResult blocks"
    return None
