"""Coverage-guided fuzzing of the two entry points that see network bytes (`make fuzz`).

    python fuzz/fuzz_ocpp201.py loads|parse_frame [libFuzzer options, e.g. -max_total_time=60] [CORPUS_DIR]
    python fuzz/fuzz_ocpp201.py seeds DIR      # valid Call frames to start parse_frame from

`loads(name, data)` may only return a dataclass or raise ValidationError, and `parse_frame`
may only return a frame or raise RpcError; anything else is a finding and stops the run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generated"))

with atheris.instrument_imports():
    import ocpp201
    from ocpp201.rpc import ERROR_CODES, CallError, RpcError, parse_frame

NAMES = sorted(ocpp201.MESSAGES)


def fuzz_loads(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    name = NAMES[provider.ConsumeIntInRange(0, len(NAMES) - 1)]
    try:
        instance = ocpp201.loads(name, provider.ConsumeBytes(provider.remaining_bytes()))
        # What decoded must encode again; only a number JSON text overflowed to infinity
        # (1e400) decodes but cannot be written back, and that is a ValidationError too.
        ocpp201.dumps(instance)
    except ocpp201.ValidationError:
        return


def fuzz_parse_frame(data: bytes) -> None:
    try:
        frame = parse_frame(data)
    except RpcError as error:
        error.call_error().to_json()
        return
    if isinstance(frame, CallError) and frame.error_code not in ERROR_CODES:
        # A received CallError keeps the peer's code, but one outside OCPP-J is never written.
        try:
            frame.to_json()
        except ValueError:
            return
        raise AssertionError(f"wrote a CallError with the code {frame.error_code!r}")
    frame.to_json()


TARGETS = {"loads": fuzz_loads, "parse_frame": fuzz_parse_frame}
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def write_seeds(directory: Path) -> None:
    """Valid Call frames for every implemented request, from the differential-test corpus."""
    directory.mkdir(parents=True, exist_ok=True)
    for action in sorted(ocpp201.ACTIONS):
        payloads = json.loads((CORPUS / f"{action}Request.json").read_text(encoding="utf-8"))
        for index, payload in enumerate(payloads):
            frame = json.dumps([2, f"seed-{index}", action, payload], ensure_ascii=False)
            (directory / f"{action}-{index}.json").write_text(frame, encoding="utf-8")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "seeds":
        write_seeds(Path(sys.argv[2]))
        return
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(TARGETS)} [libFuzzer options] | seeds DIR")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
