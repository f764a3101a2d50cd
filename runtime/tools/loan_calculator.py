"""The built-in `loan_calculator` tool (pure): an annuity loan with monthly payments, in decimal arithmetic.

- monthly payment `M = P·r / (1 − (1 + r)^−n)` with `r` = annual rate / 12 and `n` = 12 · years (`M = P / n`
  when the rate is 0), rounded to cents (half up);
- `totalPaid = M · n + upfrontFees`, `totalInterest = M · n − P` (both from the rounded payment: what is paid);
- `effectiveAnnualRatePercent`: the annual percentage rate of the cash flows, as the EU consumer-credit rule
  defines it: the borrower receives `P − upfrontFees` at month 0 and pays `M` at months 1..n; the monthly
  internal rate of return `i` solves `P − fees = M · (1 − (1 + i)^−n) / i` (found by bisection: the present
  value falls strictly as `i` grows, so the root is unique), and the annual rate is `(1 + i)^12 − 1`.
  Without fees it is the nominal rate compounded monthly (3.5 % → 3.56 %).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from runtime.tools.specs import ToolSpec

CENT = Decimal("0.01")
MAX_YEARS = 50
#: Bisection steps: the bracket [0, 1] shrinks to 2^-80, far below a cent on any loan.
_BISECTION_STEPS = 80

SPEC = ToolSpec(
    name="loan_calculator",
    description=(
        "Monthly payment, total paid, total interest and effective annual rate (APR, including upfront fees) "
        "of an annuity loan repaid in equal monthly instalments."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "principal": {"type": "number", "exclusiveMinimum": 0, "description": "amount borrowed"},
            "annualRatePercent": {
                "type": "number",
                "minimum": 0,
                "maximum": 100,
                "description": "nominal annual interest rate in percent, e.g. 3.5",
            },
            "years": {"type": "integer", "minimum": 1, "maximum": MAX_YEARS, "description": "term in years"},
            "upfrontFees": {"type": "number", "minimum": 0, "description": "fees paid when the loan starts"},
        },
        "required": ["principal", "annualRatePercent", "years"],
        "additionalProperties": False,
    },
)


class LoanInputError(ValueError):
    """The loan cannot be computed (e.g. fees as large as the principal)."""


def monthly_payment(principal: Decimal, annual_rate_percent: Decimal, months: int) -> Decimal:
    """The annuity payment, rounded to cents."""
    rate = annual_rate_percent / Decimal(1200)
    if rate == 0:
        return (principal / months).quantize(CENT, ROUND_HALF_UP)
    payment = principal * rate / (1 - (1 + rate) ** -months)
    return payment.quantize(CENT, ROUND_HALF_UP)


def _present_value(payment: Decimal, monthly_rate: Decimal, months: int) -> Decimal:
    if monthly_rate == 0:
        return payment * months
    return payment * (1 - (1 + monthly_rate) ** -months) / monthly_rate


def effective_annual_rate(received: Decimal, payment: Decimal, months: int) -> Decimal:
    """The annual rate `(1 + i)^12 − 1` (a fraction) where `i` is the monthly IRR of receiving `received`
    now and paying `payment` at the end of each of `months` months."""
    if payment * months <= received:
        return Decimal(0)
    low, high = Decimal(0), Decimal(1)
    for _ in range(_BISECTION_STEPS):
        middle = (low + high) / 2
        if _present_value(payment, middle, months) > received:
            low = middle
        else:
            high = middle
    monthly = (low + high) / 2
    return (1 + monthly) ** 12 - 1


def calculate(principal: Decimal, annual_rate_percent: Decimal, years: int, upfront_fees: Decimal) -> dict[str, str]:
    """The loan's figures as decimal strings with two decimals."""
    if principal <= 0:
        raise LoanInputError("principal must be positive")
    if not 0 <= annual_rate_percent <= 100:
        raise LoanInputError("annualRatePercent must be between 0 and 100")
    if not 1 <= years <= MAX_YEARS:
        raise LoanInputError(f"years must be between 1 and {MAX_YEARS}")
    if not 0 <= upfront_fees < principal:
        raise LoanInputError("upfrontFees must be at least 0 and less than the principal")
    with localcontext() as context:
        context.prec = 40
        months = 12 * years
        payment = monthly_payment(principal, annual_rate_percent, months)
        repaid = payment * months
        rate = effective_annual_rate(principal - upfront_fees, payment, months)
        return {
            "monthlyPayment": str(payment),
            "totalPaid": str((repaid + upfront_fees).quantize(CENT, ROUND_HALF_UP)),
            "totalInterest": str((repaid - principal).quantize(CENT, ROUND_HALF_UP)),
            "effectiveAnnualRatePercent": str((rate * 100).quantize(CENT, ROUND_HALF_UP)),
        }


def run(arguments: dict[str, Any]) -> dict[str, str]:
    """The tool: `arguments` already checked against `SPEC.input_schema`."""
    return calculate(
        _decimal(arguments["principal"]),
        _decimal(arguments["annualRatePercent"]),
        int(arguments["years"]),
        _decimal(arguments.get("upfrontFees", 0)),
    )


def _decimal(value: Any) -> Decimal:
    """A JSON number as a Decimal (through its shortest text: 3.5 stays 3.5, not its binary expansion)."""
    return Decimal(str(value))
