"""Lambda tools in the stack: in-zone regions only, `lambda:InvokeFunction` on exactly the declared ARNs, and the
function's environment declares them (Pulumi mocks for the ChatFunction)."""

from __future__ import annotations

import json
import zipfile

import pulumi
import pytest

from compliance.offline_engine import ProgramRun, run_callable
from components import iam_statements as iam
from components.chat_function import ChatFunction, ChatFunctionArgs
from components.residency import check_lambda_tools, get_zone
from runtime.settings import Settings
from runtime.tools.specs import LambdaToolSpec, ToolSpec
from tests.stack.helpers import grants_for, role_statements
from tests.unit.components.test_components_alone import REGION, TAGS, settings

IN_ZONE = "arn:aws:lambda:eu-west-1:123456789012:function:account-lookup"
OTHER = "arn:aws:lambda:eu-west-3:123456789012:function:fx-rates:live"
OUT_OF_ZONE = "arn:aws:lambda:us-east-1:123456789012:function:account-lookup"


def tool(arn: str, name: str = "account_lookup") -> LambdaToolSpec:
    return LambdaToolSpec(ToolSpec(name, "Looks up an account.", {"type": "object"}), arn, 8.0)


@pytest.fixture(scope="module")
def tools_run(tmp_path_factory: pytest.TempPathFactory) -> ProgramRun:
    root = tmp_path_factory.mktemp("tools")
    package = root / "fn.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("runtime/run.sh", "#!/bin/sh\n")
    prompt = root / "prompt.md"
    prompt.write_text("You are helpful.\n", encoding="utf-8")
    runtime = settings().replace(tools_lambda=(tool(IN_ZONE), tool(OTHER, "fx_rates")), max_tool_rounds=3)

    def body() -> None:
        ChatFunction(
            "tools",
            ChatFunctionArgs(
                region=REGION,
                package_path=package,
                prompt_file=prompt,
                runtime=runtime,
                tags=TAGS,
                table_deletion_protection=False,
            ),
        )
        pulumi.export("done", True)

    return run_callable(body, package_path=package)


def test_the_role_may_invoke_exactly_the_declared_tool_functions(tools_run: ProgramRun) -> None:
    grants = grants_for(role_statements(tools_run), "lambda:")
    assert len(grants) == 1
    assert grants[0]["Action"] in (["lambda:InvokeFunction"], "lambda:InvokeFunction")
    assert sorted(grants[0]["Resource"]) == sorted([IN_ZONE, OTHER])


def test_the_function_environment_declares_the_tools_and_the_runtime_reads_them(tools_run: ProgramRun) -> None:
    env = tools_run.one("aws:lambda/function:Function").inputs["environment"]["variables"]
    declared = json.loads(env["CHAT_TOOLS_LAMBDA"])
    assert [t["functionArn"] for t in declared] == [IN_ZONE, OTHER]
    assert env["CHAT_MAX_TOOL_ROUNDS"] == "3" and env["CHAT_TOOLS_BUILTIN"] == "loan_calculator"
    parsed = Settings.from_env({**env, "CHAT_TABLE_NAME": "t", "CHAT_PROMPT_BUCKET": "b"})
    assert [t.function_arn for t in parsed.tools_lambda] == [IN_ZONE, OTHER]


def test_without_lambda_tools_there_is_no_invoke_grant() -> None:
    assert settings().tools_lambda == ()
    with pytest.raises(ValueError):
        iam.lambda_invoke_statement([])
    with pytest.raises(ValueError):
        iam.lambda_invoke_statement(["arn:aws:lambda:eu-west-1:123456789012:function:*"])


def test_an_out_of_zone_tool_function_is_refused_before_any_resource() -> None:
    with pytest.raises(ValueError, match="Lambda tool account_lookup"):
        settings().replace(tools_lambda=(tool(OUT_OF_ZONE),))
    zone = get_zone("eu")
    assert zone is not None
    [violation] = check_lambda_tools(zone, "tools.lambda", [IN_ZONE, OUT_OF_ZONE])
    assert violation.key == "tools.lambda[1].functionArn" and "us-east-1" in violation.message
    assert check_lambda_tools(zone, "tools.lambda", ["arn:aws:s3:::bucket"])[0].message.startswith("not a Lambda")


def test_the_runtime_refuses_an_out_of_zone_tool_too() -> None:
    env = {
        "CHAT_TABLE_NAME": "t",
        "CHAT_PROMPT_BUCKET": "b",
        "CHAT_PROMPT_KEY": "k",
        "CHAT_HOME_REGION": "eu-west-1",
        "CHAT_BEDROCK_REGION": "eu-west-1",
        "CHAT_BEDROCK_MODEL_ID": "m",
        "CHAT_COMPREHEND_REGION": "eu-west-1",
        "CHAT_ALLOWED_REGIONS": "eu-west-1",
        "CHAT_TOOLS_LAMBDA": json.dumps(
            [{"name": "x", "description": "d", "inputSchema": {"type": "object"}, "functionArn": OUT_OF_ZONE}]
        ),
    }
    with pytest.raises(ValueError, match="outside the allowed regions"):
        Settings.from_env(env)
