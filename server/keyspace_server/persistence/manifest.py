"""The manifest: which files make up the AOF, in load order.

As in Redis 7, the AOF is a folder (``appenddirname``) holding one base file
(the dataset as of the last rewrite), the increment files written since, and
a manifest naming them:

    file appendonly.aof.3.base.aof seq 3 type b
    file appendonly.aof.5.incr.aof seq 5 type i

The manifest is the single point of truth and is only ever replaced
atomically (write a temporary file, fsync it, rename it over the old one,
fsync the folder), so a crash at any moment leaves either the old or the new
set of files, each complete.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

BASE = "b"
INCREMENT = "i"


class ManifestError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    seq: int
    type: str


@dataclass(slots=True)
class Manifest:
    base: Entry | None = None
    increments: list[Entry] = field(default_factory=list)

    @property
    def files(self) -> list[Entry]:
        return ([self.base] if self.base else []) + self.increments

    @property
    def next_seq(self) -> int:
        return max((entry.seq for entry in self.files), default=0) + 1

    def render(self) -> str:
        return "".join(f"file {e.name} seq {e.seq} type {e.type}\n" for e in self.files)


def parse(text: str, path: Path) -> Manifest:
    manifest = Manifest()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        words = line.split()
        if len(words) != 6 or words[0::2] != ["file", "seq", "type"]:
            raise ManifestError(f"{path}:{number}: malformed manifest line {line!r}")
        name, seq, kind = words[1], words[3], words[5]
        if "/" in name or not seq.isdigit() or kind not in (BASE, INCREMENT):
            raise ManifestError(f"{path}:{number}: invalid manifest entry {line!r}")
        entry = Entry(name, int(seq), kind)
        if kind == BASE:
            if manifest.base is not None:
                raise ManifestError(f"{path}:{number}: more than one base file")
            manifest.base = entry
        else:
            manifest.increments.append(entry)
    return manifest


def load(path: Path) -> Manifest | None:
    """The manifest at ``path``, or None when there is none yet."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise ManifestError(f"{path}: not a manifest (the file is not text)") from None
    return parse(text, path)


def fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves old or new."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)
    fsync_directory(path.parent)


def store(path: Path, manifest: Manifest) -> None:
    write_atomically(path, manifest.render().encode())
