"""Keyed hashes for the erasure index and record: HMAC-SHA-256 computed by KMS (`GenerateMac`), blocking calls.

The key is a KMS HMAC key (`HMAC_256`, usage `GENERATE_VERIFY_MAC`): its material never leaves KMS, so neither
the function nor an operator's laptop ever holds it; whoever may call `GenerateMac` on it can compute hashes,
nobody can reverse one or compute one offline from a list of guessed values. Each call is logged by
CloudTrail (without the message). The function calls it once per new vault value (overlapping the model's
time to first token), the operator command once per looked-up form of a value.
"""

from __future__ import annotations

import hashlib
from typing import Any, Final

#: The MAC algorithm of the key spec `HMAC_256`.
MAC_ALGORITHM: Final = "HMAC_SHA_256"
#: KMS accepts at most this many bytes of message.
MAX_MESSAGE_BYTES: Final = 4096


class KeyedHash:
    """HMAC-SHA-256 of messages under one KMS HMAC key, as lower-case hex (`kms`: a boto3 KMS client)."""

    def __init__(self, kms: Any, key_id: str) -> None:
        self._kms = kms
        self._key_id = key_id

    def __call__(self, message: bytes) -> str:
        """The keyed hash of `message` (one over KMS's limit: of its SHA-256 digest, marked as such)."""
        if len(message) > MAX_MESSAGE_BYTES:
            message = b"sha256|" + hashlib.sha256(message).digest()
        response = self._kms.generate_mac(KeyId=self._key_id, Message=message, MacAlgorithm=MAC_ALGORITHM)
        mac: bytes = response["Mac"]
        return mac.hex()
