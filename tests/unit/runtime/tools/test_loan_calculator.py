"""runtime.tools.loan_calculator: annuity figures in decimal arithmetic, checked against independent float sums."""

from __future__ import annotations

from decimal import Decimal

import pytest

from runtime.tools.loan_calculator import LoanInputError, calculate, run


def float_irr_annual(received: float, payment: float, months: int) -> float:
    """The annual rate by Newton's method in floats (an independent check of the bisection)."""
    rate = 0.003
    for _ in range(100):
        value = payment * (1 - (1 + rate) ** -months) / rate - received
        step = 1e-9
        slope = (payment * (1 - (1 + rate + step) ** -months) / (rate + step) - received - value) / step
        rate -= value / slope
    return ((1 + rate) ** 12 - 1) * 100


def test_the_worked_example() -> None:
    assert run({"principal": 150000, "annualRatePercent": 3.5, "years": 30}) == {
        "monthlyPayment": "673.57",
        "totalPaid": "242485.20",
        "totalInterest": "92485.20",
        "effectiveAnnualRatePercent": "3.56",
    }


@pytest.mark.parametrize(
    ("principal", "rate", "years", "fees"),
    [(150000, 3.5, 30, 3000), (20000, 7.9, 5, 400), (300000, 1.2, 40, 0), (5000, 12, 1, 150)],
)
def test_payment_and_apr_agree_with_float_formulas(principal: float, rate: float, years: int, fees: float) -> None:
    figures = run({"principal": principal, "annualRatePercent": rate, "years": years, "upfrontFees": fees})
    r, n = rate / 1200, years * 12
    expected_payment = principal * r / (1 - (1 + r) ** -n)
    payment = float(figures["monthlyPayment"])
    assert abs(payment - expected_payment) <= 0.005
    assert float(figures["totalPaid"]) == pytest.approx(payment * n + fees, abs=0.001)
    assert float(figures["totalInterest"]) == pytest.approx(payment * n - principal, abs=0.001)
    apr = float_irr_annual(principal - fees, payment, n)
    assert abs(float(figures["effectiveAnnualRatePercent"]) - apr) <= 0.006
    if fees:
        assert float(figures["effectiveAnnualRatePercent"]) > ((1 + r) ** 12 - 1) * 100


def test_a_zero_rate_loan_repays_the_principal_only() -> None:
    assert calculate(Decimal(12000), Decimal(0), 1, Decimal(0)) == {
        "monthlyPayment": "1000.00",
        "totalPaid": "12000.00",
        "totalInterest": "0.00",
        "effectiveAnnualRatePercent": "0.00",
    }


def test_decimal_input_is_not_disturbed_by_binary_floats() -> None:
    assert run({"principal": 0.1 + 0.2, "annualRatePercent": 0, "years": 1})["monthlyPayment"] == "0.03"


@pytest.mark.parametrize(
    ("principal", "rate", "years", "fees"),
    [(0, 3, 10, 0), (1000, -1, 10, 0), (1000, 3, 0, 0), (1000, 3, 51, 0), (1000, 3, 10, 1000)],
)
def test_impossible_loans_are_refused(principal: int, rate: int, years: int, fees: int) -> None:
    with pytest.raises(LoanInputError):
        calculate(Decimal(principal), Decimal(rate), years, Decimal(fees))
