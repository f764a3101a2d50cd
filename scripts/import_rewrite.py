"""Mechanical import rewrites between the checkout's layout and the installed library's (pure, plus a CLI).

In a checkout the packages are top-level (`components`, `compliance`, `runtime`); the installed library puts them
under one name, `sovereign_chat`, so that it clashes with nothing (see docs/platform-teams.md). Two rewrites
bridge the layouts, both on import statements only (found with `ast`, edited at the positions `tokenize`
gives, so every other byte, comments and line numbers included, is kept):

- `prefix_imports`: `from components.x import y` -> `from sovereign_chat.components.x import y` (setup.py applies
  it to the wheel's copies of `components/` and `compliance/`; the source tree is never changed);
- `relative_imports`: inside one package, `from runtime.chat import turn` -> `from ..chat import turn`, so that
  the same file works as the top-level `runtime` the Lambda package ships and as `sovereign_chat.runtime`
  (setup.py applies it to the wheel's copy of `runtime/`).

`import runtime.x` without `as` binds the top-level name itself and cannot be rewritten: it is refused.

The CLI rewrites a tree in place, for the day the checkout itself moves to relative imports inside `runtime/`
(then the Lambda package built from a checkout and from the installed library hold identical bytes):

    .venv/bin/python scripts/import_rewrite.py relative runtime           # list what would change
    .venv/bin/python scripts/import_rewrite.py relative runtime --write   # rewrite in place
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
import tokenize
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path

__all__ = [
    "ImportRewriteError",
    "module_name",
    "prefix_imports",
    "relative_imports",
    "rewrite_tree",
]

#: (line, column) of an insertion or the span of a replacement, as `tokenize` counts (line 1-based).
Position = tuple[int, int]
Edit = tuple[Position, Position, str]


class ImportRewriteError(ValueError):
    """An import cannot be rewritten mechanically (it binds a top-level package name)."""


def _tokens_of(rows: dict[int, list[tokenize.TokenInfo]], node: ast.stmt) -> list[tokenize.TokenInfo]:
    start = (node.lineno, node.col_offset)
    end = (node.end_lineno or node.lineno, node.end_col_offset or 0)
    return [
        token
        for row in range(start[0], end[0] + 1)
        for token in rows.get(row, [])
        if start <= token.start < end and token.type not in (tokenize.NL, tokenize.COMMENT)
    ]


def _dotted_names(tokens: Sequence[tokenize.TokenInfo]) -> Iterator[tuple[str, Position, Position]]:
    """The dotted module names of an `import a.b as c, d` statement: (name, start, end)."""
    index = 1  # after `import`
    while index < len(tokens):
        first = tokens[index]
        parts, last = [first.string], first
        index += 1
        while index + 1 < len(tokens) and tokens[index].string == ".":
            parts.append(tokens[index + 1].string)
            last = tokens[index + 1]
            index += 2
        yield ".".join(parts), first.start, last.end
        while index < len(tokens) and tokens[index].string != ",":
            index += 1
        index += 1  # past the comma


def _from_module_span(tokens: Sequence[tokenize.TokenInfo]) -> tuple[Position, Position]:
    """Start and end of the module name of a level-0 `from a.b import c`."""
    index, last = 1, tokens[1]
    while index + 1 < len(tokens) and tokens[index + 1].string == ".":
        last = tokens[index + 2]
        index += 2
    return tokens[1].start, last.end


def _apply(source: str, edits: list[Edit]) -> str:
    if not edits:
        return source
    lines = source.splitlines(keepends=True)
    for (row, col), (end_row, end_col), text in sorted(edits, reverse=True):
        if row != end_row:
            raise ImportRewriteError(f"line {row}: a module name split over lines")
        line = lines[row - 1]
        lines[row - 1] = line[:col] + text + line[end_col:]
    return "".join(lines)


def _rewrite(
    source: str,
    packages: Collection[str],
    from_module: Callable[[str], str],
    import_statement: Callable[[str, str, int], str | None],
) -> str:
    """Edit the module names of level-0 imports of `packages`.

    `from_module(name)` gives the new module of a `from name import ...`; `import_statement(name, asname, line)`
    gives the replacement of a whole one-name `import name as asname` statement, or None to replace only
    the name (by `from_module`).
    """
    tree = ast.parse(source)
    rows: dict[int, list[tokenize.TokenInfo]] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        rows.setdefault(token.start[0], []).append(token)
    edits: list[Edit] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in packages:
                start, end = _from_module_span(_tokens_of(rows, node))
                edits.append((start, end, from_module(node.module)))
        elif isinstance(node, ast.Import):
            statement = _tokens_of(rows, node)
            aliases = {alias.name: alias for alias in node.names}
            for dotted, start, end in _dotted_names(statement):
                if dotted.split(".")[0] not in packages:
                    continue
                asname = aliases[dotted].asname
                if asname is None:
                    raise ImportRewriteError(f"line {node.lineno}: `import {dotted}` binds a top-level package name")
                whole = import_statement(dotted, asname, node.lineno)
                if whole is None:
                    edits.append((start, end, from_module(dotted)))
                elif len(node.names) != 1:
                    raise ImportRewriteError(f"line {node.lineno}: split `import {dotted} as {asname}` off first")
                else:
                    edits.append((statement[0].start, statement[-1].end, whole))
    return _apply(source, edits)


def prefix_imports(source: str, packages: Collection[str], prefix: str) -> str:
    """Every absolute import of one of `packages` moved under `prefix` (`components.x` -> `prefix.components.x`)."""
    return _rewrite(source, packages, lambda module: f"{prefix}.{module}", lambda _name, _as, _line: None)


def _relative(target: str, package: str) -> str:
    """`target` (a dotted module) as seen from inside `package`: `..chat.turn`, `.session` or `.`."""
    here, there = package.split("."), target.split(".")
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common + 1) + ".".join(there[common:])


def relative_imports(source: str, module: str, *, is_package: bool = False) -> str:
    """Every absolute import of `module`'s own top-level package made relative.

    `module` is the dotted name of the file (`runtime.chat.turn`); `is_package` for an `__init__.py` (whose
    imports are relative to the package itself). `import runtime.x.y as z` becomes `from ..x import y as z`.
    """
    top = module.split(".")[0]
    package = module if is_package else module.rpartition(".")[0] or module

    def import_statement(name: str, asname: str, line: int) -> str:
        parent, _dot, leaf = name.rpartition(".")
        if not parent:
            raise ImportRewriteError(f"line {line}: `import {name} as {asname}` imports the top-level package")
        return f"from {_relative(parent, package)} import {leaf} as {asname}"

    return _rewrite(source, {top}, lambda target: _relative(target, package), import_statement)


def module_name(path: Path, root: Path) -> tuple[str, bool]:
    """The dotted module name of `path` under `root` (the directory holding the top-level package), and
    whether it is a package's `__init__.py`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def rewrite_tree(package_dir: Path, *, write: bool) -> list[Path]:
    """Make every import of the package at `package_dir` relative inside it; returns the files that change."""
    changed: list[Path] = []
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        module, is_package = module_name(path, package_dir.parent)
        result = relative_imports(source, module, is_package=is_package)
        if result != source:
            changed.append(path)
            if write:
                path.write_text(result, encoding="utf-8")
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: `relative <package dir> [--write]`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    relative = commands.add_parser("relative", help="make a package's imports of itself relative")
    relative.add_argument("package_dir", type=Path)
    relative.add_argument("--write", action="store_true", help="rewrite the files (default: only list them)")
    args = parser.parse_args(argv)
    changed = rewrite_tree(args.package_dir.resolve(), write=args.write)
    verb = "rewrote" if args.write else "would rewrite"
    for path in changed:
        print(f"{verb} {path}")
    print(f"{len(changed)} file(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
