"""The learned name model's weights file: 16-bit integers and one scale, gzipped (encode, decode and read).

Format, inside gzip: the magic ``MAGIC``, then little-endian ``BUCKETS`` (uint32) and the scale (float64), the
32-byte digest of what the weights were trained from (features, lists, corpora: `bench.name_model_train.
training_digest`, so that a test tells when they are stale), then one little-endian int16 per bucket; a weight is its
integer times the scale. About 200 KB in the package, read in about a millisecond. `scripts/build_name_model.py`
writes it.
"""

from __future__ import annotations

import array
import gzip
import struct
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from runtime.privacy.detectors.name_model import BUCKETS, NameModel

MODEL_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "name_model.bin.gz"
MAGIC: Final = b"SCNAMES2"
_HEADER: Final = struct.Struct("<Id32s")
_LARGEST: Final = 32767


def encode(weights: Sequence[float], trained_from: bytes = bytes(32)) -> bytes:
    """The gzipped file of ``weights`` (quantized to 16 bits) and the digest of what they were trained from (32
    bytes); the same weights and digest give the same bytes."""
    if len(trained_from) != 32:
        raise ValueError("the training digest is 32 bytes")
    scale = max((abs(weight) for weight in weights), default=0.0) / _LARGEST or 1.0
    quantized = array.array("h", (round(weight / scale) for weight in weights))
    if sys.byteorder == "big":
        quantized.byteswap()
    body = MAGIC + _HEADER.pack(len(weights), scale, trained_from) + quantized.tobytes()
    return gzip.compress(body, compresslevel=9, mtime=0)


def _unpacked(data: bytes) -> tuple[int, float, bytes, bytes]:
    """A file's weight count, scale, training digest and weights' bytes; ``ValueError`` when it is no name model."""
    body = gzip.decompress(data)
    if not body.startswith(MAGIC):
        raise ValueError("not a name model file")
    count, scale, digest = _HEADER.unpack_from(body, len(MAGIC))
    return count, scale, digest, body[len(MAGIC) + _HEADER.size :]


def decode(data: bytes) -> NameModel:
    """The model a file's bytes hold; ``ValueError`` when they are not a name model of today's size."""
    count, scale, _, weights = _unpacked(data)
    if count != BUCKETS:
        raise ValueError(f"a name model file of {count} weights, not {BUCKETS}")
    quantized = array.array("h")
    quantized.frombytes(weights)
    if sys.byteorder == "big":
        quantized.byteswap()
    return NameModel(quantized, scale)


def trained_from(data: bytes) -> bytes:
    """The digest of what a file's weights were trained from."""
    return _unpacked(data)[2]


def read(path: Path = MODEL_FILE) -> NameModel:
    """The model shipped with the function."""
    return decode(path.read_bytes())
