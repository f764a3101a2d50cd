"""The mechanical import rewrites between the checkout's layout and the installed library's."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scripts.import_rewrite import (
    ImportRewriteError,
    main,
    module_name,
    prefix_imports,
    relative_imports,
    rewrite_tree,
)

REPO = Path(__file__).resolve().parents[3]
OURS = ("components", "compliance", "runtime")


def absolute_imports(source: str, module: str, *, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module.name) of every import in `source`, relative ones resolved."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, f"{alias.name} as {alias.asname}") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found += [(node.lineno, f"{base}.{alias.name} as {alias.asname}") for alias in node.names]
    return sorted(found)


def test_prefix_moves_our_packages_only_and_keeps_every_other_byte():
    source = (
        "# from components import nothing\n"
        "from components import iam_statements as iam  # comment\n"
        "from components.residency import (\n    ZONES,\n    Violation,\n)\n"
        "from componentsx import y\n"
        "import runtime.http.sse as sse, json\n"
        "def f():\n    from compliance.rules import RULES\n    return RULES\n"
        'text = "from components.x import y"\n'
    )
    expected = (
        "# from components import nothing\n"
        "from sovereign_chat.components import iam_statements as iam  # comment\n"
        "from sovereign_chat.components.residency import (\n    ZONES,\n    Violation,\n)\n"
        "from componentsx import y\n"
        "import sovereign_chat.runtime.http.sse as sse, json\n"
        "def f():\n    from sovereign_chat.compliance.rules import RULES\n    return RULES\n"
        'text = "from components.x import y"\n'
    )
    assert prefix_imports(source, OURS, "sovereign_chat") == expected


@pytest.mark.parametrize(
    ("module", "is_package", "source", "expected"),
    [
        ("runtime.chat.turn", False, "from runtime.privacy.spans import S\n", "from ..privacy.spans import S\n"),
        ("runtime.chat.turn", False, "from runtime.chat.session import S\n", "from .session import S\n"),
        ("runtime.chat.turn", False, "from runtime.chat import errors\n", "from . import errors\n"),
        ("runtime.settings", False, "from runtime.regions import x\n", "from .regions import x\n"),
        ("runtime.chat", True, "from runtime.chat.turn import T\n", "from .turn import T\n"),
        ("runtime.chat", True, "from runtime import settings\n", "from .. import settings\n"),
        (
            "runtime.aws.clients",
            False,
            "def f():\n    import runtime.aws.dynamodb_json as dj\n",
            "def f():\n    from . import dynamodb_json as dj\n",
        ),
        ("runtime.a.b", False, "from components.x import y\n", "from components.x import y\n"),
    ],
)
def test_relative(module: str, is_package: bool, source: str, expected: str):
    assert relative_imports(source, module, is_package=is_package) == expected


@pytest.mark.parametrize(
    "source",
    ["import runtime.settings\n", "import runtime as r\n", "import runtime.a as a, runtime.b as b\n"],
)
def test_what_cannot_be_rewritten_is_refused(source: str):
    with pytest.raises(ImportRewriteError):
        relative_imports(source, "runtime.chat.turn")


def test_prefix_refuses_an_import_binding_a_top_level_name():
    with pytest.raises(ImportRewriteError, match="binds a top-level package name"):
        prefix_imports("import components.edge\n", OURS, "sovereign_chat")


def test_the_checkouts_runtime_made_relative_imports_exactly_the_same_modules():
    # Holds before and after the checkout itself is rewritten (`scripts/import_rewrite.py relative runtime`).
    for path in sorted((REPO / "runtime").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        module, is_package = module_name(path, REPO)
        result = relative_imports(source, module, is_package=is_package)
        assert absolute_imports(result, module, is_package=is_package) == absolute_imports(
            source, module, is_package=is_package
        ), path
        assert result.count("\n") == source.count("\n")
        assert "from runtime" not in result and "import runtime." not in result, path
        assert relative_imports(result, module, is_package=is_package) == result  # idempotent


def test_the_checkouts_components_and_compliance_prefixed_import_the_librarys_modules():
    for tree in ("components", "compliance"):
        for path in sorted((REPO / tree).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            module, is_package = module_name(path, REPO)
            before = absolute_imports(source, module, is_package=is_package)
            after = absolute_imports(prefix_imports(source, OURS, "sovereign_chat"), module, is_package=is_package)
            expected = [
                (line, f"sovereign_chat.{name}" if name.split(".")[0] in OURS else name) for line, name in before
            ]
            assert after == expected, path


def test_the_cli_lists_then_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    package = tmp_path / "runtime"
    (package / "chat").mkdir(parents=True)
    files = {
        package / "__init__.py": "",
        package / "settings.py": "from runtime.regions import is_region_name\n",
        package / "regions.py": "import re\n",
        package / "chat" / "__init__.py": "from runtime.chat.turn import Turn\n",
        package / "chat" / "turn.py": "from runtime import settings\nfrom runtime.chat import errors\n",
    }
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    assert main(["relative", str(package)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert sorted(listed) == sorted(f"would rewrite {p}" for p in files if "runtime" in files[p])
    assert all(p.read_text(encoding="utf-8") == text for p, text in files.items())  # listing changes nothing
    assert len(rewrite_tree(package, write=True)) == 3
    turn = (package / "chat" / "turn.py").read_text(encoding="utf-8")
    assert turn == "from .. import settings\nfrom . import errors\n"
    assert (package / "chat" / "__init__.py").read_text(encoding="utf-8") == "from .turn import Turn\n"
    assert (package / "settings.py").read_text(encoding="utf-8") == "from .regions import is_region_name\n"
    assert rewrite_tree(package, write=False) == []  # idempotent
