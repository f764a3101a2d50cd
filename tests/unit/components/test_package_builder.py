"""The deployment package builder, offline: fixture wheels instead of PyPI, a fixture source tree."""

from __future__ import annotations

import hashlib
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from components import package_builder as pb
from components.package_builder import PackageSpec, build_package, read_pins

REPO = Path(__file__).resolve().parents[3]
#: The fixture packages target the running interpreter's version, so that it compiles their bytecode on any machine.
HERE = f"{sys.version_info.major}.{sys.version_info.minor}"


def make_wheel(
    directory: Path, name: str, version: str, files: dict[str, bytes], requires: tuple[str, ...] = ()
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name.replace('-', '_')}-{version}-py3-none-any.whl"
    info = f"{name.replace('-', '_')}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {r}\n" for r in requires
    )
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in files.items():
            archive.writestr(member, data)
        archive.writestr(f"{info}/METADATA", metadata)
        archive.writestr(f"{info}/RECORD", "")
    return path


def make_tree(tmp_path: Path) -> Path:
    """A fixture repository: the runtime package, local-only directories and junk the package must skip."""
    root = tmp_path / "repo"
    for relative, text in {
        "runtime/__init__.py": "",
        "runtime/app.py": "app = None\n",
        "runtime/run.sh": "#!/bin/sh\nexec python3 -m uvicorn runtime.app:app\n",
        "runtime/__pycache__/app.cpython-311.pyc": "junk",
        "runtime/.editor-swap": "junk",
        "devstack/launcher.py": "# local stack only\n",
        "devstack/standins/bedrock.py": "# local stand-in\n",
        "components/prompts/system-prompt.md": "prompt\n",
        "web/index.html": "<!doctype html>\n",
    }.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "runtime" / "run.sh").chmod(0o755)
    (root / "runtime" / "app.py").chmod(0o600)  # local permissions must not leak into the package
    return root


def make_wheels(tmp_path: Path) -> Path:
    """A directory of two fixture wheels, one depending on the other."""
    directory = tmp_path / "wheels"
    make_wheel(
        directory,
        "tinyweb",
        "1.0",
        {"tinyweb/__init__.py": b"x = 1\n", "tinyweb-1.0.data/scripts/tw": b"#!"},
        requires=("tinydep>=2", 'oldonly; python_version < "3.8"'),
    )
    make_wheel(directory, "tinydep", "2.1", {"tinydep.py": b"y = 2\n"})
    return directory


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_tree(tmp_path)


@pytest.fixture
def wheels(tmp_path: Path) -> Path:
    return make_wheels(tmp_path)


def spec(tree: Path, **changes: object) -> PackageSpec:
    values: dict[str, object] = {
        "repo_root": tree,
        "requirements": ("tinydep==2.1", "tinyweb==1.0"),
        "python_version": HERE,
    }
    values.update(changes)
    return PackageSpec(**values)  # type: ignore[arg-type]


def test_same_inputs_give_the_same_bytes(tree, wheels, tmp_path):
    first = build_package(spec(tree), cache_dir=tmp_path / "cache-a", wheel_dir=wheels)
    second = build_package(spec(tree), cache_dir=tmp_path / "cache-b", wheel_dir=wheels)
    assert first.path != second.path
    assert first.sha256_hex == second.sha256_hex == hashlib.sha256(second.path.read_bytes()).hexdigest()
    assert first.path.read_bytes() == second.path.read_bytes()


def test_entries_are_sorted_with_fixed_times_and_modes(tree, wheels, tmp_path):
    built = build_package(spec(tree), cache_dir=tmp_path / "cache", wheel_dir=wheels)
    with zipfile.ZipFile(built.path) as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    modes = {i.filename: stat.S_IMODE(i.external_attr >> 16) for i in infos}
    assert modes["runtime/run.sh"] == 0o755
    assert modes["runtime/app.py"] == 0o644
    tag = sys.implementation.cache_tag
    assert {n for n in names if not n.endswith(".pyc")} == {
        "runtime/__init__.py",
        "runtime/app.py",
        "runtime/run.sh",
        "tinydep.py",
        "tinydep-2.1.dist-info/METADATA",
        "tinyweb/__init__.py",
        "tinyweb-1.0.dist-info/METADATA",
    }  # only the runtime package: no devstack, page, prompt, local caches, wheel scripts or RECORD files
    assert {n for n in names if n.endswith(".pyc")} == {
        f"runtime/__pycache__/__init__.{tag}.pyc",
        f"runtime/__pycache__/app.{tag}.pyc",
        f"__pycache__/tinydep.{tag}.pyc",
        f"tinyweb/__pycache__/__init__.{tag}.pyc",
    }  # the package's own bytecode, one per source, for the function's Python version


def test_a_changed_source_changes_the_package_and_the_cache_key(tree, wheels, tmp_path):
    cache = tmp_path / "cache"
    before = build_package(spec(tree), cache_dir=cache, wheel_dir=wheels)
    again = build_package(spec(tree), cache_dir=cache)  # cached: no wheels needed, nothing downloaded
    assert again.path == before.path and again.sha256_hex == before.sha256_hex
    (tree / "runtime" / "app.py").write_text("app = 1\n", encoding="utf-8")
    after = build_package(spec(tree), cache_dir=cache, wheel_dir=wheels)
    assert after.path != before.path and after.sha256_hex != before.sha256_hex
    (tree / "runtime" / "app.py").chmod(0o755)  # a mode change is a change too
    assert pb.input_digest(spec(tree)) != pb.input_digest(spec(tree, arch="x86_64"))


