"""Shared fixtures for every test package.

- `local_stack` (session scope, from tests/fixtures/local_stack.py): moto + the Bedrock and Comprehend local
  stand-ins + the app in a subprocess, on free 127.0.0.1 ports. Started only by tests that ask for it.
- `ast.parse` is guarded against a finalizer parsing inside another parse (tests/nested_parse_guard.py).
"""

from tests import nested_parse_guard
from tests.fixtures.local_stack import local_stack

nested_parse_guard.install()

__all__ = ["local_stack"]
