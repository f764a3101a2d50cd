"""components.residency declares the CloudFront-scope region; nothing else in the program spells it out."""

from __future__ import annotations

import ast
from pathlib import Path

from components import residency
from components.residency import CLOUDFRONT_SCOPE_REGION, ZONES

REPO = Path(__file__).resolve().parents[3]
#: Data tables that list us-east-1 as one region among others (not as the CloudFront scope).
REGION_TABLES = {
    "components/residency.py": "the US zone's regions",
    "compliance/offline_catalog.py": "destination regions of the US inference profiles",
}


def _mentions(path: Path, literal: str) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Constant) and node.value == literal]


def _assigns(path: Path, name: str) -> bool:
    targets = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign):
            targets += node.targets
        elif isinstance(node, ast.AnnAssign):
            targets.append(node.target)
    return any(isinstance(target, ast.Name) and target.id == name for target in targets)


def _program_files() -> list[Path]:
    files = [REPO / "__main__.py"]
    for package in ("components", "compliance", "policy"):
        files += sorted((REPO / package).rglob("*.py"))
    return files


def test_the_scope_region_is_us_east_1_and_inside_the_us_zone_only() -> None:
    assert CLOUDFRONT_SCOPE_REGION == "us-east-1"
    assert [zone for zone in ZONES.values() if zone.allows_region(CLOUDFRONT_SCOPE_REGION)] == [ZONES["us"]]


def test_only_residency_declares_the_scope_region() -> None:
    declaring = Path(residency.__file__).resolve()
    assert _assigns(declaring, "CLOUDFRONT_SCOPE_REGION")
    others = [
        str(p.relative_to(REPO)) for p in _program_files() if p != declaring and _assigns(p, "CLOUDFRONT_SCOPE_REGION")
    ]
    assert others == [], "import CLOUDFRONT_SCOPE_REGION from components.residency"


def test_the_literal_us_east_1_appears_only_in_region_tables() -> None:
    found = {str(p.relative_to(REPO)) for p in _program_files() if _mentions(p, "us-east-1")}
    assert "components/residency.py" in found, "the scan would not notice a copy"
    assert found <= set(REGION_TABLES), "use components.residency.CLOUDFRONT_SCOPE_REGION"
