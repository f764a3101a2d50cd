"""runtime.aws.clients: the Lambda clients of the tools, one per region and read timeout, built once; botocore's
clients, without boto3."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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


def test_the_service_clients_are_botocore_s_own_and_read_the_sdk_s_endpoint_variables() -> None:
    # A fresh interpreter: whether boto3 got imported is told by its module table.
    script = (
        "import sys\n"
        "from runtime.aws.clients import AwsClients\n"
        "from runtime.settings import Settings\n"
        f"clients = AwsClients(Settings.from_env({ENV!r}))\n"
        "clients.warm_up()\n"
        "print(clients.dynamodb().meta.endpoint_url, clients.lambda_client('eu-west-1', 3.0).meta.region_name)\n"
        "print('boto3' in sys.modules, 's3transfer' in sys.modules)\n"
    )
    env = {**os.environ, "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:9", "AWS_ACCESS_KEY_ID": "test"}
    env["AWS_SECRET_ACCESS_KEY"] = "test"
    found = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert found.stdout.split("\n")[:2] == ["http://127.0.0.1:9 eu-west-1", "False False"]


def test_the_warm_up_runs_no_collection_and_freezes_what_it_built() -> None:
    # A fresh interpreter: botocore is imported by the warm-up itself.
    script = (
        "import gc, json\n"
        "from runtime.aws.clients import AwsClients\n"
        "from runtime.settings import Settings\n"
        f"clients = AwsClients(Settings.from_env({ENV!r}))\n"
        "gc.collect()\n"
        "frozen = gc.get_freeze_count()\n"
        "before = sum(stats['collections'] for stats in gc.get_stats())\n"
        "clients.warm_up()\n"
        "print(json.dumps([gc.isenabled(), sum(s['collections'] for s in gc.get_stats()) - before,"
        " gc.get_freeze_count() - frozen]))\n"
    )
    env = {**os.environ, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
    found = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    enabled, collections, frozen = json.loads(found.stdout)
    assert enabled is True and collections == 0 and frozen > 10_000
