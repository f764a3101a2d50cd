"""python-stdnum trimmed to what the runtime reaches: imports, relative imports, country lookups, databases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import stdnum

from components.package_builder import REPO_ROOT
from components.package_trim import reachable, trimmed

FILES = {
    "stdnum/__init__.py": b"from stdnum.util import get_cc_module\n",
    "stdnum/util.py": b"def get_cc_module(cc, name):\n    return None\n",
    "stdnum/numdb.py": b"def get(name):\n    return name\n",
    "stdnum/luhn.py": b"def validate(number):\n    return number\n",
    "stdnum/mac.py": b"from stdnum import numdb\nnumdb.get('oui')\n",
    "stdnum/oui.dat": b"x",
    "stdnum/iban.py": b"from stdnum.util import get_cc_module\nget_cc_module('be', 'iban')\n",
    "stdnum/be/__init__.py": b"from stdnum.be import vat as vat\n",
    "stdnum/be/vat.py": b"from .. import luhn\n",
    "stdnum/be/iban.py": b"from stdnum import numdb\nnumdb.get('be/banks')\n",
    "stdnum/be/banks.dat": b"x",
    "stdnum/be/bis.py": b"from stdnum.be import nn\n",
    "stdnum/be/nn.py": b"def validate(number):\n    return number\n",
    "stdnum/eu/__init__.py": b"",
    "stdnum/eu/nace.py": b"from stdnum import numdb\ndef info(revision):\n    return numdb.get(f'eu/nace{revision}')\n",
    "stdnum/eu/nace20.dat": b"x",
    "stdnum/eu/nace21.dat": b"x",
    "stdnum/cn/__init__.py": b"",
    "stdnum/cn/loc.dat": b"x",
    "stdnum/py.typed": b"",
}


def test_a_module_the_runtime_imports_keeps_its_imports_and_the_packages_on_the_way():
    kept = reachable({"runtime/ids.py": b"from stdnum.be import bis\n"}, FILES)
    assert {"stdnum/be/bis.py", "stdnum/be/nn.py", "stdnum/be/__init__.py", "stdnum/__init__.py"} <= kept
    assert {"stdnum/be/vat.py", "stdnum/luhn.py", "stdnum/util.py"} <= kept  # the package's __init__ and its imports
    assert "stdnum/mac.py" not in kept and "stdnum/oui.dat" not in kept and "stdnum/cn/loc.dat" not in kept


def test_country_lookups_keep_every_countrys_module_and_its_database():
    kept = reachable({"runtime/a.py": b"import stdnum.iban\n"}, FILES)
    assert {"stdnum/iban.py", "stdnum/be/iban.py", "stdnum/be/banks.dat"} <= kept


def test_a_database_opened_by_a_computed_name_keeps_every_database_of_its_package():
    kept = reachable({"runtime/a.py": b"from stdnum.eu import nace\n"}, FILES)
    assert {"stdnum/eu/nace20.dat", "stdnum/eu/nace21.dat"} <= kept and "stdnum/cn/loc.dat" not in kept


def test_only_unreached_modules_and_databases_are_dropped():
    dropped = trimmed({"runtime/a.py": b"from stdnum import luhn\nimport json\n"}, FILES)
    assert "stdnum/mac.py" in dropped and "stdnum/oui.dat" in dropped and "stdnum/eu/nace.py" in dropped
    assert "stdnum/luhn.py" not in dropped and "stdnum/py.typed" not in dropped
    assert trimmed({"runtime/a.py": b"import json\n"}, FILES) >= {"stdnum/luhn.py", "stdnum/be/vat.py"}


#: Runs every built-in detector over the fifth corpus's messages; prints the stdnum modules and databases loaded.
LOADED = """
import json, sys
from pathlib import Path
from bench.messy_corpus_format import parse_line
from runtime.privacy.detectors import detect_builtin
from runtime.privacy.detectors.phone import market_regions
from stdnum import numdb
for path in sorted(Path("tests/fixtures/messy_corpus_fifth").glob("*.txt")):
    for line in path.read_text(encoding="utf-8").splitlines():
        message = parse_line(line)
        detect_builtin(message.text, market_regions([message.language]))
print(json.dumps({"modules": sorted(m for m in sys.modules if m.split(".")[0] == "stdnum"),
                  "databases": sorted(numdb._open_databases)}))
"""


def test_every_stdnum_module_and_database_the_detectors_load_is_kept():
    installed = Path(stdnum.__file__).parent
    paths = [path for path in installed.rglob("*") if path.is_file()]
    files = {f"stdnum/{path.relative_to(installed).as_posix()}": path.read_bytes() for path in paths}
    runtime = {p.relative_to(REPO_ROOT).as_posix(): p.read_bytes() for p in (REPO_ROOT / "runtime").rglob("*.py")}
    kept = reachable(runtime, files)
    result = subprocess.run([sys.executable, "-c", LOADED], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert len(loaded["modules"]) > 20
    for module in loaded["modules"]:
        path = module.replace(".", "/")
        assert f"{path}.py" in kept or f"{path}/__init__.py" in kept, module
    for database in loaded["databases"]:
        assert f"stdnum/{database}.dat" in kept, database
    assert len([name for name in files if name.endswith(".py")]) > 2 * len([n for n in kept if n.endswith(".py")])
