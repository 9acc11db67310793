"""A small writer of Python source: statements line by line, blocks that indent, and a record of
every name the code takes from elsewhere, so that imports follow from what was written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

INDENT = "    "


class Code:
    """The body of one function (or any run of statements), indented relative to it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: set[str] = set()
        """Names the statements use that must come from outside them (imports, module globals)."""
        self._depth = 0

    def use(self, name: str) -> str:
        """`name`, recorded as used: write `f"{code.use('_missing')}(path, key)"`."""
        self.names.add(name)
        return name

    def line(self, text: str) -> None:
        self.lines.append(INDENT * self._depth + text)

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        """`header` (an `if ...:`, `for ...:`, `else:`), then the statements written inside, indented."""
        self.line(header)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1


class Chain:
    """An if / elif / else chain, written into `code` one branch at a time."""

    def __init__(self, code: Code) -> None:
        self.code = code
        self._open = False

    def branch(self, test: str) -> AbstractContextManager[None]:
        """The next `if` or `elif` branch."""
        header = f"{'elif' if self._open else 'if'} {test}:"
        self._open = True
        return self.code.block(header)

    @contextmanager
    def otherwise(self) -> Iterator[None]:
        """The `else` branch; with no branch before it, the statements stand on their own."""
        if self._open:
            with self.code.block("else:"):
                yield
        else:
            yield
