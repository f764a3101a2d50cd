"""The configuration schema: declared once, and the documentation's table is rendered from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.offline_engine import apply_overrides, load_stack_file
from components import config, config_schema
from components.config import validate_stack_config
from components.config_schema import SCHEMA, SCHEMA_BY_PATH, FieldSpec, markdown_table
from runtime.settings import STACK_SETTINGS, SettingsError, setting

CONFIGURATION = Path(__file__).resolve().parents[3] / "docs" / "configuration.md"


def test_docs_configuration_table_is_the_rendered_schema():
    assert markdown_table() in CONFIGURATION.read_text(encoding="utf-8"), (
        "docs/configuration.md's table differs from the schema: paste `python -m components.config_schema`"
    )


def test_table_has_one_row_per_key_in_schema_order():
    rows = markdown_table().splitlines()[2:]
    assert [row.split(" | ")[0] for row in rows] == [f"| `{spec.key}`" for spec in SCHEMA]


def test_rendering_of_ranges_choices_and_defaults():
    spec = FieldSpec("chat.example", "int", "An example.", "seconds", 5, minimum=1, maximum=2_000_000_000)
    choice = FieldSpec("chat.kind", "str", "A kind.", choices=("a", "b"))
    optional = FieldSpec("edge.thing", "object", "Optional thing.", optional=True)
    table = markdown_table((spec, choice, optional)).splitlines()
    assert table[2] == "| `sovereign-chat:chat.example` | An example. | seconds (1\u20132e+09) | `5` |"
    assert table[3] == "| `sovereign-chat:chat.kind` | A kind. One of: `a`, `b`. |  | **required** |"
    assert table[4] == "| `sovereign-chat:edge.thing` | Optional thing. |  | unset (off) |"


def test_keys_are_unique_and_config_reexports_the_schema():
    paths = [spec.path for spec in SCHEMA]
    assert len(paths) == len(set(paths))
    assert config.SCHEMA is config_schema.SCHEMA
    assert config.PROJECT == config_schema.PROJECT == "sovereign-chat"


def test_the_keys_of_the_functions_settings_are_the_runtime_declaration():
    for spec in STACK_SETTINGS:
        assert spec.stack is not None
        row = SCHEMA_BY_PATH[spec.stack.path]
        assert (row.setting, row.kind, row.doc) == (spec.field, spec.kind, spec.stack.doc)
        assert (row.default, row.minimum, row.maximum, row.choices) == (
            spec.default_value,
            spec.minimum,
            spec.maximum,
            spec.choices,
        )
    derived = {spec.stack.path for spec in STACK_SETTINGS if spec.stack is not None}
    assert derived <= {row.path for row in SCHEMA if row.setting is not None}


def test_a_heartbeat_the_stack_accepts_is_one_the_runtime_accepts():
    eu = load_stack_file("eu")
    for seconds, accepted in ((0.5, True), (25, True), (26, False), (0, False)):
        raw = apply_overrides(eu, {"sovereign-chat:chat.heartbeatSeconds": seconds})
        config, _violations = validate_stack_config(raw)
        assert (config is not None) is accepted, seconds
        runtime = setting("heartbeat_seconds")
        if accepted:
            assert runtime.check(seconds) == seconds
        else:
            with pytest.raises(SettingsError):
                runtime.check(seconds)
