"""Stage: render the templates (the Python modules are then formatted by the format stage)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from .emit import Views
from .errors import GeneratorError
from .format import format_sources
from .report import Report
from .runtime import Runtime

# Output path (relative to the output folder, {package} filled in) -> template; the runtime
# modules (templates/runtime/) join them as they are.
PACKAGE_FILES = (
    ("{package}/__init__.py", "__init__.py.j2"),
    ("{package}/enums.py", "enums.py.j2"),
    ("{package}/datatypes.py", "datatypes.py.j2"),
    ("{package}/messages.py", "messages.py.j2"),
    ("{package}/_codec.py", "_codec.py.j2"),
    ("{package}/ocpp_j.py", "ocpp_j.py.j2"),
    ("{package}/py.typed", None),
)
# Markdown beside the package: the support report and the distribution's long description.
REPORT_FILES = (("SUPPORT.md", "SUPPORT.md.j2"), ("README.md", "README.md.j2"))


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


def render(views: Views, report: Report, templates: Path, runtime: Runtime) -> dict[str, str]:
    """Relative output path -> file text; the runtime modules are copied as they are."""
    env = _environment(templates)
    files: dict[str, str] = {}
    sources: dict[str, str] = {}
    for target, template in PACKAGE_FILES:
        path = target.format(package=views.package)
        if template is None:
            files[path] = ""
            continue
        try:
            source = env.get_template(template).render(v=views)
        except jinja2.TemplateError as exc:
            raise GeneratorError(f"{templates / template}: {exc}") from None
        sources[path] = source
    files.update(format_sources(sources))
    for name, text in runtime.files.items():
        files[f"{views.package}/{name}"] = text
    for target, template in REPORT_FILES:
        files[target] = env.get_template(template).render(r=report)
    return files
