"""The log validator: `python -m <package> validate [FILE ...]` checks OCPP-J logs.

Copied verbatim into the package by the generator; edit it in templates/runtime/.

A log has one OCPP-J frame per line, either bare (`[2,"id","Action",{...}]`) or inside a record
(`{"ts": ..., "station": "CS-1", "direction": "in"|"out", "frame": [...]}`; `station` and
`direction` are optional, other keys are ignored; the frame may also be given as its JSON text, a
string). A Call is checked against its request schema, a CallResult against the response schema
of the Call it answers (matched by unique id, per station when the records name one, and by
opposite direction when they have one), a CallError for its shape and error code.

The frame types and error codes are those of the build's OCPP version (`ocpp_j`). In a build for
OCPP 2.1, a SEND (a one-way message) is checked as a Call is, and pairs with nothing: a CallResult
or CallError with a SEND's unique id is an error (`send-answered`); a CallResultError answers an
earlier CallResult from the other side (matched as a CallResult is matched to its Call). A frame
of a message type the version does not know is a problem in every version; where the version
ignores such frames (OCPP 1.6, 2.1: `ocpp_j.UNKNOWN_MESSAGE_TYPE`) it is reported as
`unknown-message-type`, not with the CallError code that would answer it, for nothing does.

Directions are those of the side that wrote the log: by default the CSMS (`"in"` = received by
the CSMS from a station), with `--side station` the charging station (`"in"` = received from the
CSMS). A Call whose direction contradicts its action's (`ACTIONS[action].direction`; a Local
Controller counts as a charging station, `Both` goes either way) is reported as `wrong-direction`. Files are read line by line, gzip-compressed ones (told by their
first bytes) decompressed on the way, so memory stays bounded whatever their size.

With `--tolerate POLICY` (a tolerance policy file, see `tolerance`) a payload that breaks its
schema is also decoded under that policy: each violation is reported with its kind, as tolerated
(with the repair) or as an error, and a frame whose violations are all tolerated counts as valid.

Exit status: 0 every frame valid, 1 some frame invalid, 2 usage error, unreadable file or output
that cannot be written (a closed standard stream, a broken pipe).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import stat
import sys
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, NamedTuple, TextIO

from . import ACTIONS, OCPP_VERSION, __version__
from ._runtime import FORMAT_VIOLATION, Payload, UnknownMessageError, ValidationError, _json_loads
from .ocpp_j import INTERNAL_ERROR, MESSAGE_TYPES, RPC_FRAMEWORK_ERROR, UNKNOWN_MESSAGE_TYPE
from .rpc import (
    CALL,
    CALL_ERROR,
    CALL_RESULT,
    CALL_RESULT_ERROR,
    ERROR_CODES,
    MAX_ERROR_DESCRIPTION_LENGTH,
    SEND,
    Call,
    CallError,
    CallResult,
    CallResultError,
    RpcError,
    Send,
    not_taken,
    parse_frame,
)
from .tolerance import Policy, PolicyError, Tolerated, _review

PROG = f"python -m {__package__}"
MAX_PENDING_CALLS = 100_000
"""Calls awaiting their CallResult that are remembered; beyond it the oldest is forgotten."""
MAX_ACTIONS = 1_000
"""Distinct action names counted in the summary; further unknown names are counted as `(other)`."""
DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024
NO_NAME = "-"
"""Shown for an action or unique id that the frame does not tell."""
OTHER_ACTIONS = "(other)"
MAX_ACTION_NAME = 100
"""Longer action names (no OCPP action comes close) are neither counted by name nor remembered."""
STDIN = "-"
STDIN_NAME = "<stdin>"
UNMATCHED = "unmatched"
TOLERATED = "tolerated"
"""The severity of a violation that the --tolerate policy lets through."""
WRONG_DIRECTION = "wrong-direction"
"""The code of a Call sent in the direction its action is not sent in."""
SEND_ANSWERED = "send-answered"
"""The code of a CallResult or CallError with the unique id of a SEND, which nothing answers."""
UNKNOWN_TYPE = "unknown-message-type"
"""The code of a frame of a message type the version does not know, where the version ignores
such frames (in one that answers them, the CallError code that answers it)."""
FRAMEWORK_ERROR = RPC_FRAMEWORK_ERROR

_OPPOSITE = {"in": "out", "out": "in"}
SIDES = ("csms", "station")
"""Which side wrote a log: its "out" records are what that side sent."""
_SENDERS = {"CSMS": "csms", "ChargingStation": "station", "LocalController": "station"}


def _sender(direction: str) -> str | None:
    """Which side sends Calls of an `Action.direction` ("csms" or "station"); None: either."""
    return _SENDERS.get(direction.split("->", 1)[0])


_SENT_BY = {
    action: sender for action, info in ACTIONS.items() if (sender := _sender(info.direction))
}
"""The side that sends each implemented action's Calls; actions sent by either side are absent."""
_SIDE_NAMES = {"csms": "the CSMS", "station": "the charging station"}
_BOM = b"\xef\xbb\xbf"
_GZIP_MAGIC = b"\x1f\x8b"
_PROGRESS_EVERY = 1024  # lines between looks at the clock for the progress bar


