"""The two builds of ocpp201, from the same generated source (pyproject.toml has the rest).

`python -m build` makes the pure wheel (py3-none-any). With OCPP201_COMPILED=1 it makes a wheel
for this platform in which mypyc has compiled COMPILED_MODULES to C extensions (`make dist`
makes both). Neither depends on anything at run time; compiling needs mypy (the `dev` extra)
and a C compiler with the Python headers.
"""

from __future__ import annotations

import os

from setuptools import setup

PACKAGE_DIR = "generated/ocpp201"
COMPILED_MODULES = ("_runtime", "_codec", "datatypes")
"""What decoding, checking and encoding run through. The rest stays Python: the package
`__init__` (mypyc cannot compile its star imports) and `messages` (mypyc cannot make a dataclass
of a native class deriving from Generic, which a `Request[...]` is; one instance per message, so
little is lost), the enumerations (mypyc keeps Enum classes Python classes anyway), and rpc,
the sessions, the websockets adapter and the command line."""


def compiled_extensions() -> list[object]:
    from mypyc.build import mypycify

    return list(
        mypycify(
            [f"{PACKAGE_DIR}/{name}.py" for name in COMPILED_MODULES],
            opt_level="3",
            debug_level="0",
            group_name="ocpp201",
        )
    )


if __name__ == "__main__":
    setup(ext_modules=compiled_extensions() if os.environ.get("OCPP201_COMPILED") == "1" else [])
