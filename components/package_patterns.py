"""The detectors' prebuilt regex programs for the function's Python version, rebuilt while the package is built.

`runtime/privacy/data/prebuilt_patterns.marshal` holds what `re`'s compiler makes of every detector pattern, stamped
with the interpreter that built it (`runtime/privacy/prebuilt_patterns.py`): the repository's copy is built by the
development interpreter (3.11), and the function's runtime (3.12, another ``_sre.MAGIC``) would ignore it and
compile every pattern at each cold start (about 100 ms). So the builder has the bytecode compiler (an interpreter of
the function's Python version, `components/package_bytecode.py`) run the shipped module's own `rebuilt` on the file:
same patterns, that interpreter's programs and stamp. Only the standard library runs there (the module is executed
from its source, not imported with the runtime package), so no wheel of the function's architecture is needed.
One fresh subprocess with a fixed hash seed: the same inputs give the same bytes.
"""

from __future__ import annotations

import pickle
import subprocess

from components.package_bytecode import Compiler, Runner, run_script

__all__ = ["PATTERNS_FILE", "PATTERNS_MODULE", "rebuild_patterns"]

#: The prebuilt file and the module that reads it, relative to the runtime package's directory.
PATTERNS_FILE = "privacy/data/prebuilt_patterns.marshal"
PATTERNS_MODULE = "privacy/prebuilt_patterns.py"

#: Run by the function's interpreter: (module source, file bytes) on stdin, the rebuilt file's bytes on stdout.
_REBUILD = """
import pickle, sys, types
source, data = pickle.load(sys.stdin.buffer)
module = types.ModuleType("prebuilt_patterns")
module.__file__ = "prebuilt_patterns.py"
exec(compile(source, "prebuilt_patterns.py", "exec"), module.__dict__)
sys.stdout.buffer.write(module.rebuilt(data))
"""


def rebuild_patterns(compiler: Compiler, module_source: bytes, data: bytes, run: Runner = subprocess.run) -> bytes:
    """The prebuilt file `data` rebuilt by `compiler` with the module `module_source` (``rebuilt``)."""
    payload = pickle.dumps((module_source, data), protocol=4)
    return run_script(compiler, _REBUILD, payload, "rebuilding the prebuilt regex programs", run)
