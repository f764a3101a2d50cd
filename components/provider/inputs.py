"""Rules shared by the flat inputs of the cross-language components (pure).

- A zone is named (`residencyZone`, one of `components.residency.ZONES`).
- An optional input that is also a stack config key takes that key's default, range and choices from
  `components.config_schema` (declared once); the provider writes the defaults into the package schema.
- Numbers arrive from other languages as floats (`1024.0`): integers are taken back only when integral.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from copy import deepcopy
from typing import Any, NotRequired

from pulumi.provider.experimental.util import camel_case

from components.alarms import check_prefix
from components.config_schema import SCHEMA_BY_PATH, FieldSpec
from components.residency import ZONES, ResidencyZone, Violation
from runtime.settings import SettingSpec

__all__ = [
    "InputsRefused",
    "OptionalInput",
    "dataclass_default",
    "declare_setting_inputs",
    "defaults",
    "input_name",
    "integer",
    "prefix_violations",
    "spec_violations",
    "value_or_default",
    "zone_named",
]


class InputsRefused(ValueError):
    """Flat inputs that break their declared range or choices; carries every violation."""

    def __init__(self, component: str, violations: Sequence[Violation]) -> None:
        self.violations = list(violations)
        lines = "\n".join(f"  - {violation.describe()}" for violation in self.violations)
        super().__init__(f"{component}: inputs refused ({len(self.violations)} violation(s)):\n{lines}")


class OptionalInput:
    """An optional flat input: its default comes from a stack config key or is given here."""

    def __init__(self, *, stack_key: str | None = None, default: Any = None) -> None:
        if stack_key is not None and stack_key not in SCHEMA_BY_PATH:
            raise KeyError(f"no stack config key {stack_key!r}")
        self.stack_key = stack_key
        self._default = default

    @property
    def spec(self) -> FieldSpec | None:
        """The stack config key's declaration, if the input is one."""
        return SCHEMA_BY_PATH[self.stack_key] if self.stack_key else None

    @property
    def default(self) -> Any:
        """The default value (a fresh copy: lists are never shared)."""
        return deepcopy(self.spec.default if self.spec is not None else self._default)


def dataclass_default(cls: type, name: str) -> Any:
    """The default of a dataclass field (the Python API's own default, declared once there)."""
    for field in dataclasses.fields(cls):
        if field.name == name and field.default is not dataclasses.MISSING:
            return field.default
    raise KeyError(f"{cls.__name__}.{name} has no default")


#: The annotation of a flat input of each kind of runtime setting (the package schema's type is read from it).
_KIND_TYPES: Mapping[str, Any] = {"int": int, "float": float, "bool": bool, "str": str, "str-list": list[str]}


def input_name(spec: SettingSpec) -> str:
    """The flat input (Python name) of a runtime setting tuned per stack: its own or its `Settings` field."""
    return spec.stack.flat_input if spec.stack is not None and spec.stack.flat_input else spec.field


def declare_setting_inputs(inputs: type, specs: Sequence[SettingSpec]) -> dict[str, OptionalInput]:
    """Declare each runtime setting as an optional input of the TypedDict `inputs`, typed by its kind, and return
    the `OptionalInput` of each (default, range and choices: its stack config key's; description: the key's).

    The settings stay declared once (`runtime.settings.SETTINGS`); the package schema is read from `inputs`'
    annotations, which this adds to (Python type checkers see only the inputs written in the class).
    """
    annotations: dict[str, Any] = inputs.__annotations__  # the class's own, updated in place
    optional: dict[str, OptionalInput] = {}
    for spec in specs:
        if spec.stack is None:
            raise ValueError(f"{spec.field} has no stack config key")
        name = input_name(spec)
        if name in annotations:
            raise ValueError(f"{inputs.__name__} already declares {name}")
        annotations[name] = NotRequired[_KIND_TYPES[spec.kind]]
        optional[name] = OptionalInput(stack_key=spec.stack.path)
    inputs.__optional_keys__ = frozenset({*getattr(inputs, "__optional_keys__", ()), *optional})  # type: ignore[attr-defined]
    return optional


def defaults(optional: Mapping[str, OptionalInput]) -> dict[str, Any]:
    """Every optional input's default, by Python name (None: no default)."""
    return {name: spec.default for name, spec in optional.items()}


def value_or_default(inputs: Mapping[str, Any], name: str, optional: Mapping[str, OptionalInput]) -> Any:
    """The input's value, or its default when it was not given."""
    value = inputs.get(name)
    return optional[name].default if value is None else value


def zone_named(component: str, name: object) -> ResidencyZone:
    """The catalog zone called `name`; a `ZoneError`-like refusal naming the catalog otherwise."""
    zone = ZONES.get(name) if isinstance(name, str) else None
    if zone is None:
        raise InputsRefused(
            component, [Violation("residencyZone", name, "not a residency zone of the catalog", tuple(ZONES))]
        )
    return zone


def integer(component: str, name: str, value: object) -> int:
    """An integer input: the wire's float is accepted when integral (`1024.0`), nothing else."""
    if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
        raise InputsRefused(component, [Violation(camel_case(name), value, "an integer is required")])
    return int(value)


def prefix_violations(value: object) -> list[Violation]:
    """`alarmNamePrefix` must be able to start an alarm name (`components.alarms.check_prefix`)."""
    try:
        check_prefix(value if isinstance(value, str) else "")
    except ValueError:
        return [Violation("alarmNamePrefix", value, "cannot start an alarm name (letters, digits, `_.-`)")]
    return []


def spec_violations(name: str, value: Any, spec: FieldSpec) -> list[Violation]:
    """The stack config key's range and choices applied to a flat input (each item of a list)."""
    key = camel_case(name)
    items = value if isinstance(value, list) else [value]
    found: list[Violation] = []
    allowed = tuple(str(choice) for choice in spec.choices)
    for item in items:
        if spec.choices and item not in spec.choices:
            found.append(Violation(key, item, f"not one of the values of {spec.key}", allowed))
        elif isinstance(item, int | float) and not isinstance(item, bool):
            if spec.minimum is not None and item < spec.minimum:
                found.append(Violation(key, item, f"below the minimum {spec.minimum:g}"))
            if spec.maximum is not None and item > spec.maximum:
                found.append(Violation(key, item, f"above the maximum {spec.maximum:g}"))
    return found
