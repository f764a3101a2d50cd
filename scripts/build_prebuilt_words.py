"""Build runtime/privacy/data/prebuilt_words.marshal: what every loader marked `@prebuilt` returns today, with
the SHA-256 of the data files they read (runtime.privacy.prebuilt_words); and prebuilt_patterns.marshal: the
program of every regular expression compiled while the detectors load (runtime.privacy.prebuilt_patterns).
Run it after changing a marked loader or what it calls, or a detector's pattern; a changed data file alone only
makes start-up derive the words again until it is run, a changed pattern only compiles from source again.

Usage::

    .venv/bin/python -m scripts.build_prebuilt_words
"""

from __future__ import annotations

from runtime.privacy import prebuilt_patterns, prebuilt_words


def build() -> tuple[bytes, bytes]:
    """The prebuilt files' bytes: word sets, patterns (call in a fresh interpreter: the marked loaders run and the
    patterns compile when the detectors are first imported)."""
    prebuilt_words.start_recording()
    prebuilt_patterns.start_recording()
    import runtime.privacy.detectors  # noqa: F401  (every marked loader runs as its module loads)

    return prebuilt_words.recorded(), prebuilt_patterns.recorded()


def main() -> None:
    """Write the files."""
    words, patterns = build()
    prebuilt_words.PREBUILT_FILE.write_bytes(words)
    inputs, results = prebuilt_words.contents(words)
    print(f"{prebuilt_words.PREBUILT_FILE}: {len(results)} results from {len(inputs)} data files, {len(words):,} bytes")
    prebuilt_patterns.PREBUILT_FILE.write_bytes(patterns)
    programs = prebuilt_patterns.contents(patterns)
    print(f"{prebuilt_patterns.PREBUILT_FILE}: {len(programs)} patterns, {len(patterns):,} bytes")


if __name__ == "__main__":
    main()
