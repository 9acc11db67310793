"""The codec of one object type as Python statements: its checks, its decode and its wire forms.

The full check (`_check_<Type>`) is where every violation and its path come from. The other
functions build no paths and no error list; they raise on what they do not take, and the caller
then runs the full check, which says why:

- the fast check (`validate`) and the checked wire form (`to_dict`, `dumps`) take only the
  common valid form of a value (an `int` for an integer, an upper-case date-time, a member for
  an enumeration) and leave the rest, valid or not, to the full check (with, for the wire form,
  the plain wire form `_wire_<Type>` it checks);
- the decode (`from_dict`, `loads`) takes every valid payload, in whatever form, and only those:
  a payload it refuses is one the full check finds violations in.

Every name the code takes from elsewhere is recorded in the `Code` it is written into.
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
            return "float | int"  # as the wire had it; mypyc would turn an int field into a float
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
    """True when the value breaks the schema."""
    violation: str
    """The Violation to record then."""


def _scalar_guards(t: ValueType, v: str, p: str, code: Code) -> list[Guard]:
    """The tests a scalar value `v` (JSON pointer f-string `p`) must pass."""
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
            if isinstance(t, DateTimeType):
                check = f"not {use('_is_datetime')}({v})"
                guards.append(Guard(check, f"{use('_bad_datetime')}({p}, {v})"))
            return guards
        case EnumRef(name):
            members = use(f"_ENUM_{name}")
            return [
                Guard(f"not isinstance({v}, str)", f'{use("_wrong_type")}({p}, "string", {v})'),
                Guard(f"{v} not in {members}", f"{use('_not_in_enum')}({p}, {literal(name)}, {v})"),
            ]
        case IntegerType(minimum, maximum) | NumberType(minimum, maximum):
            kind = "integer" if isinstance(t, IntegerType) else "number"
            # draft-04 integers: ints only (1.0 is a number)
            test = (
                "_is_int" if isinstance(t, IntegerType) and not t.integral_floats else "_is_" + kind
            )
            guards = [
                Guard(f"not {use(test)}({v})", f"{use('_wrong_type')}({p}, {literal(kind)}, {v})")
            ]
            if minimum is not None:
                guards.append(
                    Guard(f"{v} < {minimum!r}", f"{use('_below_minimum')}({p}, {minimum!r}, {v})")
                )
            if maximum is not None:
                guards.append(
                    Guard(f"{v} > {maximum!r}", f"{use('_above_maximum')}({p}, {maximum!r}, {v})")
                )
            if isinstance(t, NumberType) and t.multiple_of is not None:
                step = ", ".join(map(str, t.multiple_of))
                guards.append(
                    Guard(
                        _not_multiple_test(t.multiple_of, v, code),
                        f"{use('_not_multiple_of')}({p}, {step}, {v})",
                    )
                )
            return guards
        case BooleanType():
            return [
                Guard(f"not isinstance({v}, bool)", f'{use("_wrong_type")}({p}, "boolean", {v})')
            ]
        case AnyType() | ObjectRef() | ArrayType():
            raise AssertionError(f"{t} is not a scalar")
        case _:
            assert_never(t)


def _not_multiple_test(step: tuple[int, int], v: str, code: Code) -> str:
    """True when the number `v` is no whole multiple of `step` (numerator, denominator)."""
    return f"not {code.use('_is_multiple_of')}({v}, {step[0]}, {step[1]})"


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
            for guard in _scalar_guards(t, v, p, code):
                with chain.branch(guard.test):
                    _record(code, guard.violation)


def _field_path(f: Field) -> str:
    return "{path}/" + escape_pointer(f.wire).replace("{", "{{").replace("}", "}}")


def _object_start(code: Code, obj: ObjectType) -> None:
    with code.block("if not isinstance(value, dict):"):
        _record(code, f"{code.use('_not_an_object')}(path, value)")
        code.line("return")


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
    _object_start(code, obj)
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
    """Body of `_wire_<Type>(value)`: the instance as a JSON-ready dict (not yet checked). Its
    parameter is typed Any: it writes whatever the fields hold, and compiled, reading a field of
    a Python class through a typed parameter would refuse a value of the wrong type."""
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


# --- the functions without paths ------------------------------------------------------------


def _give_up(code: Code, test: str) -> None:
    with code.block(f"if {test}:"):
        code.line(f"raise {code.use('_Fallback')}")


def _bound_tests(v: str, minimum: int | float | None, maximum: int | float | None) -> str:
    tests = []
    if minimum is not None:
        tests.append(f"{v} < {minimum!r}")
    if maximum is not None:
        tests.append(f"{v} > {maximum!r}")
    return " or ".join(tests)


def _length_tests(t: ArrayType, v: str) -> str:
    tests = []
    if t.min_items is not None:
        tests.append(f"len({v}) < {t.min_items}")
    if t.max_items is not None:
        tests.append(f"len({v}) > {t.max_items}")
    return " or ".join(tests)


def _fast_scalar_test(t: ValueType, v: str, code: Code) -> str | None:
    """True when the scalar `v` is not in the common valid form of `t` (enumerations and
    date-times excepted: their lookup or parse refuses the rest)."""
    match t:
        case StringType(max_length) | DateTimeType(max_length):
            test = f"type({v}) is not str"
            return test if max_length is None else f"{test} or len({v}) > {max_length}"
        case IntegerType(minimum, maximum) | NumberType(minimum, maximum):
            if isinstance(t, IntegerType):
                test = f"type({v}) is not int"
            else:
                test = f"(type({v}) is not float and type({v}) is not int)"
            bounds = _bound_tests(v, minimum, maximum)
            if isinstance(t, NumberType) and t.multiple_of is not None:
                multiple = _not_multiple_test(t.multiple_of, v, code)
                bounds = f"{bounds} or {multiple}" if bounds else multiple
            return f"{test} or {bounds}" if bounds else test
        case BooleanType():
            return f"{v} is not True and {v} is not False"
        case EnumRef() | AnyType() | ObjectRef() | ArrayType():
            return None
        case _:
            assert_never(t)


def _fast_array_test(t: ArrayType, v: str) -> str:
    lengths = _length_tests(t, v)
    return f"type({v}) is not list or {lengths}" if lengths else f"type({v}) is not list"


def write_fast_check(code: Code, t: ValueType, v: str, depth: int) -> None:
    """Statements that raise unless `v` is a value of `t` in its common form."""
    match t:
        case AnyType():
            return
        case ObjectRef(name):
            code.line(f"{code.use('_fast_check_' + name)}({v})")
        case EnumRef(name):
            _give_up(code, f"{v} not in {code.use('_ENUM_' + name)}")
        case DateTimeType():
            _give_up(code, _fast_scalar_test(t, v, code) or "")
            code.line(f"{code.use('_fast_datetime')}({v})")
        case ArrayType(item):
            _give_up(code, _fast_array_test(t, v))
            if not isinstance(item, AnyType):
                with code.block(f"for item{depth} in {v}:"):
                    write_fast_check(code, item, f"item{depth}", depth + 1)
        case _:
            _give_up(code, _fast_scalar_test(t, v, code) or "")


def write_decode(code: Code, t: ValueType, v: str, depth: int, store: Store, tag: str) -> None:
    """Statements that hand the Python form of `v` to `store` if it is a valid value of `t`, in
    whatever form (a wire `1.0` for an integer becomes 1), and raise otherwise. `tag` (the field
    name) keeps the temporaries of each field apart, so that each has one type."""
    match t:
        case AnyType():
            code.line(store(v))
        case ObjectRef(name):
            code.line(store(f"{code.use('_decode_' + name)}({v})"))
        case EnumRef(name):
            code.line(store(f"{code.use('_ENUM_' + name)}[{v}]"))  # a KeyError if no member
        case StringType(max_length) | DateTimeType(max_length):
            test = f"not isinstance({v}, str)"
            _give_up(code, test if max_length is None else f"{test} or len({v}) > {max_length}")
            if isinstance(t, StringType):
                code.line(store(v))
            else:
                code.line(store(f"{code.use('_decode_datetime')}({v})"))
        case IntegerType(minimum, maximum, integral_floats):
            with code.block(f"if type({v}) is not int:"):
                # 1.0 is an integer where the draft says so, and becomes 1; an int subclass an int
                code.line(f"{v} = {code.use('_integer' if integral_floats else '_int')}({v})")
            bounds = _bound_tests(v, minimum, maximum)
            if bounds:
                _give_up(code, bounds)
            code.line(store(v))
        case NumberType(minimum, maximum, multiple_of):
            number = f"type({v}) is not float and type({v}) is not int"
            _give_up(code, f"{number} and not {code.use('_is_number')}({v})")
            bounds = _bound_tests(v, minimum, maximum)
            if multiple_of is not None:
                multiple = _not_multiple_test(multiple_of, v, code)
                bounds = f"{bounds} or {multiple}" if bounds else multiple
            if bounds:
                _give_up(code, bounds)
            code.line(store(v))
        case BooleanType():
            _give_up(code, f"{v} is not True and {v} is not False")
            code.line(store(v))
        case ArrayType(item):
            with code.block(f"if type({v}) is not list:"):
                code.line(f"{v} = {code.use('_as_list')}({v})")
            lengths = _length_tests(t, v)
            if lengths:
                _give_up(code, lengths)
            each = f"item{depth}"
            match item:
                case AnyType():
                    code.line(store(f"list({v})"))
                case ObjectRef(name):
                    code.line(store(f"[{code.use('_decode_' + name)}({each}) for {each} in {v}]"))
                case EnumRef(name):
                    code.line(store(f"[{code.use('_ENUM_' + name)}[{each}] for {each} in {v}]"))
                case _:
                    items = f"items_{tag}{depth}"
                    code.line(f"{items}: list[{annotation(item, code)}] = []")
                    with code.block(f"for {each} in {v}:"):
                        keep = f"{items}.append({{}})".format
                        write_decode(code, item, each, depth + 1, keep, tag)
                    code.line(store(items))
        case _:
            assert_never(t)


def _object_read(code: Code, obj: ObjectType, exact: bool) -> None:
    """The start of a function reading the object `value`: only a dict (`exact`), or any dict,
    a subclass copied into one."""
    if exact:
        _give_up(code, "type(value) is not dict")
    else:
        with code.block("if type(value) is not dict:"):
            code.line(f"value = {code.use('_as_dict')}(value)")
    code.line(f"found = {sum(1 for f in obj.fields if f.required)}")


def _read_fields(
    code: Code,
    obj: ObjectType,
    each: Callable[[Field, str], None],
    absent_store: Callable[[Field], str | None],
) -> None:
    """Reads every field's property from `value` and counts those present: `each(field, item)`
    writes what to do with a present value, `absent_store(field)` the statement for an absent
    optional one (or None). Required properties are read by subscription (a KeyError when
    missing); `None` is no value of an optional typed field, so `get` tells absence apart."""
    for f in obj.fields:
        wire = literal(f.wire)
        if isinstance(f.type, AnyType):
            if f.required:
                _give_up(code, f"{wire} not in value")
                each(f, f"value[{wire}]")
                continue
            with code.block(f"if {wire} in value:"):
                code.line("found += 1")
                each(f, f"value[{wire}]")
            otherwise = absent_store(f)
            if otherwise is not None:
                with code.block("else:"):
                    code.line(otherwise)
            continue
        if f.required:
            code.line(f"item = value[{wire}]")
            each(f, "item")
            continue
        code.line(f"item = value.get({wire})")
        with code.block("if item is not None:"):
            code.line("found += 1")
            each(f, "item")
        otherwise = absent_store(f)
        if otherwise is not None:
            with code.block("else:"):
                code.line(otherwise)


def _object_end(code: Code, obj: ObjectType) -> None:
    """Every declared property present was counted: were there others, or a declared one
    holding None (which `get` took for absent)?"""
    if not obj.extensible:
        _give_up(code, "len(value) != found")
    else:  # others are extension properties; the declared ones must all have been counted
        keys = code.use(f"_KEYS_{obj.name}")
        _give_up(code, f"len(value) != found and len({keys}.intersection(value)) != found")


def fast_check_body(obj: ObjectType) -> Code:
    """Body of `_fast_check_<Type>(value)`: returns when `value` is valid in its common form,
    raises otherwise (then `_check_<Type>` decides)."""
    code = Code()
    _object_read(code, obj, exact=True)

    def each(f: Field, item: str) -> None:
        write_fast_check(code, f.type, item, 1)

    _read_fields(code, obj, each, lambda f: None)
    _object_end(code, obj)
    return code


def decode_body(obj: ObjectType, compiled: bool) -> Code:
    """Body of `_decode_<Type>(value)`: the instance of a valid `value`; raises otherwise (then
    `_check_<Type>` says why). The instance is made without __init__, whose keyword arguments
    cost more than setting the fields; but a class the compiled build compiles (`compiled`: a
    data type, which has an `__init__` of its own) is made there with it, called natively."""
    code = Code()
    _object_read(code, obj, exact=False)

    def each(f: Field, item: str) -> None:
        write_decode(code, f.type, item, 1, f"f_{f.name} = {{}}".format, f.name)

    _read_fields(code, obj, each, lambda f: f"f_{f.name} = {absent(f.type, code)}")
    _object_end(code, obj)
    names = [f.name for f in obj.fields]
    if obj.extensible:
        names.append("extra_properties")
        keys = code.use(f"_KEYS_{obj.name}")
        with code.block("if len(value) == found:"):
            code.line("f_extra_properties = {}")
        with code.block("else:"):
            code.line(
                f"f_extra_properties = {{key: item for key, item in value.items() if key not in {keys}}}"
            )
    if compiled:
        with code.block(f"if {code.use('COMPILED')}:"):
            with code.block(f"return {obj.name}("):
                for name in names:
                    code.line(f"{name}=f_{name},")
            code.line(")")
    # `__new__` of the class itself: the message classes of the compiled build derive from a
    # compiled class, whose `__new__` it is (`object.__new__` refuses them)
    code.line(f"made = {obj.name}.__new__({obj.name})")
    for name in names:
        code.line(f"made.{name} = f_{name}")
    code.line("return made")
    return code


def write_fast_wire(code: Code, t: ValueType, e: str, depth: int, store: Store, tag: str) -> None:
    """Statements that check the Python value `e` of a field of type `t` and hand its wire form
    to `store`, or raise."""
    match t:
        case AnyType():
            code.line(store(e))  # the encoder refuses what JSON text cannot carry
        case ObjectRef(name):
            code.line(store(f"{code.use('_fast_wire_' + name)}({e})"))
        case EnumRef(name):
            _give_up(code, f"type({e}) is not {code.use(name)}")
            code.line(store(f"{e}._value_"))
        case DateTimeType(max_length):
            if max_length is None:
                code.line(store(f"{code.use('_wire_datetime')}({e})"))
            else:
                text = f"text_{tag}{depth}"
                code.line(f"{text} = {code.use('_wire_datetime')}({e})")
                _give_up(code, f"len({text}) > {max_length}")
                code.line(store(text))
        case ArrayType(item):
            _give_up(code, _fast_array_test(t, e))
            each = f"item{depth}_{tag}"  # its own name per field: each has the type of its items
            match item:
                case AnyType():
                    code.line(store(f"list({e})"))
                case ObjectRef(name):
                    code.line(
                        store(f"[{code.use('_fast_wire_' + name)}({each}) for {each} in {e}]")
                    )
                case _:
                    items = f"items_{tag}{depth}"
                    code.line(f"{items}: list[{code.use('Any')}] = []")
                    with code.block(f"for {each} in {e}:"):
                        write_fast_wire(
                            code, item, each, depth + 1, f"{items}.append({{}})".format, tag
                        )
                    code.line(store(items))
        case _:
            _give_up(code, _fast_scalar_test(t, e, code) or "")
            code.line(store(e))


def fast_wire_body(obj: ObjectType, typed_reads: bool) -> Code:
    """Body of `_fast_wire_<Type>(value)`: the wire form of a valid instance, each value checked
    as it is converted; raises otherwise (then `_wire_<Type>` and `_check_<Type>` decide).

    For the compiled build: the fields' values are held as `object`, so that mypyc checks their
    types at run time as written, rather than trusting the annotations or unboxing an `int`
    (which would make True 1); and the fields of a class that stays a Python class there (a
    message class, `typed_reads` False) are read untyped, as a typed read unboxes too."""
    code = Code()
    _give_up(code, f"type(value) is not {code.use(obj.name)}")
    source = "value"
    if not typed_reads:
        source = "fields"
        code.line(f"fields: {code.use('Any')} = value")
    required = [f for f in obj.fields if f.required]
    for f in required:
        code.line(f"v_{f.name}: object = {source}.{f.name}")
        write_fast_wire(code, f.type, f"v_{f.name}", 1, f"w_{f.name} = {{}}".format, f.name)
    with code.block(f"wire: dict[str, {code.use('Any')}] = {{"):
        for f in required:
            code.line(f"{literal(f.wire)}: w_{f.name},")
    code.line("}")
    for f in obj.fields:
        if f.required:
            continue
        item = f"v_{f.name}"
        code.line(f"{item}: object = {source}.{f.name}")
        with code.block(f"if {item} is not {absent(f.type, code)}:"):
            store = f"wire[{literal(f.wire)}] = {{}}".format
            write_fast_wire(code, f.type, item, 1, store, f.name)
    if obj.extensible:
        keys = code.use("_KEYS_" + obj.name)
        code.line(f"extensions: object = {source}.extra_properties")
        _give_up(code, "type(extensions) is not dict")
        with code.block("if extensions:"):
            _give_up(code, f"not {keys}.isdisjoint(extensions)")
            code.line("wire.update(extensions)")
    code.line("return wire")
    return code
