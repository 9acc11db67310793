"""Stage: the runtime modules, real Python in templates/runtime/, copied verbatim into the package.

They read what varies per build (OCPP_VERSION, the package name) from the generated `__init__`
at run time. `_runtime.py` declares, in `GENERATED_CODE_USES`, the names the generated modules
may import from it; the emitter takes that list from there, read here without importing it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from .errors import GeneratorError

RUNTIME_FOLDER = "runtime"
SHARED_MODULE = "_runtime.py"
DECLARATION = "GENERATED_CODE_USES"


@dataclass(frozen=True)
class Runtime:
    files: dict[str, str]  # file name in the package -> its text
    exports: tuple[str, ...]  # what the generated code may import from `._runtime`


def _declared_names(source: str, where: Path) -> tuple[str, ...]:
    for node in ast.parse(source, str(where)).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == DECLARATION and node.value is not None:  # type: ignore[attr-defined]
            names = ast.literal_eval(node.value)  # type: ignore[attr-defined]
            if isinstance(names, tuple) and all(isinstance(n, str) for n in names):
                return names
    raise GeneratorError(f"{where}: no `{DECLARATION} = (...)` tuple of names")


def load_runtime(templates: Path) -> Runtime:
    folder = templates / RUNTIME_FOLDER
    paths = sorted(folder.glob("*.py"))
    if not paths:
        raise GeneratorError(f"{folder}: no runtime modules")
    files = {path.name: path.read_text(encoding="utf-8") for path in paths}
    if SHARED_MODULE not in files:
        raise GeneratorError(f"{folder / SHARED_MODULE}: missing")
    return Runtime(files, _declared_names(files[SHARED_MODULE], folder / SHARED_MODULE))
