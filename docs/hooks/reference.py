"""mkdocs hook: the pages the site takes from the repository at build time.

- the reference of messages, data types and enumerations, from the generated package
  (`tools/api_reference.py`), and the messages in the navigation under Reference;
- the support report (generated/SUPPORT.md), the benchmark results (benchmarks/RESULTS.md with
  its chart) and the changelog (CHANGELOG.md), as they are committed.

So no page of the site repeats by hand what the build or a make target writes.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[2]

# page under docs/ -> file of the repository it shows
COPIED = {
    "guides/benchmark-results.md": ROOT / "benchmarks" / "RESULTS.md",
    "guides/results.png": ROOT / "benchmarks" / "results.png",
    "changelog.md": ROOT / "CHANGELOG.md",
}
MESSAGES_TITLE = "Messages"


def _modules() -> tuple[ModuleType, ModuleType]:
    """tools.api_reference and the generated package of this checkout. (mkdocs puts sys.path
    back after loading a hook, so the paths go in when the events run.)"""
    for path in (ROOT, ROOT / "generated"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    return importlib.import_module("tools.api_reference"), importlib.import_module("ocpp201")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Put the message pages in the navigation, where the Reference section says `Messages`."""
    for section in config.nav or []:
        if isinstance(section, dict) and "Reference" in section:
            items = section["Reference"]
            for index, item in enumerate(items):
                if item == {MESSAGES_TITLE: "reference/messages/index.md"}:
                    api_reference, package = _modules()
                    items[index] = {MESSAGES_TITLE: api_reference.message_nav(package)}
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    api_reference, package = _modules()
    for uri, markdown in api_reference.pages(package).items():
        files.append(File.generated(config, uri, content=markdown))
    for uri, source in COPIED.items():
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    # the support report's tables keep directions such as ChargingStation->CSMS on one line
    support = (ROOT / "generated" / "SUPPORT.md").read_text(encoding="utf-8")
    wrapped = f'<div class="support" markdown>\n\n{support}\n</div>\n'
    files.append(File.generated(config, "reference/support.md", content=wrapped))
    return files
