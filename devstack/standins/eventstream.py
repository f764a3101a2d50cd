"""Encoder of the AWS event-stream binary framing (`application/vnd.amazon.eventstream`).

botocore ships only the decoder (`botocore.eventstream`); this is the inverse, used by the Bedrock
stand-in. Frame layout: total length (u32), headers length (u32), CRC32 of those 8 bytes, headers,
payload, CRC32 of everything before it. Header: name length (u8), name, type 7 (string), value length
(u16), value.
"""

from __future__ import annotations

import json
import struct
from binascii import crc32
from collections.abc import Mapping
from typing import Any

_STRING_TYPE = 7


def encode_headers(headers: Mapping[str, str]) -> bytes:
    """Encode string headers in the event-stream header format."""
    out = bytearray()
    for name, value in headers.items():
        raw_name = name.encode("utf-8")
        raw_value = value.encode("utf-8")
        out += struct.pack("!B", len(raw_name)) + raw_name
        out += struct.pack("!BH", _STRING_TYPE, len(raw_value)) + raw_value
    return bytes(out)


def encode_message(headers: Mapping[str, str], payload: bytes) -> bytes:
    """Encode one event-stream message with both CRCs."""
    raw_headers = encode_headers(headers)
    total = 12 + len(raw_headers) + len(payload) + 4
    prelude = struct.pack("!II", total, len(raw_headers))
    prelude += struct.pack("!I", crc32(prelude) & 0xFFFFFFFF)
    body = prelude + raw_headers + payload
    return body + struct.pack("!I", crc32(body) & 0xFFFFFFFF)


def event_frame(event_type: str, payload: Mapping[str, Any]) -> bytes:
    """An `event` message as AWS sends it for a JSON event-stream member (e.g. `contentBlockDelta`)."""
    headers = {":event-type": event_type, ":content-type": "application/json", ":message-type": "event"}
    return encode_message(headers, json.dumps(payload, separators=(",", ":")).encode("utf-8"))


def exception_frame(exception_type: str, message: str) -> bytes:
    """An `exception` message (a modeled error sent mid-stream, e.g. `modelStreamErrorException`)."""
    headers = {
        ":exception-type": exception_type,
        ":content-type": "application/json",
        ":message-type": "exception",
    }
    return encode_message(headers, json.dumps({"message": message}).encode("utf-8"))
