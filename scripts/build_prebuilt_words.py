"""Build runtime/privacy/data/prebuilt_words.marshal: what every loader marked `@prebuilt` returns today, with
the SHA-256 of the data files they read (runtime.privacy.prebuilt_words). Run it after changing a marked loader
or what it calls; a changed data file alone only makes start-up derive the words again until it is run.

Usage::

    .venv/bin/python -m scripts.build_prebuilt_words
"""

from __future__ import annotations

from runtime.privacy import prebuilt_words


def build() -> bytes:
    """The prebuilt file's bytes (call in a fresh interpreter: the marked loaders run when first imported)."""
    prebuilt_words.start_recording()
    import runtime.privacy.detectors  # noqa: F401  (every marked loader runs as its module loads)

    return prebuilt_words.recorded()


def main() -> None:
    """Write the file."""
    data = build()
    prebuilt_words.PREBUILT_FILE.write_bytes(data)
    inputs, results = prebuilt_words.contents(data)
    print(f"{prebuilt_words.PREBUILT_FILE}: {len(results)} results from {len(inputs)} data files, {len(data):,} bytes")


if __name__ == "__main__":
    main()
