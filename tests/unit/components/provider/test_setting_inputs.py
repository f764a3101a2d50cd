"""The cross-language ChatFunction's inputs of the settings tuned per stack come from the runtime's table."""

from __future__ import annotations

import json
import typing

from pulumi.provider.experimental.util import camel_case

from components.provider.chat_function import OPTIONAL, SETTING_INPUTS, ChatFunctionInputs
from components.provider.host import TYPE_TOKENS, SovereignChatProvider
from components.provider.inputs import input_name
from runtime.settings import STACK_SETTINGS

SCHEMA_TYPES = {"int": "integer", "float": "number", "bool": "boolean", "str-list": "array"}


def chat_inputs() -> dict[str, typing.Any]:
    schema = json.loads(SovereignChatProvider().schema or "{}")
    properties: dict[str, typing.Any] = schema["resources"][TYPE_TOKENS["ChatFunction"]]["inputProperties"]
    return properties


def test_every_tuned_setting_is_an_optional_input_with_its_type_default_and_sentence() -> None:
    properties = chat_inputs()
    assert set(SETTING_INPUTS) == {input_name(spec) for spec in STACK_SETTINGS}
    assert set(SETTING_INPUTS) <= ChatFunctionInputs.__optional_keys__
    for spec in STACK_SETTINGS:
        assert spec.stack is not None
        prop = properties[camel_case(input_name(spec))]
        assert prop["type"] == SCHEMA_TYPES[spec.kind], spec.field
        assert prop["description"].startswith(" ".join(spec.stack.doc.split())), spec.field
        assert OPTIONAL[input_name(spec)].default == spec.default_value


def test_the_public_input_names_are_kept() -> None:
    properties = chat_inputs()
    for name in ("maxToolRounds", "heartbeatSeconds", "comprehendMinConfidenceScore", "builtinTools", "piiEntityTypes"):
        assert name in properties
    assert properties["heartbeatSeconds"]["type"] == "number" and properties["maxToolRounds"]["type"] == "integer"
