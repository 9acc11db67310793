"""The vendored schemas are exactly the files of the ocpp 2.1.0 wheel (checksum manifest)."""

import hashlib

from .conftest import SCHEMAS


def _manifest() -> dict[str, str]:
    entries = {}
    for line in (SCHEMAS / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        entries[name.lstrip("*")] = digest
    return entries


def test_manifest_lists_all_128_files() -> None:
    assert len(_manifest()) == 128
    assert sorted(_manifest()) == sorted(p.name for p in SCHEMAS.glob("*.json"))


def test_every_vendored_file_matches_its_checksum() -> None:
    changed = [
        name
        for name, digest in sorted(_manifest().items())
        if hashlib.sha256((SCHEMAS / name).read_bytes()).hexdigest() != digest
    ]
    assert changed == [], f"vendored schema files were edited: {changed}"


def test_request_and_response_for_64_actions() -> None:
    stems = {p.stem for p in SCHEMAS.glob("*.json")}
    actions = {s.removesuffix("Request") for s in stems if s.endswith("Request")}
    assert len(actions) == 64
    assert all(a + "Response" in stems for a in actions)