class _Progress:
    """A one-line progress bar on a text stream, redrawn at most five times a second."""

    INTERVAL = 0.2

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.start = time.perf_counter()
        self.next_draw = 0.0
        self.width = 0  # characters of the bar currently on screen
        self.name = ""
        self.total: int | None = None

    def begin(self, name: str, total: int | None) -> None:
        self.name = name
        self.total = total
        self.next_draw = 0.0

    def update(self, done: int, frames: int, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now < self.next_draw:
            return
        self.next_draw = now + self.INTERVAL
        rate = frames / max(now - self.start, 1e-9)
        counts = f"{frames:,} frames  {rate:,.0f} frames/s"
        if self.total:
            fraction = min(done / self.total, 1.0)
            filled = int(fraction * 20)
            status = f" [{'#' * filled}{'.' * (20 - filled)}] {fraction:4.0%}  {counts}"
        else:
            status = f" {_size(done)}  {counts}"
        name = self.name
        columns = _columns(self.stream)
        if columns is not None:  # on a terminal: one line, shortening the file name first
            room = columns - 1 - len(status)
            if len(name) > room:
                name = "..." + name[len(name) - room + 3 :] if room > 3 else ""
        text = name + status
        if columns is not None:
            text = text[: columns - 1]
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def _columns(stream: TextIO) -> int | None:
    """The terminal's width, or None when the stream is no terminal."""
    try:
        return max(os.get_terminal_size(stream.fileno()).columns, 20)
    except (AttributeError, OSError, ValueError):
        return None


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{count} B"  # not reached


def _printable(text: str) -> str:
    """`text` on one line: control characters and line breaks escaped."""
    if not text:
        return '""'
    return text if text.isprintable() else json.dumps(text, ensure_ascii=False)[1:-1]


class _Problem(NamedTuple):
    """One problem with one frame; `path` is None for a problem with the frame itself."""

    file: str
    line: int
    action: str | None
    unique_id: str | None
    code: str
    path: str | None
    message: str
    warning: bool
    kind: str | None = None
    """With --tolerate, the kind of a payload violation (`tolerance.TOLERABLE_KINDS`, ...)."""
    repair: str | None = None
    """What the --tolerate policy did about the violation; None: it remains an error."""


class _Output:
    """Where problems and the summary go: text lines or JSON Lines on stdout."""

    def __init__(self, stream: TextIO, progress: _Progress | None) -> None:
        self.stream = stream
        self.progress = progress

    def problem(self, problem: _Problem) -> None:
        raise NotImplementedError

    def summary(self, summary: dict[str, Any]) -> None:
        raise NotImplementedError


class _TextOutput(_Output):
    def problem(self, problem: _Problem) -> None:
        if self.progress is not None:
            self.progress.clear()
        file, line, action, unique_id, code, path, message, warning, kind, repair = problem
        pointer = "frame" if path is None else _printable(path) if path else "/"
        severity = "warning: " if warning else f"{TOLERATED}: " if repair is not None else ""
        tail = f" [{kind}]" if kind is not None else ""
        if repair is not None:
            tail += f": {_printable(repair)}"
        self.stream.write(
            f"{file}:{line}: {_printable(action) if action is not None else NO_NAME} "
            f"{_printable(unique_id) if unique_id is not None else NO_NAME}: "
            f"{code} at {pointer}: {severity}{_printable(message)}{tail}\n"
        )

    def summary(self, summary: dict[str, Any]) -> None:
        out = self.stream
        out.write(
            f"frames: {summary['frames']}, valid: {summary['valid']}, invalid: {summary['invalid']}, "
            f"unmatched: {summary['unmatched']}\n"
        )
        if TOLERATED in summary:
            out.write(
                f"tolerated: {summary[TOLERATED]} frames valid under the policy only "
                f"({summary['tolerated_violations']} violations tolerated)\n"
            )
        actions: dict[str, dict[str, int]] = summary["actions"]
        if actions:
            width = max(len("action"), *(len(_printable(name)) for name in actions))
            out.write(f"{'action':<{width}}  {'frames':>10}  {'invalid':>10}\n")
            for name, counts in actions.items():
                out.write(
                    f"{_printable(name):<{width}}  {counts['frames']:>10}  {counts['invalid']:>10}\n"
                )
        for unreadable in summary["unreadable"]:
            out.write(
                f"unreadable: {_printable(unreadable['file'])}: {_printable(unreadable['error'])}\n"
            )
        out.write(
            f"{summary['frames']} frames in {summary['seconds']:.2f} s "
            f"({summary['frames_per_second']:.0f} frames/s)\n"
        )


class _JsonOutput(_Output):
    def problem(self, problem: _Problem) -> None:
        fields = problem._asdict()
        warning = fields.pop("warning")
        if fields["kind"] is None:  # no --tolerate: the records stay as they were
            del fields["kind"], fields["repair"]
        record = {
            "type": "problem",
            "severity": (
                "warning" if warning else TOLERATED if fields.get("repair") is not None else "error"
            ),
            **fields,
        }
        if self.progress is not None:
            self.progress.clear()
        self.stream.write(json.dumps(record) + "\n")

    def summary(self, summary: dict[str, Any]) -> None:
        self.stream.write(json.dumps({"type": "summary", **summary}) + "\n")


class _ReadError(Exception):
    """A log could not be opened or read (as opposed to an error writing the output)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_READ_ERRORS = (OSError, EOFError, zlib.error)
"""What reading a log may raise: OSError (gzip.BadGzipFile is one), and for gzip data that
ends early EOFError, for a corrupt deflate stream zlib.error."""


def _read_problem(error: BaseException, line: int = 0) -> str:
    """Why a log could not be read, for a person; `line` is the last line read before."""
    if isinstance(error, EOFError):
        reason = "the gzip data is truncated"
    elif isinstance(error, (zlib.error, gzip.BadGzipFile)):
        reason = f"the gzip data is corrupt ({error})"
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
    else:
        reason = str(error) or type(error).__name__
    return f"{reason} (after line {line})" if line else reason


def _not_json(error: BaseException, text: bytes | str) -> str:
    """Why `text` is not JSON, with the parser's position: a character offset into `text`."""
    where = " of the frame text" if isinstance(text, str) else ""
    if isinstance(error.__cause__, ValueError):  # _json_loads says why; its cause says where
        error = error.__cause__
    if isinstance(error, json.JSONDecodeError):
        message = error.msg.removesuffix(" at")  # "Unterminated string starting at", ...
        return f"{message} at char {error.pos}{where}"
    if isinstance(error, UnicodeDecodeError):
        return f"not {error.encoding}: {error.reason} at byte {error.start}{where}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error) or type(error).__name__  # NaN, Infinity, a number out of range


class _Rejoined(io.RawIOBase):
    """A stream whose first bytes were read to look at them, with those bytes put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        # read1: no waiting for more than is there
        self._read: Callable[[int], bytes] = getattr(rest, "read1", rest.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._head[: len(view)] if self._head else self._read(len(view))
        if self._head:
            self._head = self._head[len(data) :]
        view[: len(data)] = data
        return len(data)


def _unpacked(stream: BinaryIO) -> tuple[Callable[[int], bytes], bool]:
    """The `readline` of the log in `stream`, decompressed if it is gzip data, and whether it was.

    gzip is told by its magic bytes, whatever the file's name; the bytes looked at are not lost
    (a pipe's first read may bring a single byte: then they are read and put back)."""
    peek = getattr(stream, "peek", None)
    head: bytes = peek(2)[:2] if peek is not None else b""
    if len(head) < 2:
        head = stream.read(2)
        stream = io.BufferedReader(_Rejoined(head, stream))
    if head != _GZIP_MAGIC:
        return stream.readline, False
    return gzip.GzipFile(fileobj=stream, mode="rb").readline, True


class _Validator:
    """Validates the lines of one log after another; keeps only bounded state between lines."""

    def __init__(
        self,
        output: _Output,
        progress: _Progress | None,
        max_line_bytes: int,
        side: str = "csms",
        policy: Policy | None = None,
    ) -> None:
        self.output = output
        self.side = side
        self.policy = policy
        self.tolerated = 0  # frames valid under the policy only
        self.tolerated_violations = 0
        self.progress = progress
        self.max_line_bytes = max_line_bytes
        self.frames = 0
        self.valid = 0
        self.invalid = 0
        self.unmatched = 0
        self.actions: dict[str, list[int]] = {}  # action -> [frames, invalid]
        self.unreadable: list[dict[str, str]] = []
        # (station, direction of the Call, unique id) -> action
        self.pending: OrderedDict[tuple[str | None, str | None, str], str] = OrderedDict()
        # OCPP 2.1: the SENDs, which nothing may answer, and the CallResults, which a
        # CallResultError may answer; keyed as `pending`, by the direction of the SEND or result.
        self.sends: OrderedDict[tuple[str | None, str | None, str], str] = OrderedDict()
        self.results: OrderedDict[tuple[str | None, str | None, str], str] = OrderedDict()
        self.file = ""
        self.line = 0

    # -- reading -------------------------------------------------------------------------------

    def run(self, paths: Sequence[str], stdin: BinaryIO | None, stderr: TextIO) -> None:
        for path in paths:
            # Every log is its own connection: unique ids do not carry over.
            for table in (self.pending, self.sends, self.results):
                table.clear()
            name = STDIN_NAME if path == STDIN else path
            try:
                if path == STDIN:
                    if stdin is None:  # fd 0 was closed (`<&-`): Python has no sys.stdin
                        raise _ReadError("standard input is closed")
                    self._stream(name, stdin)
                    continue
                try:
                    stream = open(path, "rb")
                except OSError as exc:
                    raise _ReadError(_read_problem(exc)) from None
                with stream:
                    self._stream(name, stream)
            except _ReadError as error:  # reading only: a failing stdout is not the log's fault
                if self.progress is not None:
                    self.progress.clear()
                stderr.write(f"{PROG} validate: cannot read {_printable(name)}: {error.reason}\n")
                stderr.flush()
                self.unreadable.append({"file": name, "error": error.reason})

    def _stream(self, name: str, stream: BinaryIO) -> None:
        self.file = name
        progress = self.progress
        total: int | None = None
        if progress is not None:
            try:
                info = os.fstat(stream.fileno())
                total = info.st_size if stat.S_ISREG(info.st_mode) else None
            except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
                total = None
            progress.begin(name, total)
            progress.update(0, self.frames, force=True)
        try:
            readline, gzipped = _unpacked(stream)
        except _READ_ERRORS as exc:
            raise _ReadError(_read_problem(exc)) from None
        # Of a gzip file the bar shows how much of the file (compressed) was read, not the lines' bytes.
        position = stream.tell if gzipped and total is not None else None
        limit = self.max_line_bytes
        check = self._check
        done = 0
        number = 0
        while True:
            try:
                line = readline(limit + 1)
            except _READ_ERRORS as exc:
                raise _ReadError(_read_problem(exc, number)) from None
            if not line:
                break
            number += 1
            done += len(line)
            if progress is not None and number % _PROGRESS_EVERY == 0:
                progress.update(done if position is None else position(), self.frames)
            if len(line) > limit and not line.endswith(b"\n"):
                done += self._skip_rest(readline, limit, number)
                self.line = number
                self.frames += 1
                self._bad(
                    None, None, FRAMEWORK_ERROR, None, f"the line is longer than {limit} bytes"
                )
                self._count(None, True)
                continue
            if number == 1 and line.startswith(_BOM):
                line = line[len(_BOM) :]
            if not line or line.isspace():
                continue
            self.line = number
            check(line)
        if progress is not None:
            progress.update(done if position is None else position(), self.frames, force=True)

    @staticmethod
    def _skip_rest(readline: Callable[[int], bytes], limit: int, number: int) -> int:
        skipped = 0
        while True:
            try:
                chunk = readline(limit)
            except _READ_ERRORS as exc:
                raise _ReadError(_read_problem(exc, number)) from None
            skipped += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                return skipped

    # -- one line ------------------------------------------------------------------------------

    def _check(self, line: bytes) -> None:
        self.frames += 1
        direction: str | None = None
        station: str | None = None
        raw: Any = None  # the decoded frame, when the record already decoded it
        text: bytes | str = line
        if line[:1] != b"[" and line.lstrip()[:1] == b"{":
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                record = None  # parse_frame says why
            if isinstance(record, dict):
                if "frame" not in record:
                    self._invalid(None, None, FRAMEWORK_ERROR, 'the record has no "frame"')
                    return
                direction = record.get("direction")
                if direction is not None and (
                    not isinstance(direction, str) or direction not in _OPPOSITE
                ):
                    self._invalid(
                        None,
                        None,
                        FRAMEWORK_ERROR,
                        f'the record\'s "direction" is {direction!r}, not "in" or "out"',
                    )
                    return
                station = record.get("station")
                if station is not None and not isinstance(station, str):
                    self._invalid(
                        None,
                        None,
                        FRAMEWORK_ERROR,
                        f'the record\'s "station" is {station!r}, not a string',
                    )
                    return
                raw = record["frame"]
                if isinstance(raw, str):  # the frame as the text that went over the wire
                    text, raw = raw, None
                else:
                    try:
                        text = json.dumps(raw)
                    except (ValueError, RecursionError):
                        self._invalid(None, None, FRAMEWORK_ERROR, "the frame cannot be read")
                        return
        try:
            frame = parse_frame(text)
        except RpcError as error:
            self._rpc_error(error, raw, text, station, direction)
            return
        except Exception as exc:  # a bug in the bindings must not end a long run
            self._invalid(None, None, INTERNAL_ERROR, f"{type(exc).__name__}: {exc}")
            return
        unique_id = frame.unique_id
        if isinstance(frame, Call):
            action = frame.action
            self._remember(station, direction, unique_id, action)
            if self._wrong_direction(action, unique_id, direction):
                self._count(action, True)
            else:
                self._count(action, False)
                self.valid += 1
        elif isinstance(frame, Send):
            action = frame.action
            self._remember(station, direction, unique_id, action, self.sends)
            if self._wrong_direction(action, unique_id, direction, "SEND"):
                self._count(action, True)
            else:
                self._count(action, False)
                self.valid += 1
        elif isinstance(frame, CallResultError):
            self._result_error(frame, station, direction)
        elif self._answers_send(frame, station, direction):
            return
        elif isinstance(frame, CallResult):
            answered = self._answered(station, direction, unique_id)
            if answered is None:
                self.unmatched += 1
                self._count(None, False)
                self._unmatched(unique_id, "Call", "CallResult", station)
                return
            if CALL_RESULT_ERROR is not None:
                self._remember(station, direction, unique_id, answered, self.results)
            self._result(frame, answered)
        else:
            self._error_frame(frame, self._answered(station, direction, unique_id))

    def _error_frame(self, frame: CallError | CallResultError, action: str | None) -> None:
        """Checks the code and description of a CallError or CallResultError."""
        code = frame.error_code
        if code not in ERROR_CODES:
            self._invalid(
                action, frame.unique_id, FRAMEWORK_ERROR, f"{code!r} is not an OCPP-J error code"
            )
        elif len(frame.error_description) > MAX_ERROR_DESCRIPTION_LENGTH:
            self._invalid(
                action,
                frame.unique_id,
                FRAMEWORK_ERROR,
                f"the error description is longer than {MAX_ERROR_DESCRIPTION_LENGTH} characters",
            )
        else:
            self._count(action, False)
            self.valid += 1

    def _result_error(
        self, frame: CallResultError, station: str | None, direction: str | None
    ) -> None:
        """A CallResultError answers an earlier CallResult from the other side; without one it
        is reported unmatched (once its code checks out)."""
        answered = self._answered(station, direction, frame.unique_id, self.results)
        if answered is not None or frame.error_code not in ERROR_CODES:
            self._error_frame(frame, answered)
            return
        self.unmatched += 1
        self._count(None, False)
        self._unmatched(frame.unique_id, "CallResult", "CallResultError", station)

    def _answers_send(
        self, frame: CallResult | CallError, station: str | None, direction: str | None
    ) -> bool:
        """Reports a CallResult or CallError answering a SEND (which nothing answers); True if
        it does. A Call with the same unique id, waiting for its answer, comes first."""
        if not self.sends:
            return False
        for key in self._keys(station, direction, frame.unique_id):
            if key in self.pending:
                return False
        action = self._answered(station, direction, frame.unique_id, self.sends)
        if action is None:
            return False
        kind = "CallResult" if isinstance(frame, CallResult) else "CallError"
        self._invalid(
            action,
            frame.unique_id,
            SEND_ANSWERED,
            f"this {kind} has the unique id of a {action} SEND, a one-way message that nothing "
            "answers",
        )
        return True

    def _unmatched(self, unique_id: str, before: str, frame: str, station: str | None) -> None:
        self.output.problem(
            _Problem(
                self.file,
                self.line,
                None,
                unique_id,
                UNMATCHED,
                None,
                f"no {before} with this unique id came before this {frame}"
                + (f" from or to station {station!r}" if station is not None else "")
                + ", so it is not checked",
                True,
            )
        )

    def _result(self, frame: CallResult, action: str) -> None:
        try:
            frame.decode(action)
        except ValidationError as error:
            info = ACTIONS.get(action)
            if self.policy is not None and info is not None and info.response is not None:
                valid = self._under_policy(action, frame.unique_id, info.response, frame.payload)
                self._count(action, not valid)
                self.valid += valid
                return
            for violation in error.violations:
                self._bad(
                    action, frame.unique_id, violation.code, violation.path, violation.message
                )
            self._count(action, True)
        except UnknownMessageError as error:
            answer = not_taken(action, error)
            self._invalid(action, frame.unique_id, answer.code, answer.description)
        except Exception as exc:  # a bug in the bindings must not end a long run
            self._invalid(action, frame.unique_id, INTERNAL_ERROR, f"{type(exc).__name__}: {exc}")
        else:
            self._count(action, False)
            self.valid += 1

    def _rpc_error(
        self,
        error: RpcError,
        raw: Any,
        text: bytes | str,
        station: str | None,
        direction: str | None,
    ) -> None:
        """Reports a frame parse_frame refused; a refused Call is still remembered for its reply."""
        not_json: str | None = None
        if raw is None:
            try:
                raw = _json_loads(text)  # what parse_frame read the frame with
            except Exception as exc:
                not_json = _not_json(exc, text)
                try:  # NaN, Infinity: not JSON, but the action and unique id can still be shown
                    raw = json.loads(text)
                except (ValueError, RecursionError):
                    raw = None
        kind = raw[0] if isinstance(raw, list) and raw else None
        shown_id = error.unique_id
        if shown_id is None and isinstance(raw, list) and len(raw) > 1 and isinstance(raw[1], str):
            shown_id = raw[1]  # e.g. an id that is too long: show the offender
        action: str | None = None
        if type(kind) is int and error.unique_id is not None:
            if kind == CALL and len(raw) > 2 and isinstance(raw[2], str):
                action = raw[2]
                if len(action) <= MAX_ACTION_NAME:
                    self._remember(station, direction, error.unique_id, action)
            elif kind == SEND and len(raw) > 2 and isinstance(raw[2], str):
                action = raw[2]
                if len(action) <= MAX_ACTION_NAME:
                    self._remember(station, direction, error.unique_id, action, self.sends)
            elif kind in (CALL_RESULT, CALL_ERROR):
                action = self._answered(station, direction, error.unique_id)
            elif kind == CALL_RESULT_ERROR:
                action = self._answered(station, direction, error.unique_id, self.results)
        elif (
            type(kind) is int and kind in (CALL, SEND) and len(raw) > 2 and isinstance(raw[2], str)
        ):
            action = raw[2]
        violations = error.details.get("violations")
        valid = False
        request = ACTIONS[action].request if action in ACTIONS else None
        if not_json is not None:
            self._bad(action, shown_id, error.code, None, f"the frame is not JSON: {not_json}")
        elif (
            self.policy is not None
            and kind in (CALL, SEND)
            and request is not None
            and error.code != FORMAT_VIOLATION
            and isinstance(violations, list)
            and violations
        ):
            assert action is not None and shown_id is not None  # a Call of a known action
            valid = self._under_policy(action, shown_id, request, raw[3])
        elif error.message_type is not None and error.message_type not in MESSAGE_TYPES:
            if UNKNOWN_MESSAGE_TYPE == "ignore":
                description = (
                    f"{error.description}: OCPP {OCPP_VERSION} ignores such a frame, nothing "
                    "answers it"
                )
                self._bad(action, shown_id, UNKNOWN_TYPE, None, description)
            else:
                self._bad(action, shown_id, error.code, None, error.description)
        elif isinstance(violations, list) and violations:
            for v in violations:
                self._bad(action, shown_id, v["code"], v["path"], v["message"])
        else:
            self._bad(action, shown_id, error.code, None, error.description)
        if type(kind) is int and kind in (CALL, SEND) and action is not None:
            frame = "Call" if kind == CALL else "SEND"
            valid = not self._wrong_direction(action, shown_id, direction, frame) and valid
        self._count(action, not valid)
        self.valid += valid

    def _under_policy(self, action: str, unique_id: str, cls: type[Payload], payload: Any) -> bool:
        """Reports the violations of a payload under the --tolerate policy, each with its kind;
        True when the policy tolerates them all."""
        assert self.policy is not None
        _, tolerated, errors = _review(cls, payload, self.policy)
        for each in tolerated:
            self._tolerated(action, unique_id, each)
        for violation, kind in errors:
            self.output.problem(
                _Problem(
                    self.file,
                    self.line,
                    action,
                    unique_id,
                    violation.code,
                    violation.path,
                    violation.message,
                    False,
                    kind,
                )
            )
        if errors:
            return False
        self.tolerated += 1
        return True

    def _tolerated(self, action: str, unique_id: str, tolerated: Tolerated) -> None:
        self.tolerated_violations += 1
        violation = tolerated.violation
        self.output.problem(
            _Problem(
                self.file,
                self.line,
                action,
                unique_id,
                violation.code,
                violation.path,
                violation.message,
                False,
                tolerated.kind,
                tolerated.repair,
            )
        )

    # -- bookkeeping ---------------------------------------------------------------------------

    def _wrong_direction(
        self, action: str, unique_id: str | None, direction: str | None, frame: str = "Call"
    ) -> bool:
        """Reports a Call sent in the direction its action is not sent in; True if it was."""
        sender = _SENT_BY.get(action)
        if direction is None or sender is None:
            return False
        sent_by = self.side if direction == "out" else "station" if self.side == "csms" else "csms"
        if sent_by == sender:
            return False
        self._bad(
            action,
            unique_id,
            WRONG_DIRECTION,
            None,
            f"{action} is sent by {_SIDE_NAMES[sender]}, but this {frame} is {direction!r} in a log "
            f"written by {_SIDE_NAMES[self.side]} (--side {self.side}), so "
            f"{_SIDE_NAMES[sent_by]} sent it",
        )
        return True

    def _remember(
        self,
        station: str | None,
        direction: str | None,
        unique_id: str,
        action: str,
        table: OrderedDict[tuple[str | None, str | None, str], str] | None = None,
    ) -> None:
        """Remembers a Call awaiting its answer (or, with `table`, a SEND or a CallResult)."""
        pending = self.pending if table is None else table
        key = (station, direction, unique_id)
        pending.pop(key, None)
        pending[key] = action
        if len(pending) > MAX_PENDING_CALLS:
            pending.popitem(last=False)

    def _answered(
        self,
        station: str | None,
        direction: str | None,
        unique_id: str,
        table: OrderedDict[tuple[str | None, str | None, str], str] | None = None,
    ) -> str | None:
        """The action of the Call a CallResult or CallError answers, forgetting that Call (or,
        with `table`, of the SEND or CallResult that the frame refers to).

        The Call of the same station (or one that names no station) and of the opposite
        direction (or one that has none; a reply without direction takes either)."""
        pending = self.pending if table is None else table
        stations = (station,) if station is None else (station, None)
        directions = (None, "out", "in") if direction is None else (_OPPOSITE[direction], None)
        for called in stations:
            for sent in directions:
                action = pending.pop((called, sent, unique_id), None)
                if action is not None:
                    return action
        return None

    @staticmethod
    def _keys(
        station: str | None, direction: str | None, unique_id: str
    ) -> list[tuple[str | None, str | None, str]]:
        """Where an answer from `station` in `direction` looks for what it answers, in order."""
        stations = (station,) if station is None else (station, None)
        directions = (None, "out", "in") if direction is None else (_OPPOSITE[direction], None)
        return [(called, sent, unique_id) for called in stations for sent in directions]

    def _count(self, action: str | None, invalid: bool) -> None:
        name = NO_NAME if action is None else action
        counts = self.actions.get(name)
        if counts is None:
            if len(self.actions) >= MAX_ACTIONS or len(name) > MAX_ACTION_NAME:
                name = OTHER_ACTIONS
                counts = self.actions.setdefault(name, [0, 0])
            else:
                counts = self.actions[name] = [0, 0]
        counts[0] += 1
        if invalid:
            counts[1] += 1
            self.invalid += 1

    def _bad(
        self, action: str | None, unique_id: str | None, code: str, path: str | None, message: str
    ) -> None:
        self.output.problem(
            _Problem(self.file, self.line, action, unique_id, code, path, message, False)
        )

    def _invalid(self, action: str | None, unique_id: str | None, code: str, message: str) -> None:
        self._bad(action, unique_id, code, None, message)
        self._count(action, True)

    def summary(self, seconds: float) -> dict[str, Any]:
        def order(name: str) -> tuple[int, str]:
            return (name in (NO_NAME, OTHER_ACTIONS), name)

        tolerated = (
            {}
            if self.policy is None
            else {TOLERATED: self.tolerated, "tolerated_violations": self.tolerated_violations}
        )
        return {
            "frames": self.frames,
            "valid": self.valid,
            "invalid": self.invalid,
            "unmatched": self.unmatched,
            **tolerated,
            "actions": {
                name: {"frames": self.actions[name][0], "invalid": self.actions[name][1]}
                for name in sorted(self.actions, key=order)
            },
            "unreadable": self.unreadable,
            "seconds": round(seconds, 6),
            "frames_per_second": round(self.frames / seconds, 1) if seconds > 0 else 0.0,
        }


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description=f"Tools for OCPP {OCPP_VERSION} ({__package__} {__version__})."
    )
    parser.add_argument(
        "--version", action="version", version=f"{__package__} {__version__} (OCPP {OCPP_VERSION})"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="check OCPP-J logs (JSON Lines) frame by frame",
        description=(
            "Check OCPP-J logs frame by frame: one frame per line, bare or as a record "
            '{"ts": ..., "station": ..., "direction": "in"|"out", "frame": [...]}. Calls are '
            "checked against their request schema and direction, CallResults against the "
            "response schema of the Call they answer (of the same station and the opposite "
            "direction). "
            + (
                "SEND frames (one-way messages) are checked as Calls and pair with nothing; a "
                "CallResultError answers an earlier CallResult from the other side. "
                if SEND is not None
                else ""
            )
            + "gzip-compressed logs are decompressed on the fly. Exit status: 0 all frames "
            "valid, 1 some frame invalid, 2 usage error, unreadable file or output that cannot be "
            "written."
        ),
    )
    validate.add_argument(
        "files", nargs="*", metavar="FILE", help="log files; '-' or none reads standard input"
    )
    validate.add_argument(
        "--json",
        action="store_true",
        help="write JSON Lines: one object per problem, then one summary object",
    )
    validate.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: only when stderr is a terminal)",
    )
    validate.add_argument(
        "--max-line-bytes",
        type=_positive,
        default=DEFAULT_MAX_LINE_BYTES,
        metavar="N",
        help=f"longer lines are reported and skipped unread (default: {DEFAULT_MAX_LINE_BYTES})",
    )
    validate.add_argument(
        "--side",
        choices=SIDES,
        default="csms",
        help=(
            'which side wrote the logs: its "out" records are what it sent (default: csms, '
            'so "in" is a frame the CSMS received from a station)'
        ),
    )
    validate.add_argument(
        "--tolerate",
        metavar="POLICY",
        help=(
            "a tolerance policy (JSON): report each payload violation with its kind, as tolerated "
            "or as an error; frames whose violations are all tolerated count as valid"
        ),
    )
    return parser


