"""Percentiles and summaries of latency samples (pure)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks (NumPy's default)."""
    if not values:
        raise ValueError("no samples")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} outside 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Summary:
    """Sample count and the percentiles the report quotes (same unit as the samples)."""

    n: int
    p50: float
    p95: float
    p99: float
    max: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        """Summarize samples (at least one)."""
        return cls(len(values), percentile(values, 50), percentile(values, 95), percentile(values, 99), max(values))


def median_interval(values: Sequence[float], iterations: int = 2000, seed: int = 1) -> tuple[float, float]:
    """95% bootstrap confidence interval of the median (percentile method, fixed seed: reproducible)."""
    if not values:
        raise ValueError("no samples")
    rng = random.Random(seed)
    medians = sorted(percentile(rng.choices(values, k=len(values)), 50) for _ in range(iterations))
    return percentile(medians, 2.5), percentile(medians, 97.5)


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, NaN when the denominator is not positive."""
    return numerator / denominator if denominator > 0 else math.nan
