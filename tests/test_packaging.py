"""Publishing end to end: `make publish` to a real package index (pypiserver on 127.0.0.1),
then a fresh virtual environment installs `ocpp201` from it, uses it, and type-checks against it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT
from .support.repo_copy import copy_repo

pytest.importorskip("pypiserver")
pytest.importorskip("passlib")
pytest.importorskip("twine")
pytest.importorskip("build")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (ROOT / ".venv").is_dir(), reason="make dist needs the project's .venv"),
]

USER, PASSWORD = "uploader", "s3cret-Upl0ad"
FIXTURES = Path(__file__).parent / "fixtures"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without pip or twine settings of this machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "TWINE_"))}
    env["PIP_CONFIG_FILE"] = os.devnull
    # the compiled wheel of these sources, built once for every test (the key is the content)
    env["OCPP201_COMPILED_CACHE"] = str(ROOT / ".cache" / "compiled")
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    from passlib.apache import HtpasswdFile

    base = tmp_path_factory.mktemp("index")
    packages = base / "packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(base / "htpasswd"), new=True)
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    log = (base / "server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "-P",
            str(base / "htpasswd"),
            "-a",
            "update",
            str(packages),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "simple/", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(
                        f"pypiserver did not start: {(base / 'server.log').read_text()}"
                    ) from None
                time.sleep(0.2)
        yield url, packages
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("publish") / "repo")


def _make(repo: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=600
    )


def test_publish_install_use_and_type_check(
    index: tuple[str, Path], repo: Path, tmp_path: Path
) -> None:
    url, packages = index

    missing = _make(repo, "publish", env=_clean_env(TWINE_REPOSITORY_URL=url))
    assert missing.returncode != 0
    assert "error: set TWINE_USERNAME and TWINE_PASSWORD" in missing.stderr
    assert "Traceback" not in missing.stderr + missing.stdout

    wrong = _make(
        repo,
        "publish",
        env=_clean_env(
            TWINE_REPOSITORY_URL=url, TWINE_USERNAME=USER, TWINE_PASSWORD="wrong-password"
        ),
    )
    assert wrong.returncode != 0
    assert f"error: upload to {url} failed" in wrong.stderr
    assert "403" in wrong.stderr + wrong.stdout or "401" in wrong.stderr + wrong.stdout
    assert "wrong-password" not in wrong.stdout + wrong.stderr
    assert list(packages.iterdir()) == []

    done = _make(
        repo,
        "publish",
        env=_clean_env(TWINE_REPOSITORY_URL=url, TWINE_USERNAME=USER, TWINE_PASSWORD=PASSWORD),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"uploaded to {url}" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    version = (
        (repo / "generated" / "ocpp201" / "__init__.py")
        .read_text()
        .split('__version__ = "')[1]
        .split('"')[0]
    )
    assert sorted(p.name for p in packages.iterdir()) == [
        f"ocpp201-{version}-py3-none-any.whl",
        f"ocpp201-{version}.tar.gz",
    ]

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")

    def installed() -> set[str]:
        out = subprocess.run(
            [python, "-m", "pip", "list", "--format=json"],
            env=_clean_env(),
            capture_output=True,
            text=True,
            check=True,
        )
        return {d["name"].lower() for d in json.loads(out.stdout)}

    before = installed()
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--index-url",
            url + "simple/",
            "ocpp201",
        ],
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert installed() - before == {"ocpp201"}

    use = subprocess.run(
        [
            python,
            "-c",
            "import ocpp201; r = ocpp201.decode('BootNotificationRequest', "
            "{'reason': 'PowerUp', 'chargingStation': {'model': 'M', 'vendorName': 'V'}}); "
            "print(ocpp201.__version__, ocpp201.OCPP_VERSION, r.charging_station.vendor_name, sorted(ocpp201.IMPLEMENTED_ACTIONS)[0])",
        ],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert use.returncode == 0, use.stderr
    assert use.stdout.split() == [version, "2.0.1", "V", "Authorize"]

    typed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            python,
            str(FIXTURES / "typed_usage.py"),
        ],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert typed.returncode == 0, typed.stdout
    wrong_types = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            python,
            str(FIXTURES / "mistyped_usage.py"),
        ],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert wrong_types.returncode == 1, wrong_types.stdout


def test_wheel_from_sdist_equals_wheel_from_source(repo: Path, tmp_path: Path) -> None:
    built = _make(repo, "dist", env=_clean_env())
    assert built.returncode == 0, built.stderr
    [from_sdist] = (repo / "dist").glob("*-py3-none-any.whl")
    [compiled] = [w for w in (repo / "dist").glob("*.whl") if w != from_sdist]
    # the compiled wheel: the same source, and the extensions mypyc made of some of it
    pure_names = set(zipfile.ZipFile(from_sdist).namelist())
    compiled_names = set(zipfile.ZipFile(compiled).namelist())
    extensions = {n for n in compiled_names - pure_names if n.endswith(".so")}
    assert {n.split(".")[0] for n in extensions} == {
        "ocpp201__mypyc",
        "ocpp201/_codec",
        "ocpp201/_runtime",
        "ocpp201/datatypes",
    }
    assert {n for n in compiled_names if n.endswith(".py")} == {
        n for n in pure_names if n.endswith(".py")
    }
    direct = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--wheel",
            "--outdir",
            str(tmp_path),
            ".",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert direct.returncode == 0, direct.stderr
    [from_source] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(from_sdist).namelist()
    assert names == zipfile.ZipFile(from_source).namelist()
    assert "ocpp201/py.typed" in names
    assert not [
        n for n in names if n.startswith(("generator/", "templates/", "tests/", "schemas/"))
    ]
    assert not [n for n in names if "generator-manifest" in n]
    [sdist] = (repo / "dist").glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert any(n.endswith("generated/ocpp201/messages.py") for n in members)
    assert not [n for n in members if "generator-manifest" in n]
    metadata = (
        zipfile.ZipFile(from_sdist).read(next(n for n in names if n.endswith("METADATA"))).decode()
    )
    assert "# ocpp201 support report" in metadata  # the long description carries SUPPORT.md
    requirements = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert all("extra ==" in line for line in requirements)  # no runtime dependencies


def test_dist_refuses_stale_bindings(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path / "repo")
    enums = repo / "generated" / "ocpp201" / "enums.py"
    enums.write_text(enums.read_text() + "\n# edited by hand\n")
    result = _make(repo, "dist", env=_clean_env())
    assert result.returncode != 0
    assert "changed:" in result.stderr and "enums.py" in result.stderr
    assert not (repo / "dist").exists()


def test_no_package_registry_host_name_in_the_project() -> None:
    """Repositories are named the way twine names them (pypi, testpypi) or come from the
    environment; no file of the project spells out a registry's host."""
    hosts = [
        ".".join(parts)
        for parts in (("pypi", "org"), ("pythonhosted", "org"), ("npmjs", "org"), ("debian", "org"))
    ]
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    if files == [b""]:
        pytest.skip("not a git checkout")
    found = []
    for name in filter(None, files):
        path = ROOT / name.decode()
        if path.is_file():
            text = path.read_bytes().decode("utf-8", "replace").lower()
            found += [f"{name.decode()}: {host}" for host in hosts if host in text]
    assert not found
