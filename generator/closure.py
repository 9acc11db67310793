"""Stage: the matrix closure -- which messages, data types and enums the package emits."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import GeneratorError
from .model import EnumType, Message, Model, ObjectType, references


@dataclass(frozen=True)
class Selection:
    model: Model
    messages: tuple[Message, ...]  # implemented messages
    objects: tuple[ObjectType, ...]  # data types, dependencies before dependants
    enums: tuple[EnumType, ...]  # sorted by name
    used_by: dict[str, tuple[str, ...]]  # definition name -> actions that need it (all messages)
    always_included: tuple[str, ...]  # types every object may carry (2.x: CustomDataType)


def _dependencies(model: Model, obj: ObjectType) -> list[str]:
    return [ref for f in obj.fields for ref in references(f.type)]


def _reach(model: Model, message: Message) -> set[str]:
    seen: set[str] = set()
    stack = _dependencies(model, message.request)
    if message.response is not None:
        stack += _dependencies(model, message.response)
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            if name in model.objects:
                stack.extend(_dependencies(model, model.objects[name]))
    return seen


def _ordered(model: Model, names: set[str]) -> tuple[ObjectType, ...]:
    """Alphabetical, except that a type comes after the types it refers to."""
    done: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done:
            return
        if name in path:
            raise GeneratorError(
                f"recursive data types are not implemented: {' -> '.join(path + (name,))}"
            )
        for dep in sorted(set(_dependencies(model, model.objects[name]))):
            if dep in model.objects:
                visit(dep, path + (name,))
        done.append(name)

    for name in sorted(names):
        visit(name, ())
    return tuple(model.objects[n] for n in done)


def carried_by_every_object(model: Model) -> tuple[str, ...]:
    """The types every object refers to (itself apart): OCPP 2.x's CustomDataType, which any
    object may carry as customData. The package has them whatever the matrix implements."""
    objects = [
        *model.objects.values(),
        *(o for m in model.messages for o in (m.request, m.response) if o is not None),
    ]
    common: set[str] | None = None
    for obj in objects:
        refers = {ref for f in obj.fields for ref in references(f.type)} | {obj.name}
        common = refers if common is None else common & refers
    return tuple(sorted(common or ()))


def select(model: Model, everything: bool = False) -> Selection:
    used_by: dict[str, list[str]] = {}
    always = carried_by_every_object(model)
    chosen: set[str] = set(always)
    messages = []
    for message in model.messages:
        reached = _reach(model, message)
        for name in reached:
            used_by.setdefault(name, []).append(message.action)
        if everything or message.implemented:
            messages.append(message)
            chosen |= reached
    return Selection(
        model=model,
        messages=tuple(messages),
        objects=_ordered(model, {n for n in chosen if n in model.objects}),
        enums=tuple(model.enums[n] for n in sorted(chosen) if n in model.enums),
        used_by={k: tuple(sorted(v, key=str.lower)) for k, v in sorted(used_by.items())},
        always_included=always,
    )
