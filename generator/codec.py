"""The codec of one object type as Python statements: its check, its decode and its wire form.

One description per kind of value (`_scalar_guards`: the tests that find a violation, and the
value once none did) serves both the check and the decode functions; they differ only in what
they do with a valid value (the check ignores it, the decode keeps it). Every name the code
takes from elsewhere is recorded in the `Code` it is written into.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import assert_never

from .code import Chain, Code
from .load import escape_pointer
from .model import (
    AnyType,
    ArrayType,
    BooleanType,
    DateTimeType,
    EnumRef,
    Field,
    IntegerType,
    NumberType,
    ObjectRef,
    ObjectType,
    StringType,
    ValueType,
)

Store = Callable[[str], str]
"""Given the expression of a decoded value, the statement that keeps it."""


def literal(text: str) -> str:
    return repr(text)


def annotation(t: ValueType, code: Code) -> str:
    """The Python annotation of a value of type `t`."""
    match t:
        case StringType():
            return "str"
        case DateTimeType():
            return code.use("datetime")
        case IntegerType():
            return "int"
        case NumberType():
            return "float"
        case BooleanType():
            return "bool"
        case AnyType():
            return code.use("Any")
        case EnumRef(name) | ObjectRef(name):
            return code.use(name)
        case ArrayType(item):
            return f"list[{annotation(item, code)}]"
        case _:
            assert_never(t)


def absent(t: ValueType, code: Code) -> str:
    """What an optional field holds when its property is absent: None, unless None is a value."""
    return code.use("ABSENT") if isinstance(t, AnyType) else "None"


@dataclass(frozen=True)
class Guard:
    test: str
    """True when the value breaks the schema (as a check function writes it)."""
    violation: str
    """The Violation to record then."""
    binding_test: str | None = None
    """The same test as a decode function writes it: it also binds the decoded value."""


def _scalar_guards(
    t: ValueType, v: str, p: str, decoded: str, code: Code
) -> tuple[list[Guard], str]:
    """The tests a scalar value `v` (JSON pointer f-string `p`) must pass, and the expression of
    its Python value once it passed them; `decoded` names the temporary a binding test sets."""
    use = code.use
    match t:
        case StringType(max_length) | DateTimeType(max_length):
            guards = [
                Guard(f"not isinstance({v}, str)", f'{use("_wrong_type")}({p}, "string", {v})')
            ]
            if max_length is not None:
                guards.append(
                    Guard(f"len({v}) > {max_length}", f"{use('_too_long')}({p}, {max_length}, {v})")
                )
            if isinstance(t, StringType):
                return guards, v
            check = f"not {use('_is_datetime')}({v})"
            binding = f"({decoded} := {use('_datetime_or_none')}({v})) is None"
            guards.append(Guard(check, f"{use('_bad_datetime')}({p}, {v})", binding))
            return guards, decoded
        case EnumRef(name):
            members = use(f"_ENUM_{name}")
            return [
                Guard(f"not isinstance({v}, str)", f'{use("_wrong_type")}({p}, "string", {v})'),
                Guard(
                    f"{v} not in {members}",
                    f"{use('_not_in_enum')}({p}, {literal(name)}, {v})",
                    f"({decoded} := {members}.get({v})) is None",
                ),
            ], decoded
        case IntegerType(minimum, maximum) | NumberType(minimum, maximum):
            kind = "integer" if isinstance(t, IntegerType) else "number"
            guards = [
                Guard(
                    f"not {use('_is_' + kind)}({v})",
                    f"{use('_wrong_type')}({p}, {literal(kind)}, {v})",
                )
            ]
            if minimum is not None:
                guards.append(
                    Guard(f"{v} < {minimum!r}", f"{use('_below_minimum')}({p}, {minimum!r}, {v})")
                )
            if maximum is not None:
                guards.append(
                    Guard(f"{v} > {maximum!r}", f"{use('_above_maximum')}({p}, {maximum!r}, {v})")
                )
            # a wire 1.0 is an integer: it becomes 1
            return guards, (f"{v} if type({v}) is int else int({v})" if kind == "integer" else v)
        case BooleanType():
            return [
                Guard(f"not isinstance({v}, bool)", f'{use("_wrong_type")}({p}, "boolean", {v})')
            ], v
        case AnyType() | ObjectRef() | ArrayType():
            raise AssertionError(f"{t} is not a scalar")
        case _:
            assert_never(t)


def _record(code: Code, violation: str) -> None:
    code.line(f"errors.append({violation})")


def _length_checks(code: Code, t: ArrayType, v: str, p: str) -> None:
    if t.min_items is not None:
        with code.block(f"if len({v}) < {t.min_items}:"):
            _record(code, f"{code.use('_too_few')}({p}, {t.min_items}, {v})")
    if t.max_items is not None:
        with code.block(f"if len({v}) > {t.max_items}:"):
            _record(code, f"{code.use('_too_many')}({p}, {t.max_items}, {v})")


def write_check(chain: Chain, t: ValueType, v: str, path: str, depth: int) -> None:
    """Continue `chain` with branches that record every violation of `t` by the value `v`;
    `path` is the f-string text of its JSON pointer, e.g. `{path}/meterValue/{index1}`."""
    code, p = chain.code, "f" + literal(path)
    match t:
        case AnyType():
            return
        case ObjectRef(name):
            with chain.otherwise():
                code.line(f"{code.use('_check_' + name)}({v}, {p}, errors)")
        case ArrayType(item):
            with chain.branch(f"not isinstance({v}, list)"):
                _record(code, f'{code.use("_wrong_type")}({p}, "array", {v})')
            if t.min_items is None and t.max_items is None and isinstance(item, AnyType):
                return  # any list will do
            with chain.otherwise():
                _length_checks(code, t, v, p)
                if not isinstance(item, AnyType):
                    index = f"index{depth}"
                    with code.block(f"for {index}, item{depth} in enumerate({v}):"):
                        write_check(
                            Chain(code), item, f"item{depth}", f"{path}/{{{index}}}", depth + 1
                        )
        case _:
            guards, _ = _scalar_guards(t, v, p, "", code)
            for guard in guards:
                with chain.branch(guard.test):
                    _record(code, guard.violation)


def write_decode(
    chain: Chain, t: ValueType, v: str, path: str, depth: int, store: Store, tag: str
) -> None:
    """Like `write_check`, and also hand the value's Python form to `store`. The value is kept even
    when invalid, as the caller discards the result once `errors` grew. `tag` (the field name)
    keeps the temporaries of each field apart, so that each has one type."""
    code, p = chain.code, "f" + literal(path)
    match t:
        case AnyType():
            with chain.otherwise():
                code.line(store(v))
        case ObjectRef(name):
            with chain.otherwise():
                code.line(store(f"{code.use('_decode_' + name)}({v}, {p}, errors)"))
        case ArrayType(item):
            with chain.branch(f"not isinstance({v}, list)"):
                _record(code, f'{code.use("_wrong_type")}({p}, "array", {v})')
            with chain.otherwise():
                _length_checks(code, t, v, p)
                if isinstance(item, AnyType):
                    code.line(store(f"list({v})"))
                    return
                items, index = f"items_{tag}{depth}", f"index{depth}"
                code.line(f"{items}: list[{annotation(item, code)}] = []")
                with code.block(f"for {index}, item{depth} in enumerate({v}):"):
                    keep = f"{items}.append({{}})".format
                    write_decode(
                        Chain(code),
                        item,
                        f"item{depth}",
                        f"{path}/{{{index}}}",
                        depth + 1,
                        keep,
                        tag,
                    )
                code.line(store(items))
        case _:
            guards, value = _scalar_guards(t, v, p, f"decoded_{tag}{depth}", code)
            for guard in guards:
                with chain.branch(guard.binding_test or guard.test):
                    _record(code, guard.violation)
            with chain.otherwise():
                code.line(store(value))


def _field_path(f: Field) -> str:
    return "{path}/" + escape_pointer(f.wire).replace("{", "{{").replace("}", "}}")


def _object_start(code: Code, obj: ObjectType, failed: str) -> None:
    with code.block("if not isinstance(value, dict):"):
        _record(code, f"{code.use('_not_an_object')}(path, value)")
        code.line(failed)


def _unknown_keys(code: Code, obj: ObjectType) -> None:
    if obj.extensible:
        return
    keys = code.use(f"_KEYS_{obj.name}")
    with code.block(f"if not {keys}.issuperset(value):"):
        with code.block("for key in value:"):
            with code.block(f"if key not in {keys}:"):
                _record(code, f"{code.use('_unknown_property')}(path, key)")


def check_body(obj: ObjectType) -> Code:
    """Body of `_check_<Type>(value, path, errors)`: records every violation, keeps nothing."""
    code = Code()
    _object_start(code, obj, "return")
    _unknown_keys(code, obj)
    for f in obj.fields:
        wire = literal(f.wire)
        missing = f"{code.use('_missing')}(path, {wire})"
        if isinstance(f.type, AnyType):
            if f.required:
                with code.block(f"if {wire} not in value:"):
                    _record(code, missing)
            continue
        code.line(f"item = value.get({wire}, {code.use('ABSENT')})")
        if f.required:
            chain = Chain(code)
            with chain.branch("item is ABSENT"):
                _record(code, missing)
            write_check(chain, f.type, "item", _field_path(f), 1)
        else:
            with code.block("if item is not ABSENT:"):
                write_check(Chain(code), f.type, "item", _field_path(f), 1)
    return code


def decode_body(obj: ObjectType) -> Code:
    """Body of `_decode_<Type>(value, path, errors)`: checks while it builds the instance."""
    code = Code()
    failed = f"return {code.use('_invalid')}({obj.name})"
    _object_start(code, obj, failed)
    code.line("count = len(errors)")
    _unknown_keys(code, obj)
    for f in obj.fields:
        wire, local = literal(f.wire), f"f_{f.name}"
        code.line(f"item = value.get({wire}, {code.use('ABSENT')})")
        chain = Chain(code)
        with chain.branch("item is ABSENT"):
            if f.required:
                _record(code, f"{code.use('_missing')}(path, {wire})")
            else:
                code.line(f"{local} = {absent(f.type, code)}")
        write_decode(chain, f.type, "item", _field_path(f), 1, f"{local} = {{}}".format, f.name)
    with code.block("if len(errors) != count:"):
        code.line(failed)
    with code.block(f"return {obj.name}("):
        for f in obj.fields:
            code.line(f"{f.name}=f_{f.name},")
        if obj.extensible:
            keys = code.use(f"_KEYS_{obj.name}")
            code.line(
                f"extra_properties={{key: item for key, item in value.items() if key not in {keys}}},"
            )
    code.line(")")
    return code


def _wire_expr(t: ValueType, e: str, depth: int, code: Code) -> str:
    """Expression turning the Python value `e` into its wire form (checked afterwards)."""
    match t:
        case StringType() | IntegerType() | NumberType() | BooleanType() | AnyType():
            return e  # the Python value is its own wire form
        case DateTimeType():
            return f"{code.use('_format_datetime')}({e})"
        case EnumRef(name):
            return f"({e}._value_ if isinstance({e}, {code.use(name)}) else {e})"
        case ObjectRef(name):
            return (
                f"({code.use('_wire_' + name)}({e}) if isinstance({e}, {code.use(name)}) else {e})"
            )
        case ArrayType(item):
            if isinstance(item, (StringType, IntegerType, NumberType, BooleanType, AnyType)):
                return f"(list({e}) if isinstance({e}, list) else {e})"
            each = f"item{depth}"
            return f"([{_wire_expr(item, each, depth + 1, code)} for {each} in {e}] if isinstance({e}, list) else {e})"
        case _:
            assert_never(t)


def wire_body(obj: ObjectType) -> Code:
    """Body of `_wire_<Type>(value)`: the instance as a JSON-ready dict (not yet checked)."""
    code = Code()
    with code.block(f"wire: dict[str, {code.use('Any')}] = {{"):
        for f in obj.fields:
            if f.required:
                code.line(f"{literal(f.wire)}: {_wire_expr(f.type, 'value.' + f.name, 1, code)},")
    code.line("}")
    for f in obj.fields:
        if not f.required:
            with code.block(f"if value.{f.name} is not {absent(f.type, code)}:"):
                code.line(
                    f"wire[{literal(f.wire)}] = {_wire_expr(f.type, 'value.' + f.name, 1, code)}"
                )
    if obj.extensible:
        extend = code.use("_with_extensions")
        keys = code.use("_KEYS_" + obj.name)
        code.line(f"return {extend}(value, wire, value.extra_properties, {keys})")
    else:
        code.line("return wire")
    return code
