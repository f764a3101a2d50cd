"""DynamoDB `Query` answers read straight from their JSON instead of through botocore's model-driven parser.

DynamoDB's JSON protocol already carries items in the shape the low-level client returns (`{"S": ...}`,
numbers as strings), yet botocore walks every attribute value through the service model: about 0.1 ms per
stored message on the session load, which sits on the path to the model call and grows with the history.
A `before-parse` handler hands the decoded JSON over as the parsed output and leaves botocore an empty body
(it still adds `ResponseMetadata`, checks the CRC32 of the real body and parses every error answer).
Answers holding a binary attribute (`B`/`BS`, which botocore decodes from base64) take the normal path.
"""

from __future__ import annotations

import json
from typing import Any

#: Operations answered through the fast path (the session load).
OPERATIONS = ("Query",)
JSON_CONTENT_TYPE = "application/x-amz-json-1.0"


def wire_output(body: bytes) -> dict[str, Any] | None:
    """The output of a successful DynamoDB JSON answer as the low-level client returns it, or None when
    botocore's parser must handle it (a binary attribute, or not a JSON object)."""
    if b'"B":' in body or b'"BS":' in body:
        return None
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def use_wire_output(response_dict: dict[str, Any], customized_response_dict: dict[str, Any], **_: Any) -> None:
    """botocore `before-parse` handler: for a 2xx JSON answer, the decoded body becomes the output."""
    if response_dict.get("status_code", 500) >= 300:
        return
    content_type = str(response_dict.get("headers", {}).get("content-type", ""))
    body = response_dict.get("body")
    if not content_type.startswith(JSON_CONTENT_TYPE) or not isinstance(body, bytes):
        return
    output = wire_output(body)
    if output is not None:
        customized_response_dict.update(output)
        response_dict["body"] = b"{}"


def install(client: Any) -> None:
    """Register the handler on a DynamoDB client for `OPERATIONS`."""
    for operation in OPERATIONS:
        client.meta.events.register(f"before-parse.dynamodb.{operation}", use_wire_output)
