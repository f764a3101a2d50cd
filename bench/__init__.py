"""`python -m bench` (`make bench`): the chat service measured side by side with a baseline; writes BENCHMARKS.md.

Not part of `make test`; `tests/unit/bench/test_smoke.py` keeps the pure parts (statistics, alignment,
report) from rotting.
"""
