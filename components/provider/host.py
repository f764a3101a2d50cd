"""The cross-language package `sovereign-chat`: a Pulumi provider hosting the flat-input components.

Built on the machinery of `pulumi.provider.experimental.component_provider_host`: its `ComponentProvider`
infers the package schema from each component's `args` annotation (a TypedDict: every key an input, its
docstring the description, `NotRequired` optional) and from the component's annotated attributes (the
outputs, with their docstrings), and constructs the components when a program of any language asks. Two
things are added on top (`package_schema`):

- type tokens: the analyzer names every component `sovereign-chat:index:<Class>`, but the components register
  their own tokens (`TYPE_TOKENS`), which the URNs of existing stacks hold. The schema uses those, so a program
  in another language declares exactly the resources a Python program does, and `construct` accepts them;
- defaults and allowed values of the optional inputs (from the config schema where an input is a stack config
  key): the schema's `default` for scalars (SDKs fill it in), a sentence of the description otherwise.

`plugin/__main__.py` serves it (`serve`); docs/platform-teams.md shows the schema (`schema_doc`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pulumi
import pulumi.provider
from pulumi.provider.experimental.component import ComponentProvider
from pulumi.provider.experimental.util import camel_case

from components.provider import ai_access, chat_function, edge, operations
from components.provider.inputs import OptionalInput
from components.residency import ZONES
from sovereign_chat import __version__

__all__ = [
    "COMPONENTS",
    "PACKAGE",
    "TYPE_TOKENS",
    "SovereignChatProvider",
    "package_schema",
    "serve",
]

PACKAGE = "sovereign-chat"
COMPONENTS: tuple[type[pulumi.ComponentResource], ...] = (
    chat_function.ChatFunction,
    ai_access.AiAccess,
    edge.Edge,
    operations.Operations,
)
#: Each component's own type token (what its ComponentResource registers, hence what the URNs hold).
TYPE_TOKENS: Mapping[str, str] = {
    "ChatFunction": "sovereign-chat:chat_function:ChatFunction",
    "AiAccess": "sovereign-chat:ai_access:AiAccess",
    "Edge": "sovereign-chat:edge:Edge",
    "Operations": "sovereign-chat:operations:Operations",
}
_OPTIONAL: Mapping[str, Mapping[str, OptionalInput]] = {
    "ChatFunction": chat_function.OPTIONAL,
    "AiAccess": ai_access.OPTIONAL,
    "Edge": edge.OPTIONAL,
    "Operations": operations.OPTIONAL,
}
_CHOICES: Mapping[str, Mapping[str, Sequence[object]]] = {
    "ChatFunction": chat_function.CHOICES,
    "AiAccess": ai_access.CHOICES,
    "Edge": edge.CHOICES,
    "Operations": operations.CHOICES,
}
_SCALARS = ("string", "integer", "number", "boolean")
DESCRIPTION = (
    "Privacy-preserving, token-streaming AI chat on AWS serverless with data residency: the streaming chat "
    "function, its zone-pinned Bedrock and Comprehend grants, its geo-fenced CloudFront edge, and its alarms."
)


def _sentence(text: str | None) -> str:
    return " ".join((text or "").split())


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return json.dumps(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _listed(values: Sequence[object]) -> str:
    return ", ".join(f"`{_shown(v)}`" for v in values)


def _document_input(prop: dict[str, Any], name: str, optional: OptionalInput | None, choices: Sequence[object]) -> None:
    spec = optional.spec if optional is not None else None
    text = _sentence(prop.get("description"))
    if not text and spec is not None:  # an input declared from its stack config key: the key's sentence and unit
        text = _sentence(spec.doc) + (f" Unit: {spec.unit}." if spec.unit else "")
    if choices:
        text += f" One of: {_listed(choices)}."
    default = optional.default if optional is not None else None
    if default not in (None, [], {}):
        if prop.get("type") in _SCALARS:
            prop["default"] = default
        text += f" Default: {_listed(default if isinstance(default, list) else [default])}."
    prop["description"] = text


def package_schema(generated: Mapping[str, Any]) -> dict[str, Any]:
    """The analyzer's schema with the components' own type tokens, defaults, allowed values and clean text."""
    schema = dict(generated)
    resources: dict[str, Any] = {}
    for token, resource in generated["resources"].items():
        name = token.rsplit(":", 1)[-1]
        resource = json.loads(json.dumps(resource))
        resource["description"] = _sentence(resource.get("description"))
        optional, choices = _OPTIONAL[name], dict(_CHOICES[name])
        choices["residency_zone"] = tuple(ZONES)
        by_schema_name = {camel_case(python): python for python in optional} | {
            camel_case(python): python for python in choices
        }
        for input_name, prop in resource["inputProperties"].items():
            python = by_schema_name.get(input_name, "")
            _document_input(prop, input_name, optional.get(python), choices.get(python, ()))
        for prop in resource["properties"].values():
            prop["description"] = _sentence(prop.get("description"))
        for prop in [*resource["inputProperties"].values(), *resource["properties"].values()]:
            for inner in ("items", "additionalProperties"):
                if inner in prop:
                    prop[inner].pop("description", None)  # the analyzer repeats the property's own
        resources[TYPE_TOKENS[name]] = resource
    schema["resources"] = resources
    schema["description"] = DESCRIPTION
    schema["keywords"] = ["pulumi", "aws", "category/cloud", "kind/component", "data-residency", "bedrock"]
    return schema


class SovereignChatProvider(ComponentProvider):
    """The `ComponentProvider` of the four components, serving `package_schema` and their own type tokens."""

    def __init__(self, version: str = __version__) -> None:
        super().__init__(list(COMPONENTS), PACKAGE, None, version)
        self.schema = json.dumps(package_schema(json.loads(self.schema or "{}")), sort_keys=True)

    @staticmethod
    def validate_resource_type(pkg_name: str, resource_type: str) -> None:
        """Accept exactly the components' own type tokens."""
        if resource_type not in TYPE_TOKENS.values():
            raise ValueError(
                f"{pkg_name} has no component {resource_type!r} (it has: {', '.join(TYPE_TOKENS.values())})"
            )


def serve(args: Sequence[str]) -> None:
    """Run the provider's gRPC server: print its port on stdout, then serve until the engine stops it."""
    pulumi.provider.main(SovereignChatProvider(), list(args))
