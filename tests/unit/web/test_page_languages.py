"""The page's languages: a catalog for every official language of the EU and the EEA, the same list in
i18n.js and on disk, and `/page-config.json` narrowing them only when a stack asks."""

from __future__ import annotations

import json
import re

import pytest

from components.site_files import PAGE_DIR, page_config_json, page_languages

#: The official languages of the EU's member states and of Iceland and Norway (Bokmål).
EU_EEA_LANGUAGES = frozenset(
    ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu",
     "is", "it", "lt", "lv", "mt", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv")
)  # fmt: skip


def _script_languages() -> list[str]:
    text = (PAGE_DIR / "i18n.js").read_text(encoding="utf-8")
    block = re.search(r"export const LANGUAGES = Object\.freeze\(\[(.*?)\]\);", text, re.DOTALL)
    assert block
    return re.findall(r'\["([a-z]{2})", "[^"]+"\]', block[1])


def test_the_page_speaks_every_official_language_of_the_eu_and_eea() -> None:
    assert set(page_languages()) >= EU_EEA_LANGUAGES


def test_the_scripts_list_and_the_catalog_files_agree() -> None:
    listed = _script_languages()
    assert len(listed) == len(set(listed))
    assert sorted(listed) == list(page_languages())


def test_the_page_config_offers_every_language_unless_narrowed() -> None:
    assert json.loads(page_config_json(["pt", "en"])) == {"languages": ["pt", "en"]}
    narrowed = json.loads(page_config_json(["pt", "en"], ["PL", "el", "pl"]))
    assert narrowed == {"languages": ["pt", "en"], "offeredLanguages": ["pl", "el"]}


def test_a_narrowing_to_a_language_the_page_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="no catalog for xx"):
        page_config_json(["en"], ["pl", "xx"])
    with pytest.raises(ValueError, match="ISO 639-1"):
        page_config_json(["en"], ["polish"])


def test_the_page_reads_every_key_the_page_config_writes() -> None:
    script = (PAGE_DIR / "i18n.js").read_text(encoding="utf-8")
    for key in json.loads(page_config_json(["pt", "en"], ["pl"])):
        assert f"settings.{key}" in script, f"i18n.js does not read {key} from /page-config.json"
