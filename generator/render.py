"""Stage: render the templates and format the Python output with black (in-process)."""

from __future__ import annotations

from pathlib import Path

import black
import jinja2
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .emit import Views
from .errors import GeneratorError
from .report import Report

# Output path (relative to the output folder, {package} filled in) -> template.
PACKAGE_FILES = (
    ("{package}/__init__.py", "__init__.py.j2"),
    ("{package}/_runtime.py", "_runtime.py.j2"),
    ("{package}/enums.py", "enums.py.j2"),
    ("{package}/datatypes.py", "datatypes.py.j2"),
    ("{package}/messages.py", "messages.py.j2"),
    ("{package}/rpc.py", "rpc.py.j2"),
    ("{package}/py.typed", None),
)
# Markdown beside the package: the support report and the distribution's long description.
REPORT_FILES = (("SUPPORT.md", "SUPPORT.md.j2"), ("README.md", "README.md.j2"))
_BLACK_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)


def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    return env


def format_python(source: str, name: str) -> str:
    try:
        return black.format_str(source, mode=_BLACK_MODE)
    except InvalidInput as exc:  # a template or emitter bug, never user input
        raise GeneratorError(f"{name}: generated code does not parse: {exc}") from None


def render(views: Views, report: Report, templates: Path) -> dict[str, str]:
    """Relative output path -> file text."""
    env = _environment(templates)
    files: dict[str, str] = {}
    for target, template in PACKAGE_FILES:
        path = target.format(package=views.package)
        if template is None:
            files[path] = ""
            continue
        try:
            source = env.get_template(template).render(v=views)
        except jinja2.TemplateError as exc:
            raise GeneratorError(f"{templates / template}: {exc}") from None
        files[path] = format_python(source, path)
    for target, template in REPORT_FILES:
        files[target] = env.get_template(template).render(r=report)
    return files
