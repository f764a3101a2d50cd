"""National identifiers validated by their check digit: PT NIF, ES DNI/NIE, FR NIR, DE Steuer-ID,
IT codice fiscale, NL BSN."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from runtime.privacy.detectors import checksums
from runtime.privacy.detectors.scan import TextScan
from runtime.privacy.types import (
    BSN_NL,
    CODICE_FISCALE_IT,
    DNI_ES,
    NIE_ES,
    NIF_PT,
    NIR_FR,
    SOURCE_BUILTIN,
    STEUER_ID_DE,
    PiiSpan,
)

# Purely numeric ids come from the shared number chunks: digit count -> (validator, type).
_NUMERIC: Final[dict[int, tuple[tuple[Callable[[str], bool], str], ...]]] = {
    9: ((checksums.nif_pt_valid, NIF_PT), (checksums.bsn_nl_valid, BSN_NL)),
    11: ((checksums.steuer_id_de_valid, STEUER_ID_DE),),
}
_NUMERIC_SEPARATORS: Final = frozenset("0123456789 .-\u00a0")

_B: Final = r"(?<![^\W_])"  # no letter or digit before
_E: Final = r"(?![^\W_])"  # no letter or digit after
_DNI: Final = re.compile(rf"([0-9]{{2}}(?:[0-9]{{6}}|\.[0-9]{{3}}\.[0-9]{{3}}))[ \-]?([A-Za-z]){_E}")
_NIE: Final = re.compile(rf"{_B}([XYZxyz])[ \-]?([0-9]{{7}})[ \-]?([A-Za-z]){_E}")
_NIR: Final = re.compile(
    rf"{_B}([1-478])[ .]?([0-9]{{2}})[ .]?([0-9]{{2}})[ .]?([0-9]{{2}}|2[ABab])[ .]?([0-9]{{3}})[ .]?"
    rf"([0-9]{{3}})[ .]?([0-9]{{2}}){_E}"
)
_CF_DIGIT: Final = "[0-9LMNPQRSTUVlmnpqrstuv]"
_CODICE_FISCALE: Final = re.compile(
    rf"{_B}[A-Za-z]{{6}}{_CF_DIGIT}{{2}}[ABCDEHLMPRSTabcdehlmprst]{_CF_DIGIT}{{2}}[A-Za-z]{_CF_DIGIT}{{3}}[A-Za-z]{_E}"
)


def _numeric(scan: TextScan) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for chunk in scan.chunks:
        candidates = _NUMERIC.get(len(chunk.digits))
        if candidates is None or not all(c in _NUMERIC_SEPARATORS for c in chunk.text):
            continue
        for valid, entity_type in candidates:
            if valid(chunk.digits):
                spans.append(PiiSpan(chunk.start, chunk.end, entity_type, SOURCE_BUILTIN))
    return spans


def _windowed(scan: TextScan, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of a pattern in the windows around the digits of a message."""
    return [m for start, end in scan.windows for m in pattern.finditer(scan.text, start, end)]


def _boundary_before(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _spanish(scan: TextScan) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for m in _windowed(scan, _DNI):
        if _boundary_before(scan.text, m.start()) and checksums.dni_es_valid(m.group(1).replace(".", ""), m.group(2)):
            spans.append(PiiSpan(m.start(), m.end(), DNI_ES, SOURCE_BUILTIN))
    for m in _windowed(scan, _NIE):
        if checksums.nie_es_valid(m.group(1), m.group(2), m.group(3)):
            spans.append(PiiSpan(m.start(), m.end(), NIE_ES, SOURCE_BUILTIN))
    return spans


def _french(scan: TextScan) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for m in _windowed(scan, _NIR):
        if checksums.nir_fr_valid("".join(m.groups())):
            spans.append(PiiSpan(m.start(), m.end(), NIR_FR, SOURCE_BUILTIN))
    return spans


def _italian(scan: TextScan) -> list[PiiSpan]:
    spans: list[PiiSpan] = []
    for m in _windowed(scan, _CODICE_FISCALE):
        code = m.group()
        # Omocodia can replace digits by letters, but a code with no digit left is far likelier a word.
        if any(c.isdigit() for c in code) and checksums.codice_fiscale_valid(code):
            spans.append(PiiSpan(m.start(), m.end(), CODICE_FISCALE_IT, SOURCE_BUILTIN))
    return spans


def detect(scan: TextScan) -> list[PiiSpan]:
    """Spans of the checksum-valid national identifiers in a message."""
    return [*_numeric(scan), *_spanish(scan), *_french(scan), *_italian(scan)]
