"""Build runtime/privacy/data/name_model.bin.gz: the learned name model (runtime.privacy.detectors.name_model)
trained on the development corpora (bench.name_model_train.DEVELOPMENT_CORPORA; never a blind test corpus), in
about a minute and a half. The same corpora, lists and features give the same file. Run it after changing the
model's features (raise `bench.name_model_train.TRAINING_VERSION`), the name or word lists it reads, or the
development corpora: a test compares the file's training digest with today's.

Usage::

    .venv/bin/python -m scripts.build_name_model
"""

from __future__ import annotations

from bench.name_model_train import DEVELOPMENT_CORPORA, train, training_digest
from runtime.privacy.detectors import name_model_file


def main() -> None:
    """Train and write the file."""
    data = name_model_file.encode(train(DEVELOPMENT_CORPORA), training_digest(DEVELOPMENT_CORPORA))
    name_model_file.MODEL_FILE.write_bytes(data)
    print(f"wrote {name_model_file.MODEL_FILE.name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
