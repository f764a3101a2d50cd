"""A tool's input checked against its JSON schema (fastjsonschema: pure Python, the schema compiled once).

The messages name the failing field and rule (`data.years must be integer`), never the value: they go back
to the model as an error result (and through detection like every result).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import fastjsonschema

#: `None` when the input is valid, else what is wrong with it.
InputCheck = Callable[[Any], str | None]


class SchemaError(ValueError):
    """A tool's declared input schema is not a valid JSON schema."""


def input_check(schema: dict[str, Any]) -> InputCheck:
    """Compile `schema` into a check (SchemaError when the schema itself is invalid)."""
    try:
        validate = fastjsonschema.compile(schema)
    except fastjsonschema.JsonSchemaDefinitionException as error:
        raise SchemaError(str(error)) from None

    def check(value: Any) -> str | None:
        try:
            validate(value)
        except fastjsonschema.JsonSchemaValueException as error:
            return f"{error.name} {_rule_text(error)}"
        return None

    return check


def _rule_text(error: fastjsonschema.JsonSchemaValueException) -> str:
    """The failed rule as 'must ...' without the offending value (the message may quote neither)."""
    message = str(error.message)
    name = str(error.name)
    return message[len(name) :].strip() if message.startswith(name) else message