def _validate(
    args: argparse.Namespace, stdin: BinaryIO | None, stdout: TextIO, stderr: TextIO
) -> int:
    policy: Policy | None = None
    if args.tolerate is not None:
        try:
            policy = Policy.load(args.tolerate)
        except PolicyError as error:
            _say(stderr, f"{PROG} validate: --tolerate: {_printable(str(error))}")
            return 2
    show_progress = args.progress if args.progress is not None else stderr.isatty()
    progress = _Progress(stderr) if show_progress else None
    # Problems printed to the bar's terminal clear the bar first; elsewhere they leave it be.
    shared = progress if progress is not None and stdout.isatty() else None
    output: _Output = _JsonOutput(stdout, shared) if args.json else _TextOutput(stdout, shared)
    validator = _Validator(output, progress, args.max_line_bytes, args.side, policy)
    started = time.perf_counter()
    try:
        validator.run(args.files or [STDIN], stdin, stderr)
    finally:
        if progress is not None:
            progress.clear()
    output.summary(validator.summary(time.perf_counter() - started))
    stdout.flush()
    if validator.unreadable:
        return 2
    return 1 if validator.invalid else 0


def _say(stream: TextIO, text: str) -> None:
    """Writes one line of diagnostics; if the stream cannot take it, there is nobody to tell."""
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def _abandon(stdout: TextIO) -> None:
    """After a failed write: output still buffered goes nowhere, so that Python's flush at exit
    does not fail again with a message of its own."""
    try:
        stdout.flush()
    except (OSError, ValueError):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, stdout.fileno())
            finally:
                os.close(devnull)
        except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    # A standard stream whose file descriptor was closed (`<&-`, `>&-`, `2>&-`) is None in Python.
    stdin: TextIO | None = sys.stdin
    stdout: TextIO | None = sys.stdout
    stderr: TextIO | None = sys.stderr
    if stderr is None:
        return 2  # nowhere to report unreadable logs or failed writes, nor to say so
    if stdout is None:
        _say(stderr, f"{PROG} validate: cannot write the output: standard output is closed")
        return 2
    if isinstance(stdout, io.TextIOWrapper):
        stdout.reconfigure(errors="backslashreplace")
    # A closed stdin matters only if it is to be read: then it is an unreadable log.
    stdin_bytes: BinaryIO | None = getattr(stdin, "buffer", None)
    try:
        return _validate(args, stdin_bytes, stdout, stderr)
    except KeyboardInterrupt:
        _say(stderr, f"\n{PROG}: interrupted")
        return 130
    except BrokenPipeError:  # the reader went away, e.g. `| head`: end quietly
        _abandon(stdout)
        return 2
    except OSError as exc:
        _abandon(stdout)
        _say(stderr, f"{PROG} validate: cannot write the output: {exc.strerror or exc}")
        return 2
