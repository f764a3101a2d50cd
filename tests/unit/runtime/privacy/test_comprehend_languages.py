"""runtime.privacy.comprehend_languages: Comprehend's language sets, declared once and imported everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

from runtime.privacy import comprehend_languages
from runtime.privacy.comprehend_languages import ENTITY_LANGUAGES, PII_LANGUAGES

REPO = Path(__file__).resolve().parents[4]
PACKAGES = ("runtime", "components", "compliance", "devstack", "bench")
DECLARING = Path(comprehend_languages.__file__).resolve()


def test_the_pii_api_languages_are_a_subset_of_the_entity_api_languages() -> None:
    assert sorted(PII_LANGUAGES) == ["en", "es"]
    assert PII_LANGUAGES < ENTITY_LANGUAGES and {"pt", "de", "zh-TW"} <= ENTITY_LANGUAGES


def _language_literals(path: Path) -> list[int]:
    """Lines of set/tuple/list literals of language codes that look like one of the two sets."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Set | ast.Tuple | ast.List):
            values = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if values and (values == PII_LANGUAGES or "zh-TW" in values):
                found.append(node.lineno)
    return found


def test_no_other_module_declares_the_sets_again() -> None:
    offenders = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            if path.resolve() != DECLARING and (lines := _language_literals(path)):
                offenders[str(path.relative_to(REPO))] = lines
    assert offenders == {}, "import ENTITY_LANGUAGES / PII_LANGUAGES from runtime.privacy.comprehend_languages"


def test_the_declaring_module_is_seen_by_the_scan() -> None:
    assert _language_literals(DECLARING), "the scan would not notice a copy"
