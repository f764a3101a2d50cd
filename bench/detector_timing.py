"""Every built-in detector timed on its own: a typical chat message, and one dense with personal data.

Part of the micro benchmarks of `make bench` (`bench.micro`); `python -m bench.detector_timing` runs only these.
Each figure is the fastest mean of a few rounds of many calls (the least disturbed by other processes), in µs;
nothing is cached between calls (no detector keeps a message's values after its request).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from runtime.privacy.detectors import (
    NAME_MODEL,
    addresses,
    birth_dates,
    card,
    detect_builtin,
    email,
    iban,
    labelled_ids,
    learned_names,
    names,
    national_ids,
    phone,
)
from runtime.privacy.detectors.scan import scan_text
from runtime.privacy.market_languages import EUROPEAN_REGIONS
from runtime.privacy.spans import merge_spans
from runtime.privacy.text_view import text_view

#: A typical message (about 300 characters): a question with a name, an address, a phone and an identifier.
TYPICAL: Final = (
    "Bom dia, chamo-me Ana Silva e moro na Rua Augusta, 27, 1100-048 Lisboa. Queria saber se posso antecipar "
    "10 000 € do meu crédito habitação de 150 000 € à taxa de 3,5 %. O meu NIF é 245 678 913 e o telemóvel "
    "912 345 678. Obrigada, fico a aguardar a vossa resposta até sexta-feira, 14 de março de 2025."
)
#: Dense: every kind of value, several languages (about 600 characters).
DENSE: Final = (
    "Ich heiße Jürgen Müller, Lindenstraße 12, 10115 Berlin, Tel. 030/1234567, Steuer-ID 47 036 892 816. "
    "Nazywam się Anna Wiśniewska, ul. Marszałkowska 2-7, 00-950 Warszawa, PESEL 79021412345, 512 345 678. "
    "Je m'appelle Claire Moreau, 14, rue des Lilas, 75011 Paris, numéro de sécurité sociale 2 91 03 75 114 052 17. "
    "Mail j.mueller@example.de, IBAN DE44 5001 0517 5407 3249 31, Karte 4539 1488 0343 6467, +351 912 345 678. "
    "Με λένε Γιώργος Παπαδόπουλος, Οδός Ερμού 15, 105 63 Αθήνα, ΑΜΚΑ 14027931840."
)
#: The most a detector may take on a typical message.
BUDGET_US: Final = 1000.0
#: The row of the whole built-in detection (every detector, the shared scan and the merge).
ALL_DETECTION: Final = "all built-in detection"


@dataclass(frozen=True)
class DetectorTiming:
    """One detector's cost per call on the typical and on the dense message, in microseconds."""

    name: str
    typical_us: float
    dense_us: float


def _per_call_us(func: Callable[[], object], calls: int = 300, rounds: int = 5) -> float:
    func()  # warm: compiled patterns, the given-name list
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(calls):
            func()
        best = min(best, (time.perf_counter() - started) / calls)
    return best * 1e6


def _steps(text: str, regions: tuple[str, ...]) -> list[tuple[str, Callable[[], object]]]:
    """Each detector as `detect_builtin` calls it on `text`, and the steps they share."""
    view = text_view(text).text
    scan = scan_text(view)
    spans = detect_builtin(text, regions)
    phone_starts = frozenset(s.start for s in phone.detect(scan, regions))
    return [
        ("text view and number scan (shared)", lambda: scan_text(text_view(text).text)),
        ("e-mail", lambda: email.detect(view)),
        ("IBAN", lambda: iban.detect(scan)),
        ("card", lambda: card.detect(scan)),
        ("phone (libphonenumber in the market)", lambda: phone.detect(scan, regions)),
        ("national identifiers (given the phones)", lambda: national_ids.detect(scan, regions, phone_starts)),
        ("labelled identifiers", lambda: labelled_ids.detect(view, scan)),
        ("dates of birth", lambda: birth_dates.detect(view)),
        ("names", lambda: names.detect(view)),
        ("street addresses", lambda: addresses.detect(view)),
        ("learned names (the model and its vetoes)", lambda: learned_names.detect(view, NAME_MODEL, spans)),
        ("merge and whole-name growth", lambda: merge_spans(spans, text)),
        (ALL_DETECTION, lambda: merge_spans(detect_builtin(text, regions), text)),
    ]


def measure_detectors(
    regions: tuple[str, ...] = EUROPEAN_REGIONS, calls: int = 300, rounds: int = 5
) -> list[DetectorTiming]:
    """Each detector's cost on `TYPICAL` and `DENSE` with the phone forms of `regions` (default: every state)."""
    typical = _steps(TYPICAL, regions)
    dense = _steps(DENSE, regions)
    return [
        DetectorTiming(name, _per_call_us(run_typical, calls, rounds), _per_call_us(run_dense, calls, rounds))
        for (name, run_typical), (_, run_dense) in zip(typical, dense, strict=True)
    ]


def table(timings: list[DetectorTiming]) -> list[str]:
    """The timings as Markdown table lines."""
    return [
        f"| detector | typical message ({len(TYPICAL)} chars), µs | dense message ({len(DENSE)} chars), µs |",
        "|---|---:|---:|",
        *[f"| {t.name} | {t.typical_us:.1f} | {t.dense_us:.1f} |" for t in timings],
    ]


def main() -> int:
    """Print the per-detector table; exit 1 when a detector takes `BUDGET_US` or more on the typical message."""
    timings = measure_detectors()
    print("\n".join(table(timings)))
    over = [t.name for t in timings if t.name != ALL_DETECTION and t.typical_us >= BUDGET_US]
    if over:
        print(f"over {BUDGET_US:.0f} µs on a typical message: {', '.join(over)}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
