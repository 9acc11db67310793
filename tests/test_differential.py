"""The core check: on all 128 schemas, `validate` agrees with the oracle (jsonschema's
Draft6Validator + format checker + rfc3339-validator) on the committed corpus of valid payloads
(drawn with hypothesis-jsonschema, `make corpus`) and on schema-guided mutants of them, and so
do the codec's decode (it refuses exactly the invalid ones, and `decode` then reports what
`validate` reports) and its fast check (it never takes an invalid one); and every valid payload
survives decode -> to_dict unchanged."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import SCHEMA_NAMES, load_schema
from .support.mutants import KINDS, mutants

CORPUS = Path(__file__).parent / "corpus"


def _corpus(name: str) -> list[Any]:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def test_corpus_covers_every_schema() -> None:
    assert sorted(p.stem for p in CORPUS.glob("*.json")) == SCHEMA_NAMES
    assert all(len(_corpus(name)) >= 2 for name in SCHEMA_NAMES)


def _same(a: Any, b: Any, parse: Callable[[str], datetime | None]) -> bool:
    """Equality, with date-times compared as instants (to the microsecond)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k], parse) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y, parse) for x, y in zip(a, b, strict=True))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        instant = parse(a)
        return instant is not None and instant == parse(b)
    return bool(a == b) and isinstance(a, bool) == isinstance(b, bool)


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_verdicts_agree_with_the_oracle(
    all_package: ModuleType, oracle: Callable[[str, object], bool], name: str
) -> None:
    schema = load_schema(name)
    decode = getattr(all_package._codec, f"_decode_{name}")
    fast_check = getattr(all_package._codec, f"_fast_check_{name}")
    disagreements = []
    for payload in _corpus(name):
        assert oracle(name, payload), "the corpus holds valid payloads only"
        assert all_package.validate(name, payload) == [], payload
        for mutant in mutants(schema, payload):
            violations = all_package.validate(name, mutant.payload)
            expected_valid = oracle(name, mutant.payload)
            if (not violations) != expected_valid:
                disagreements.append((mutant.kind, mutant.pointer, expected_valid, violations))
            elif violations and mutant.code is not None:
                codes = {v.code for v in violations}
                assert mutant.code in codes, (mutant.kind, mutant.pointer, violations)
            if _raises(decode, mutant.payload) == expected_valid:
                disagreements.append(("decode", mutant.kind, mutant.pointer, expected_valid))
            if not expected_valid and not _raises(fast_check, mutant.payload):
                disagreements.append(("fast check", mutant.kind, mutant.pointer, expected_valid))
            if violations:
                with pytest.raises(all_package.ValidationError) as refused:
                    all_package.decode(name, mutant.payload)
                assert refused.value.violations == violations
    assert disagreements == []


def _raises(function: Callable[[Any], object], argument: Any) -> bool:
    try:
        function(argument)
    except Exception:
        return True
    return False


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_valid_payloads_round_trip(all_package: ModuleType, name: str) -> None:
    parse = all_package._runtime._datetime_or_none
    for payload in _corpus(name):
        instance = all_package.decode(name, payload)
        assert type(instance).__name__ == name
        assert _same(instance.to_dict(), payload, parse), payload
        text = all_package.dumps(instance)
        assert _same(json.loads(text), payload, parse)
        assert all_package.loads(name, text) == instance


def test_every_mutation_kind_was_exercised() -> None:
    seen: Counter[str] = Counter()
    for name in SCHEMA_NAMES:
        for payload in _corpus(name):
            seen.update(m.kind for m in mutants(load_schema(name), payload))
    assert set(KINDS) <= set(seen), set(KINDS) - set(seen)
