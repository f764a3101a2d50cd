"""runtime.aws.clients: the Lambda clients of the tools, one per region and read timeout, built once."""

from __future__ import annotations

from runtime.aws.clients import TOOL_ATTEMPTS, AwsClients
from runtime.settings import Settings
from tests.unit.runtime.settings_env import minimal_env

ENV = minimal_env()


def test_one_lambda_client_per_region_and_timeout() -> None:
    clients = AwsClients(Settings.from_env(ENV))
    first = clients.lambda_client("eu-west-1", 8.0)
    assert clients.lambda_client("eu-west-1", 8.0) is first
    other = clients.lambda_client("eu-central-1", 8.0)
    assert other is not first and clients.lambda_client("eu-west-1", 3.0) is not first
    assert first.meta.region_name == "eu-west-1" and other.meta.region_name == "eu-central-1"
    assert first.meta.config.read_timeout == 8.0
    assert first.meta.config.retries["total_max_attempts"] == TOOL_ATTEMPTS == 1
