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
#: The deployment's page settings (the market's languages), written by the deployment, never a file of `web/`.
PAGE_CONFIG_KEY = "page-config.json"
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


def page_config_json(languages: Sequence[str]) -> str:
    """The page's `/page-config.json`: the stack's languages, the first being the page's default."""
    chosen = [language.lower() for language in languages]
    if not chosen:
        raise ValueError("the page needs at least one language")
    for language in chosen:
        if not _LANGUAGE.match(language):
            raise ValueError(f"{language!r} is not an ISO 639-1 language code")
    return json.dumps({"languages": list(dict.fromkeys(chosen))}, separators=(",", ":")) + "\n"
