"""Every stack file under mocks: the erasure resources (docs/privacy.md) and what reaches them."""

from __future__ import annotations

import pytest

from compliance.offline_engine import ProgramRun, RecordedResource, stack_names
from components.config import load_stack_config
from runtime.aws.erasure_items import RECORD_KEY, VALUE_INDEX, VALUE_KEY_ATTRIBUTE
from runtime.settings import Settings
from tests.pulumi_harness import cached_run
from tests.stack.helpers import as_list, role_statements, sessions_table, stack_key, statements

ACCOUNT = "123456789012"


@pytest.fixture(scope="module", params=stack_names())
def run(request: pytest.FixtureRequest) -> ProgramRun:
    return cached_run(str(request.param))


def erasure_table(run: ProgramRun) -> RecordedResource:
    (table,) = [t for t in run.of_type("aws:dynamodb/table:Table") if t.name.endswith("-erasures")]
    return table


def value_key(run: ProgramRun) -> RecordedResource:
    (key,) = [k for k in run.of_type("aws:kms/key:Key") if k.name.endswith("-value-key")]
    return key


def arn(run: ProgramRun, kind: str, name: str) -> str:
    region = load_stack_config(run.config).home_region
    if kind == "key":
        return f"arn:aws:kms:{region}:{ACCOUNT}:key/{name}-key-id"  # the mocks' ARN (compliance.offline_catalog)
    return f"arn:aws:dynamodb:{region}:{ACCOUNT}:table/{name}"


def test_the_sessions_table_indexes_keyed_hashes_only(run: ProgramRun) -> None:
    table = sessions_table(run).inputs
    assert {"name": VALUE_KEY_ATTRIBUTE, "type": "S"} in table["attributes"]
    (index,) = table["globalSecondaryIndexes"]
    assert (index["name"], index["hashKey"], index["projectionType"]) == (VALUE_INDEX, VALUE_KEY_ATTRIBUTE, "KEYS_ONLY")


def test_the_value_key_is_an_hmac_key_in_the_home_region_used_through_iam_only(run: ProgramRun) -> None:
    key = value_key(run).inputs
    assert (key["customerMasterKeySpec"], key["keyUsage"]) == ("HMAC_256", "GENERATE_VERIFY_MAC")
    assert key["region"] == load_stack_config(run.config).home_region
    assert key.get("enableKeyRotation") in (None, False)  # KMS does not rotate HMAC keys
    (admin,) = statements(key["policy"])
    assert admin["Principal"] == {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}


def test_the_erasure_record_is_its_own_encrypted_expiring_table(run: ProgramRun) -> None:
    config = load_stack_config(run.config)
    table = erasure_table(run).inputs
    assert table["hashKey"] == RECORD_KEY and "rangeKey" not in table
    assert table["region"] == config.home_region
    assert table["serverSideEncryption"] == {"enabled": True, "kmsKeyArn": arn(run, "key", stack_key(run).name)}
    assert table["ttl"] == {"enabled": True, "attributeName": "expiresAt"}
    assert table["pointInTimeRecovery"]["enabled"] is True
    assert table["deletionProtectionEnabled"] is config.chat.table_deletion_protection


def test_the_role_deletes_session_items_records_erasures_and_hashes_only(run: ProgramRun) -> None:
    found = role_statements(run)
    deletes = [s for s in found if any(a.startswith("dynamodb:Delete") for a in as_list(s["Action"]))]
    assert len(deletes) == 1 and as_list(deletes[0]["Action"]) == ["dynamodb:DeleteItem"]
    assert as_list(deletes[0]["Resource"]) == [arn(run, "table", sessions_table(run).name)]
    leading = deletes[0]["Condition"]["ForAllValues:StringLike"]["dynamodb:LeadingKeys"]
    assert leading == ["SESSION#*"]  # never the service's daily ceiling
    record = arn(run, "table", erasure_table(run).name)
    on_record = [s for s in found if record in as_list(s["Resource"])]
    assert len(on_record) == 1 and as_list(on_record[0]["Action"]) == ["dynamodb:PutItem"]
    macs = [s for s in found if "kms:GenerateMac" in as_list(s["Action"])]
    assert len(macs) == 1 and as_list(macs[0]["Action"]) == ["kms:GenerateMac"]
    value_key_arn = arn(run, "key", value_key(run).name)
    assert as_list(macs[0]["Resource"]) == [value_key_arn]
    assert [s for s in found if value_key_arn in as_list(s["Resource"])] == macs  # nothing else on the value key


def test_the_function_knows_its_erasure_table_and_value_key_and_the_stack_exports_them(run: ProgramRun) -> None:
    function = run.one("aws:lambda/function:Function")
    settings = Settings.from_env(function.inputs["environment"]["variables"])
    assert settings.erasure_table_name == erasure_table(run).name
    assert settings.value_key_id == arn(run, "key", value_key(run).name)
    assert run.outputs["erasureTableName"] == settings.erasure_table_name
    assert run.outputs["valueKeyArn"] == settings.value_key_id
    grants = [r.urn for r in run.of_type("aws:iam/rolePolicy:RolePolicy") if r.name.endswith("-role-erasure")]
    assert len(grants) == 1
