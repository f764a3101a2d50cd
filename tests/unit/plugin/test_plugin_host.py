"""The cross-language package started as the Pulumi CLI's Python host starts it (`python plugin/ <engine address>`
in another working directory; the first line of stdout is the gRPC port), asked for its schema over gRPC."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc  # type: ignore[import-untyped]
import pytest
import yaml
from google.protobuf import empty_pb2  # type: ignore[import-untyped]
from pulumi.provider.experimental.util import camel_case
from pulumi.runtime.proto import provider_pb2, provider_pb2_grpc

from components.config_schema import SCHEMA_BY_PATH
from components.provider import ai_access, chat_function, edge, operations
from components.provider.host import TYPE_TOKENS
from components.residency import ZONES
from sovereign_chat import __version__

REPO = Path(__file__).resolve().parents[3]
PLUGIN = REPO / "plugin"
INPUTS: dict[str, Any] = {
    "ChatFunction": chat_function.ChatFunctionInputs,
    "AiAccess": ai_access.AiAccessInputs,
    "Edge": edge.EdgeInputs,
    "Operations": operations.OperationsInputs,
}
CLASSES = {
    "ChatFunction": chat_function.ChatFunction,
    "AiAccess": ai_access.AiAccess,
    "Edge": edge.Edge,
    "Operations": operations.Operations,
}
FLAT_TYPES = {"string", "integer", "number", "boolean"}


@pytest.fixture(scope="module")
def stub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[provider_pb2_grpc.ResourceProviderStub]:
    process = subprocess.Popen(
        [sys.executable, str(PLUGIN), "127.0.0.1:1"],
        cwd=tmp_path_factory.mktemp("program"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().decode().strip()
        problem = process.stderr.read().decode() if process.stderr and not first.isdigit() else ""
        assert first.isdigit(), f"no port on stdout: {first!r} {problem}"
        with grpc.insecure_channel(f"127.0.0.1:{first}") as channel:
            yield provider_pb2_grpc.ResourceProviderStub(channel)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def schema(stub: provider_pb2_grpc.ResourceProviderStub) -> dict[str, Any]:
    response = stub.GetSchema(provider_pb2.GetSchemaRequest(version=0), timeout=30)
    return json.loads(response.schema)  # type: ignore[no-any-return]


def recorded_component_types() -> set[str]:
    urns = json.loads((REPO / "tests" / "fixtures" / "urns" / "eu.json").read_text(encoding="utf-8"))
    types = {urn.split("::")[2].split("$")[-1] for urn in urns}
    return {token for token in types if token.startswith("sovereign-chat:")}


def test_the_plugin_manifest_runs_python_from_this_directory():
    manifest = yaml.safe_load((PLUGIN / "PulumiPlugin.yaml").read_text(encoding="utf-8"))
    assert manifest["runtime"]["name"] == "python"
    assert (PLUGIN / "__main__.py").is_file()  # the host runs `python <plugin dir>` when it has one


def test_the_package_is_named_versioned_and_has_exactly_our_components_under_todays_type_tokens(stub, schema):
    assert schema["name"] == "sovereign-chat" and schema["version"] == __version__
    assert stub.GetPluginInfo(empty_pb2.Empty(), timeout=30).version == __version__
    assert set(schema["resources"]) == set(TYPE_TOKENS.values())
    assert set(TYPE_TOKENS.values()) <= recorded_component_types()  # the tokens existing stacks' URNs hold
    assert schema["dependencies"] == [{"name": "aws", "version": "7.51.1"}]  # the output `function` is aws's


@pytest.mark.parametrize("name", sorted(TYPE_TOKENS))
def test_every_input_is_flat_typed_and_documented(schema, name):
    resource = schema["resources"][TYPE_TOKENS[name]]
    assert resource["isComponent"] is True and len(resource["description"]) > 40
    declared = inspect.get_annotations(INPUTS[name])
    assert set(resource["inputProperties"]) == {camel_case(key) for key in declared}
    required = {camel_case(key) for key in INPUTS[name].__required_keys__}
    assert set(resource["requiredInputs"]) == required
    for input_name, prop in resource["inputProperties"].items():
        assert len(prop["description"]) > 15, f"{name}.{input_name} undocumented"
        assert "\n" not in prop["description"] and "  " not in prop["description"]
        assert "$ref" not in prop and "oneOf" not in prop, f"{name}.{input_name} is not flat"
        if prop["type"] == "array":
            assert prop["items"]["type"] in FLAT_TYPES, f"{name}.{input_name}"
        elif prop["type"] == "object":
            assert prop["additionalProperties"]["type"] == "string", f"{name}.{input_name}: only a string map"
        else:
            assert prop["type"] in FLAT_TYPES, f"{name}.{input_name}"


@pytest.mark.parametrize("name", sorted(TYPE_TOKENS))
def test_every_output_is_typed_and_documented(schema, name):
    resource = schema["resources"][TYPE_TOKENS[name]]
    own = inspect.get_annotations(CLASSES[name])
    # The analyzer also reads the base component's annotations, which are strings (postponed evaluation) it
    # cannot analyze: the flat-input class redeclares every one, with its description.
    base = inspect.get_annotations(CLASSES[name].__mro__[1])
    assert set(base) <= set(own), f"redeclare {sorted(set(base) - set(own))} in components/provider"
    assert set(resource["properties"]) == {camel_case(key) for key in own}
    for output, prop in resource["properties"].items():
        assert len(prop["description"]) > 10, f"{name}.{output} undocumented"
        assert "type" in prop or prop["$ref"].startswith("/aws/v7.51.1/schema.json#/resources/aws:")


def test_defaults_and_allowed_values_come_from_the_code(schema):
    chat = schema["resources"][TYPE_TOKENS["ChatFunction"]]["inputProperties"]
    assert chat["memoryMb"]["default"] == SCHEMA_BY_PATH["chat.lambdaMemoryMb"].default
    assert chat["architecture"]["default"] == "arm64" and "`x86_64`" in chat["architecture"]["description"]
    assert chat["comprehendMinConfidenceScore"]["default"] == SCHEMA_BY_PATH["comprehend.minConfidenceScore"].default
    assert "default" not in chat["builtinTools"]  # lists: in the description only
    assert "Default: `loan_calculator`." in chat["builtinTools"]["description"]
    for token in TYPE_TOKENS.values():
        zone = schema["resources"][token]["inputProperties"]["residencyZone"]
        assert zone["description"].endswith(f"One of: {', '.join(f'`{z}`' for z in ZONES)}.")
    edge_inputs = schema["resources"][TYPE_TOKENS["Edge"]]["inputProperties"]
    assert edge_inputs["pageLanguages"]["description"].endswith("Default: `en`.")
    assert "plain" not in edge_inputs["functionUrl"]  # may be another resource's output
    ops = schema["resources"][TYPE_TOKENS["Operations"]]["inputProperties"]
    assert ops["ttftP95ThresholdMs"]["default"] == SCHEMA_BY_PATH["ops.ttftP95ThresholdMs"].default
    assert ops["dailyTokenCeiling"]["default"] == SCHEMA_BY_PATH["chat.dailyTokenCeiling"].default
    assert ops["metricsNamespace"]["default"] == chat["metricsNamespace"]["default"]  # what the function writes to
    assert "default" not in ops["alarmEmail"]  # unset: no subscription
    assert "plain" not in ops["keyArn"] and "plain" not in ops["functionName"]  # e.g. the ChatFunction's outputs
    assert "plain" not in ops["tableName"]