def test_missing_or_unpinned_dependencies_are_refused(tree, wheels, tmp_path):
    with pytest.raises(ValueError, match="not closed"):
        build_package(spec(tree, requirements=("tinyweb==1.0",)), cache_dir=tmp_path / "c1", wheel_dir=wheels)
    with pytest.raises(FileNotFoundError, match=r"no wheel for tinyweb==9\.9"):
        build_package(spec(tree, requirements=("tinyweb==9.9",)), cache_dir=tmp_path / "c2", wheel_dir=wheels)
    make_wheel(wheels, "tinydep", "1.0", {"tinydep.py": b""})
    (wheels / "tinydep-2.1-py3-none-any.whl").unlink()
    with pytest.raises(ValueError, match=r"tinydep>=2 \(shipped: 1.0\)"):
        build_package(
            spec(tree, requirements=("tinydep==1.0", "tinyweb==1.0")), cache_dir=tmp_path / "c3", wheel_dir=wheels
        )
    with pytest.raises(ValueError, match="exact pin"):
        spec(tree, requirements=("tinyweb>=1.0",))
    with pytest.raises(ValueError, match="architecture"):
        spec(tree, arch="ppc64le")


def test_vendored_botocore_keeps_only_the_services_the_runtime_calls(tree, tmp_path):
    wheels = tmp_path / "sdk"
    make_wheel(
        wheels,
        "botocore",
        "1.0",
        {
            "botocore/__init__.py": b"",
            "botocore/data/endpoints.json": b"{}",
            "botocore/data/s3/2006-03-01/service-2.json.gz": b"s3",
            "botocore/data/s3/2006-03-01/examples-1.json": b"{}",
            "botocore/data/comprehend/2017-11-27/service-2.json.gz": b"c",
            "botocore/data/ec2/2016-11-15/service-2.json.gz": b"ec2",
        },
    )
    built = build_package(
        spec(tree, requirements=("botocore==1.0",), vendor_sdk=True), cache_dir=tmp_path / "c", wheel_dir=wheels
    )
    with zipfile.ZipFile(built.path) as archive:
        data = sorted(n for n in archive.namelist() if n.startswith("botocore/data/"))
    assert data == [
        "botocore/data/comprehend/2017-11-27/service-2.json.gz",
        "botocore/data/endpoints.json",
        "botocore/data/s3/2006-03-01/service-2.json.gz",
    ]


def test_pins_come_from_the_repository_files():
    runtime = read_pins(REPO / "requirements" / "runtime.txt")
    assert runtime and all("==" in pin for pin in runtime)
    assert not any(pin.lower().startswith(("boto3==", "botocore==")) for pin in runtime)
    vendored = pb.default_spec("arm64", vendor_sdk=True).requirements
    dev = read_pins(REPO / "requirements" / "dev.lock", ["boto3", "botocore"])
    assert set(dev) <= set(vendored) and set(runtime) <= set(vendored)
    with pytest.raises(ValueError, match="pins none of: nosuchdist"):
        read_pins(REPO / "requirements" / "runtime.txt", ["nosuchdist"])


def test_cli_builds_this_repository_offline_from_a_wheel_directory(tmp_path, capsys):
    wheels = tmp_path / "wheels"
    for pin in read_pins(REPO / "requirements" / "runtime.txt"):
        name, version = pin.split("==")
        make_wheel(wheels, name, version, {f"fixture_{name.lower().replace('-', '_')}.py": b""})
    out = tmp_path / "out" / "chat.zip"
    args = ["--arch", "arm64", "--out", str(out), "--wheel-dir", str(wheels), "--cache-dir", str(tmp_path / "c")]
    assert pb.main(args) == 0
    assert pb.main(args) == 0  # the second time from the cache
    assert str(out) in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        run_sh = archive.getinfo("runtime/run.sh")
    assert {"runtime/http/app.py", "runtime/run.sh"} <= names
    assert stat.S_IMODE(run_sh.external_attr >> 16) == 0o755
    ours = {
        n.split("/")[0]
        for n in names
        if not n.startswith(("fixture_", "__pycache__/fixture_", "runtime/")) and ".dist-info/" not in n
    }
    assert ours == set(), ours  # nothing of devstack/, web/, components/ or tests ships


def test_offline_override_and_prebuilt_package_take_precedence(tmp_path, monkeypatch):
    prebuilt = tmp_path / "prebuilt.zip"
    with zipfile.ZipFile(prebuilt, "w") as archive:
        archive.writestr("a.txt", "a")
    monkeypatch.setenv("SOVEREIGN_CHAT_PACKAGE", str(prebuilt))
    assert pb.deployment_package("arm64").path == prebuilt
    token = pb.offline_package_override.set(tmp_path / "missing.zip")
    try:
        with pytest.raises(FileNotFoundError):
            pb.deployment_package("arm64")
    finally:
        pb.offline_package_override.reset(token)
