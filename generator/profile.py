"""Stage: the version profile (`<schemas>/profile.yaml`), what an OCPP version needs beyond its
schema files.

The schema files say what a payload may hold; they do not say which file holds which message
(`BootNotificationRequest.json` in 2.0.1, `BootNotification.json` in 1.6), nor what OCPP-J looks
like in that version (its subprotocol, frame types and error codes). The profile says it as data,
so that no OCPP version has a code path of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import GeneratorError
from .inputs import Mapping, load_yaml, read_text, shown

PROFILE_FILE = "profile.yaml"

ROLES = ("request", "response", "one_way")
"""What a schema file can be for an action: its request, its response, or a one-way message."""

FRAME_TYPES = ("CALL", "CALLRESULT", "CALLERROR", "CALLRESULTERROR", "SEND")
"""The OCPP-J frames a version may define; the first three every version has."""
_REQUIRED_FRAMES = FRAME_TYPES[:3]

ERROR_ROLES = (
    "format_violation",
    "generic_error",
    "internal_error",
    "message_type_not_supported",
    "not_implemented",
    "not_supported",
    "occurrence_constraint_violation",
    "property_constraint_violation",
    "protocol_error",
    "rpc_framework_error",
    "security_error",
    "type_constraint_violation",
)
"""The situations an OCPP-J implementation reports with a CallError; the profile gives the code
each version sends for each (OCPP 1.6 spells some differently and has no code for others)."""

UNKNOWN_MESSAGE_TYPE_ACTIONS = ("answer", "ignore")
"""What a session does with a frame of a message type id its version does not know: answer it with
a CallError (OCPP-J 2.0.1, part 4, 4.4), or ignore it (OCPP-J 1.6, 4.1.3; OCPP 2.1 part 4, 4.4)."""

_ACTION = "{action}"
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]*\Z")
_SUBPROTOCOL = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")  # an HTTP token (RFC 6455, 4.1)


@dataclass(frozen=True)
class NamePatterns:
    """`{action}` patterns, one per role; `one_way` is None where the version has none."""

    request: str
    response: str
    one_way: str | None

    def of(self, role: str, action: str) -> str:
        pattern = getattr(self, role)
        assert isinstance(pattern, str), role
        return pattern.replace(_ACTION, action)

    def match(self, role: str, name: str) -> str | None:
        """The action `name` is the `role` of under this pattern, or None."""
        pattern = getattr(self, role)
        if pattern is None:
            return None
        head, _, tail = pattern.partition(_ACTION)
        if len(name) <= len(head) + len(tail) or not name.startswith(head):
            return None
        if tail and not name.endswith(tail):
            return None
        action = name[len(head) : len(name) - len(tail)]
        return action if action.isidentifier() else None


@dataclass(frozen=True)
class Profile:
    path: Path
    files: NamePatterns  # schema file stems
    names: NamePatterns  # the classes (and schema names) the package exports
    subprotocol: str
    frames: tuple[tuple[str, int], ...]  # frame name -> message type id, in FRAME_TYPES order
    error_codes: tuple[tuple[str, str], ...]  # role -> the code sent, in ERROR_ROLES order
    unknown_message_type: str  # one of UNKNOWN_MESSAGE_TYPE_ACTIONS

    def frame(self, name: str) -> int | None:
        return dict(self.frames).get(name)


def _patterns(data: object, where: str, path: Path) -> NamePatterns:
    if not isinstance(data, Mapping) or not {"request", "response"} <= set(data):
        raise GeneratorError(
            f"{where}: expected `request:`, `response:` and optionally `one_way:`, each a pattern "
            "such as '{action}Request'"
        )
    for key in data:
        if key not in ROLES:
            raise GeneratorError(
                f"{path}:{data.line(key, 1)}: unknown key {data.key_text(key)!r}; allowed: {', '.join(ROLES)}"
            )
        value = data[key]
        if (
            not isinstance(value, str)
            or value.count(_ACTION) != 1
            or not value.replace(_ACTION, "A").isidentifier()
        ):
            raise GeneratorError(
                f"{path}:{data.line(key, 1)}: `{key}: {shown(value)}` must hold `{_ACTION}` once, "
                "with letters, digits or underscores around it"
            )
    patterns = [data[role] for role in ROLES if role in data]
    if len(set(patterns)) != len(patterns):
        raise GeneratorError(f"{where}: two roles have the same pattern; each must differ")
    return NamePatterns(data["request"], data["response"], data.get("one_way"))


def load_profile(directory: Path) -> Profile:
    path = directory / PROFILE_FILE
    if not path.exists():
        raise GeneratorError(
            f"{path}: no version profile; every schema folder has one (see schemas/{PROFILE_FILE})"
        )
    data = load_yaml(path, read_text(path, "version profile"))
    top = ("files", "names", "ocpp_j")
    if not isinstance(data, Mapping) or set(data) != set(top):
        raise GeneratorError(f"{path}:1: expected exactly the keys {', '.join(top)}")
    files = _patterns(data["files"], f"{path}:{data.line('files', 1)}: files", path)
    names = _patterns(data["names"], f"{path}:{data.line('names', 1)}: names", path)
    if (files.one_way is None) != (names.one_way is None):
        raise GeneratorError(
            f"{path}: `one_way:` must be in both `files:` and `names:`, or neither"
        )
    ocpp_j = data["ocpp_j"]
    line = data.line("ocpp_j", 1)
    keys = ("subprotocol", "frames", "unknown_message_type", "error_codes")
    if not isinstance(ocpp_j, Mapping) or set(ocpp_j) != set(keys):
        raise GeneratorError(f"{path}:{line}: `ocpp_j:` must hold exactly {', '.join(keys)}")
    subprotocol = ocpp_j["subprotocol"]
    if not isinstance(subprotocol, str) or not _SUBPROTOCOL.match(subprotocol):
        raise GeneratorError(
            f"{path}:{ocpp_j.line('subprotocol', line)}: `subprotocol: {shown(subprotocol)}` must be "
            "a WebSocket subprotocol name such as ocpp2.0.1"
        )
    frames = ocpp_j["frames"]
    frames_line = ocpp_j.line("frames", line)
    if (
        not isinstance(frames, Mapping)
        or not set(_REQUIRED_FRAMES) <= set(frames)
        or not set(frames) <= set(FRAME_TYPES)
    ):
        raise GeneratorError(
            f"{path}:{frames_line}: `frames:` maps {', '.join(_REQUIRED_FRAMES)} (and, where the "
            f"version has them, {', '.join(FRAME_TYPES[3:])}) to their message type ids"
        )
    ids = list(frames.values())
    if any(isinstance(i, bool) or not isinstance(i, int) or i < 0 for i in ids) or len(
        set(ids)
    ) != len(ids):
        raise GeneratorError(
            f"{path}:{frames_line}: message type ids are distinct non-negative integers"
        )
    if files.one_way is not None and "SEND" not in frames:
        # A one-way message goes in a SEND frame: without one, no session could carry it.
        raise GeneratorError(
            f"{path}:{frames_line}: `one_way:` messages need a SEND frame in `frames:`"
        )
    unknown = ocpp_j["unknown_message_type"]
    if unknown not in UNKNOWN_MESSAGE_TYPE_ACTIONS:
        raise GeneratorError(
            f"{path}:{ocpp_j.line('unknown_message_type', line)}: `unknown_message_type: "
            f"{shown(unknown)}` must be {' or '.join(UNKNOWN_MESSAGE_TYPE_ACTIONS)} (what a session "
            "does with a frame of a message type id the version does not know)"
        )
    codes = ocpp_j["error_codes"]
    codes_line = ocpp_j.line("error_codes", line)
    if not isinstance(codes, Mapping) or set(codes) != set(ERROR_ROLES):
        missing = sorted(set(ERROR_ROLES) - set(codes)) if isinstance(codes, dict) else []
        extra = sorted(map(str, set(codes) - set(ERROR_ROLES))) if isinstance(codes, dict) else []
        raise GeneratorError(
            f"{path}:{codes_line}: `error_codes:` gives the code sent for each of "
            f"{', '.join(ERROR_ROLES)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; unknown: {', '.join(extra)}" if extra else "")
        )
    for role in ERROR_ROLES:
        code = codes[role]
        if not isinstance(code, str) or not _CODE.match(code):
            raise GeneratorError(
                f"{path}:{codes.line(role, codes_line)}: `{role}: {shown(code)}` must be an error "
                "code such as FormatViolation"
            )
    return Profile(
        path,
        files,
        names,
        subprotocol,
        tuple((name, frames[name]) for name in FRAME_TYPES if name in frames),
        tuple((role, codes[role]) for role in ERROR_ROLES),
        unknown,
    )
