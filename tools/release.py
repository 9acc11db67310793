"""Reproducible distributions: what `make dist` runs after setuptools has built the sdist.

    python tools/release.py normalize-sdist dist/ocpp201-2.0.1.0.tar.gz
    python tools/release.py summary dist

setuptools writes the sdist's members with each file's own modification time, owner and mode,
in the order the file system lists them, and gzip stamps the time of writing, so two clones of
one commit give different archives. `normalize-sdist` rewrites it: members sorted by name, every
time SOURCE_DATE_EPOCH, owner and group 0 with no names, mode 0644 (0755 for directories and
executables), and the gzip header the same time and no file name. The wheel is then built from
that sdist; wheel building already takes its times from SOURCE_DATE_EPOCH, and its modes come
from the normalised sdist, so it needs nothing more. `summary` prints what was built with the
SHA-256 of each file, in `sha256sum` format.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import sys
import tarfile
import time
from pathlib import Path


class ReleaseError(Exception):
    """Something that stops the release step, said in one line."""


def source_date_epoch() -> int:
    text = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not text.isdigit():
        raise ReleaseError(
            f"SOURCE_DATE_EPOCH must be set to whole seconds since 1970 (it is {text!r}); "
            "make dist sets it from the last commit"
        )
    return int(text)


def _normalized(member: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    if not (member.isdir() or member.isfile()):
        raise ReleaseError(f"{member.name}: only files and folders belong in the sdist")
    member.mtime = epoch
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    executable = member.isdir() or member.mode & 0o111
    member.mode = 0o755 if executable else 0o644
    member.pax_headers = {}
    return member


def normalize_sdist(path: Path, epoch: int) -> None:
    """Rewrite the .tar.gz at `path` in place, depending on nothing but its content and `epoch`."""
    with tarfile.open(path, "r:gz") as source:
        members = sorted(source.getmembers(), key=lambda member: member.name)
        contents = {
            member.name: source.extractfile(member).read()  # type: ignore[union-attr]
            for member in members
            if member.isfile()
        }
    tar_bytes = io.BytesIO()
    with tarfile.open(fileobj=tar_bytes, mode="w", format=tarfile.PAX_FORMAT) as target:
        for member in members:
            member = _normalized(member, epoch)
            data = contents.get(member.name)
            target.addfile(member, None if data is None else io.BytesIO(data))
    staged = path.with_name(f".{path.name}.tmp")
    with staged.open("wb") as raw:
        # no file name in the gzip header, and the same time as the members
        with gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=epoch
        ) as zipped:
            zipped.write(tar_bytes.getvalue())
    staged.replace(path)


def summary(folder: Path, epoch: int) -> str:
    built = sorted(p for p in folder.iterdir() if p.suffix in (".whl", ".gz"))
    if not built:
        raise ReleaseError(f"{folder}: nothing was built")
    when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(epoch))
    lines = [f"built into {folder}/ (timestamps {when}, SOURCE_DATE_EPOCH={epoch}); sha256:"]
    for path in built:
        lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    usage = "usage: python tools/release.py normalize-sdist SDIST... | summary DIST_FOLDER"
    if len(argv) < 2 or argv[0] not in ("normalize-sdist", "summary"):
        print(usage, file=sys.stderr)
        return 2
    try:
        epoch = source_date_epoch()
        if argv[0] == "normalize-sdist":
            for name in argv[1:]:
                normalize_sdist(Path(name), epoch)
        else:
            print(summary(Path(argv[1]), epoch))
    except (ReleaseError, OSError, tarfile.TarError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
