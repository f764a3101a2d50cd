"""The DynamoDB Query fast path returns exactly what botocore's model-driven parser returns."""

from __future__ import annotations

import json
from typing import Any

import botocore.session
import pytest
from botocore.parsers import create_parser

from runtime.aws.dynamodb_json import use_wire_output, wire_output

QUERY = botocore.session.get_session().get_service_model("dynamodb").operation_model("Query")


def botocore_output(body: bytes) -> dict[str, Any]:
    shape = QUERY.output_shape
    assert shape is not None
    parsed: dict[str, Any] = create_parser("json").parse({"body": body, "headers": {}, "status_code": 200}, shape)
    parsed.pop("ResponseMetadata", None)
    return parsed


SESSION_PAGE = {
    "Items": [
        {
            "pk": {"S": "SESSION#abc"},
            "sk": {"S": "META"},
            "vault": {"M": {"[NAME_1]": {"S": "Zoë Ünal"}, "[EMAIL_1]": {"S": "z@example.com"}}},
            "tokensUsed": {"N": "2106"},
            "expiresAt": {"N": "1790000000"},
        },
        {
            "pk": {"S": "SESSION#abc"},
            "sk": {"S": "MSG#00000001"},
            "role": {"S": "user"},
            "content": {"S": 'Quote "B": and \\ backslash, [NAME_1] \u00e9\n'},
            "complete": {"BOOL": True},
            "originals": {"L": [{"S": "Zoë"}, {"NULL": True}]},
            "tags": {"SS": ["a", "b"]},
            "scores": {"NS": ["1", "2.5"]},
        },
    ],
    "Count": 2,
    "ScannedCount": 2,
    "LastEvaluatedKey": {"pk": {"S": "SESSION#abc"}, "sk": {"S": "MSG#00000001"}},
    "ConsumedCapacity": {"TableName": "t", "CapacityUnits": 1.5},
}


def test_the_wire_output_equals_botocores_parse_of_a_session_page() -> None:
    body = json.dumps(SESSION_PAGE).encode()
    assert wire_output(body) == botocore_output(body)


def test_an_empty_page_is_the_same_too() -> None:
    body = b'{"Count":0,"Items":[],"ScannedCount":0}'
    assert wire_output(body) == botocore_output(body) == {"Count": 0, "Items": [], "ScannedCount": 0}


@pytest.mark.parametrize("body", [b'{"Items":[{"k":{"B":"AAE="}}]}', b'{"Items":[{"k":{"BS":["AAE="]}}]}', b"[]", b"{"])
def test_binary_attributes_and_non_objects_are_left_to_botocore(body: bytes) -> None:
    assert wire_output(body) is None


def handled(status: int, content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    response = {"status_code": status, "headers": {"content-type": content_type}, "body": body}
    custom: dict[str, Any] = {}
    use_wire_output(response_dict=response, customized_response_dict=custom, operation_model=QUERY)
    return response, custom


def test_the_handler_hands_over_the_output_and_empties_the_body() -> None:
    body = json.dumps(SESSION_PAGE).encode()
    response, custom = handled(200, "application/x-amz-json-1.0", body)
    assert custom == SESSION_PAGE and response["body"] == b"{}"


@pytest.mark.parametrize(
    ("status", "content_type"),
    [(400, "application/x-amz-json-1.0"), (500, "application/x-amz-json-1.0"), (200, "application/cbor")],
)
def test_errors_and_other_encodings_take_botocores_path(status: int, content_type: str) -> None:
    body = b'{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"no table"}'
    response, custom = handled(status, content_type, body)
    assert custom == {} and response["body"] == body
