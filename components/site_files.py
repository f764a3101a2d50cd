"""The chat page's files as S3 objects: which files, under which keys, with which Content-Type (pure)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CACHE_CONTROL",
    "CONTENT_TYPES",
    "PAGE_CONFIG_KEY",
    "PAGE_DIR",
    "SiteFile",
    "content_type",
    "page_config_json",
    "page_languages",
    "site_files",
]

#: The chat page (`web/`): uploaded to the site bucket by `Edge`, served by the local stack.
PAGE_DIR = Path(__file__).resolve().parent.parent / "web"

CONTENT_TYPES: Mapping[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
}
#: The deployment's page settings (the market's languages, and the page's languages when a stack narrows them),
#: written by the deployment, never a file of `web/`.
PAGE_CONFIG_KEY = "page-config.json"
#: The page's catalogs: one `web/i18n/<code>.js` per language it speaks.
CATALOG_DIR = "i18n"
_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Za-z]{2})?$")
#: Files are not content-hashed: browsers and the edge revalidate (ETag) so a deploy is seen at once.
CACHE_CONTROL = "no-cache"


@dataclass(frozen=True)
class SiteFile:
    """One object of the site bucket."""

    key: str
    path: Path
    content_type: str
    cache_control: str = CACHE_CONTROL


def content_type(path: Path) -> str:
    """The Content-Type of a page file; an unknown extension is an error (never served as octet-stream)."""
    try:
        return CONTENT_TYPES[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"no Content-Type known for {path.name}: add its extension to CONTENT_TYPES") from None


def site_files(static_dir: Path) -> list[SiteFile]:
    """Every file of the page directory (recursively, dotfiles skipped), keyed by its path, sorted."""
    if not (static_dir / "index.html").is_file():
        raise FileNotFoundError(f"{static_dir} has no index.html")
    files = []
    for path in sorted(static_dir.rglob("*")):
        relative = path.relative_to(static_dir)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if relative.as_posix() == PAGE_CONFIG_KEY:
            raise ValueError(f"{PAGE_CONFIG_KEY} is written by the deployment: remove it from {static_dir}")
        files.append(SiteFile(relative.as_posix(), path, content_type(path)))
    return files


def page_languages(static_dir: Path = PAGE_DIR) -> tuple[str, ...]:
    """The languages the page speaks (its catalogs, `web/i18n/<code>.js`), sorted by code."""
    return tuple(sorted(path.stem for path in (static_dir / CATALOG_DIR).glob("*.js")))


def _codes(languages: Sequence[str]) -> list[str]:
    chosen = [language.lower() for language in languages]
    for language in chosen:
        if not _LANGUAGE.match(language):
            raise ValueError(f"{language!r} is not an ISO 639-1 language code")
    return list(dict.fromkeys(chosen))


def page_config_json(languages: Sequence[str], offered: Sequence[str] | None = None) -> str:
    """The page's `/page-config.json`.

    `languages`: the stack's languages; the first the page speaks is its default when the browser prefers none
    it offers. `offered`: the page's languages when a stack narrows them (the first is then the default); None
    (or empty) offers every language the page speaks (`page_languages()`), the browser's preference first.
    """
    config: dict[str, list[str]] = {"languages": _codes(languages)}
    if not config["languages"]:
        raise ValueError("the page needs at least one language")
    if offered:
        narrowed = _codes(offered)
        spoken = page_languages()
        unknown = sorted({code.split("-")[0] for code in narrowed} - set(spoken))
        if unknown:
            raise ValueError(f"the page has no catalog for {', '.join(unknown)}: it speaks {', '.join(spoken)}")
        config["offeredLanguages"] = narrowed
    return json.dumps(config, separators=(",", ":")) + "\n"
