"""``keyspace-check-aof``: report the health of an AOF, and repair the one
kind of damage that is safe to repair, a cut-off tail.

Each file is checked by the rules the server loads it with
(records.check_header, records.scan, the manifest's order, which file is
last), and each record is also decoded, so what passes here loads. Unlike
redis-check-aof it says how much is good, where the damage starts, what
follows the damage, and why a repair is or is not safe; ``--fix`` keeps a
backup before it changes anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
import textwrap
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from google.protobuf.message import DecodeError
from keyspace.v1 import pipeline_pb2

from keyspace_server.persistence import manifest as manifests
from keyspace_server.persistence import records
from keyspace_server.persistence.files import empty_trailing_increments

EXIT_SOUND = 0
EXIT_DAMAGED = 1
EXIT_UNUSABLE = 2
# How far past a damaged record header to look for the next valid record:
# enough to say whether data follows, bounded so that a huge file stays quick.
RESYNC_LIMIT = 1 << 20
WIDTH = 88
_KIND_NAMES = {records.KIND_BASE: "base", records.KIND_INCREMENT: "increment"}
_ENTRY_NAMES = {manifests.BASE: "base", manifests.INCREMENT: "increment"}


class UnusableError(Exception):
    """Nothing can be checked: a path that is not an AOF, several manifests..."""


@dataclass(frozen=True, slots=True)
class Following:
    """Valid records found after mid-file damage: what a cut would lose."""

    offset: int
    records: int
    bytes: int


@dataclass(slots=True)
class FileCheck:
    path: Path
    role: str
    # The file's tail is the AOF's end, where a crash mid-write leaves an
    # incomplete record; anywhere else a cut tail means lost writes.
    last: bool
    # The kind the manifest declares, checked against the header's.
    expected_kind: bytes | None = None
    size: int = 0
    missing: bool = False
    read_error: str = ""
    header_error: str = ""
    kind: bytes = b""
    scan: records.Scan | None = None
    # A record whose checksum is right but which holds no command: the
    # server would stop there too.
    bad_record: tuple[int, str] | None = None
    following: Following | None = None
    # A trailing increment the server skips (no bigger than a header).
    unloaded: bool = False

    @property
    def sound(self) -> bool:
        return (
            not (self.missing or self.read_error or self.header_error)
            and self.bad_record is None
            and self.scan is not None
            and self.scan.damage is records.Damage.NONE
        )

    @property
    def truncated(self) -> bool:
        return (
            self.scan is not None
            and self.scan.damage is records.Damage.TRUNCATED
            and self.bad_record is None
        )

    @property
    def repairable(self) -> bool:
        return self.truncated and self.last


@dataclass(slots=True)
class Target:
    title: str
    files: list[FileCheck]
    # Damage outside the files (the manifest's), which makes the AOF unloadable.
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems and all(check.sound for check in self.files)


# -- finding what to check -----------------------------------------------------


def _is_aof_file(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(records.MAGIC)) == records.MAGIC


def resolve(path: Path) -> Target:
    """The files ``path`` names: a folder's manifest, a manifest, or one file."""
    if not path.exists():
        raise UnusableError(f"{path} does not exist")
    if path.is_dir():
        found = sorted(path.glob("*.manifest"))
        # Also accept the server's --dir, which holds the AOF folder.
        found = found or sorted(path.glob("*/*.manifest"))
        if not found:
            raise UnusableError(
                f"no AOF manifest (*.manifest) in {path}: name the manifest or an .aof file instead"
            )
        if len(found) > 1:
            names = ", ".join(str(each) for each in found)
            raise UnusableError(f"several manifests under {path} ({names}): name one")
        return from_manifest(found[0])
    if _is_aof_file(path):
        return _single_file(path)
    return from_manifest(path)


def _single_file(path: Path) -> Target:
    """One file, placed by the manifest beside it if one names it: whether
    its cut-off tail may be repaired depends on its being the last file."""
    manifests_beside = list(path.parent.glob("*.manifest"))
    if len(manifests_beside) == 1:
        whole = from_manifest(manifests_beside[0])
        for check in whole.files:
            if check.path.name == path.name:
                return Target(f"AOF file {path}, as {manifests_beside[0].name} lists it", [check])
    return Target(f"AOF file {path}", [FileCheck(path, "single file", last=True)])


def from_manifest(path: Path) -> Target:
    target = Target(f"AOF manifest {path}", [])
    try:
        text = path.read_bytes().decode()
        manifest = manifests.parse(text, path)
    except UnicodeDecodeError:
        target.problems.append(f"{path} is not a manifest (not text): damaged?")
        return target
    except manifests.ManifestError as error:
        target.problems.append(f"the manifest is damaged: {error}")
        return target
    entries = manifest.files
    if not entries:
        target.notes.append("the manifest names no files: the dataset is empty")
    loaded = _loaded(path.parent, manifest)
    for index, entry in enumerate(entries):
        last = index == loaded - 1
        role = f"{_ENTRY_NAMES[entry.type]}, seq {entry.seq}" + (", last" if last else "")
        if index >= loaded:
            role += ", holds no records: not loaded"
        expected = records.KIND_BASE if entry.type == manifests.BASE else records.KIND_INCREMENT
        target.files.append(
            FileCheck(path.parent / entry.name, role, last, expected, unloaded=index >= loaded)
        )
    named = {entry.name for entry in entries}
    strays = sorted(p.name for p in path.parent.glob("*.aof") if p.name not in named)
    if strays:
        target.notes.append(
            f"not named by the manifest, so not loaded: {', '.join(strays)} "
            "(the server deletes such leftovers of a rewrite when it starts)"
        )
    return target


def _loaded(folder: Path, manifest: manifests.Manifest) -> int:
    """How many of the manifest's files the server loads (it leaves out
    trailing increments without a record), so that the last of them is the
    one whose tail a crash may have cut off."""
    return len(manifest.files) - len(empty_trailing_increments(folder, manifest))


# -- checking one file ---------------------------------------------------------


def _following(view: memoryview, damage: int) -> Following | None:
    """The valid records after damage at ``damage``: found by skipping the
    damaged record when its header still gives its length, else by looking
    for the next offset where a whole valid record starts."""
    resume: int | None = None
    try:
        length, _crc, header_crc = records.RECORD_HEADER.unpack_from(view, damage)
    except struct.error:
        return None
    if zlib.crc32(view[damage : damage + 8]) == header_crc:
        candidate = damage + records.RECORD_HEADER_SIZE + length
        if records.record_end(view, candidate) is not None:
            resume = candidate
    if resume is None:
        for candidate in range(damage + 1, min(len(view), damage + 1 + RESYNC_LIMIT)):
            if records.record_end(view, candidate) is not None:
                resume = candidate
                break
    if resume is None:
        return None
    count, end = 0, resume
    for offset, payload in records.iter_records(view, resume):
        count, end = count + 1, offset + records.RECORD_HEADER_SIZE + len(payload)
    return Following(resume, count, end - resume)


def _command_problem(payload: bytes) -> str:
    """Why ``payload`` is not a command the server can replay ("" if it is)."""
    try:
        command = pipeline_pb2.Command.FromString(payload)
    except DecodeError:
        return "its checksum is right but it does not decode as a command"
    if command.WhichOneof("command") is None:
        return "its checksum is right but it holds no command this version knows"
    return ""


def check_file(check: FileCheck) -> FileCheck:
    path = check.path
    if not path.exists():
        check.missing = True
        return check
    try:
        data = path.read_bytes()
    except OSError as error:
        check.read_error = str(error)
        return check
    check.size = len(data)
    if check.unloaded and not data:
        # Left empty on purpose when writing its header failed; the server
        # writes the header when it opens the file.
        check.scan = records.Scan(0, 0, records.Damage.NONE)
        return check
    try:
        check.kind = records.check_header(data, str(path))
    except records.FormatError as error:
        check.header_error = str(error)
        return check
    view = memoryview(data)
    check.scan = records.scan(view)
    for offset, payload in records.iter_records(view[: check.scan.good_end]):
        problem = _command_problem(payload)
        if problem:
            check.bad_record = (offset, problem)
            check.following = _following(view, offset)
            break
    if check.bad_record is None and check.scan.damage is records.Damage.CORRUPT:
        check.following = _following(view, check.scan.good_end)
    return check


# -- reporting -----------------------------------------------------------------


def _field(label: str, text: str) -> list[str]:
    """``label: text``, wrapped under a hanging indent so long paths stay readable."""
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=f"  {label + ':':<9}",
        subsequent_indent=" " * 11,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _lost(following: Following | None) -> str:
    if following is None:
        return "no valid record was found after it."
    return (
        f"{following.records} valid records ({following.bytes} bytes) "
        f"follow it, from offset {following.offset}."
    )


def _by_hand(path: Path, offset: int, following: Following | None) -> list[str]:
    loss = "everything after it" if following is None else f"those {following.records} records"
    return _field(
        "repair",
        "not possible automatically: the damage is inside the file, not at its end, and "
        f"cutting the file at offset {offset} would silently lose {loss}. Handle it by "
        "hand: keep a copy of the folder, then restore the file from a backup, or accept "
        f"that loss with: truncate -s {offset} {path}",
    )


def describe(check: FileCheck) -> list[str]:
    lines = [f"{check.path} ({check.role})"]
    if check.missing:
        return lines + _field("damage", "the manifest names this file but it does not exist")
    if check.read_error:
        return lines + _field("damage", f"cannot read it: {check.read_error}")
    if check.header_error:
        return (
            lines
            + _field("header", f"DAMAGED: {check.header_error}")
            + _field(
                "repair",
                "not possible automatically: without a valid header nothing in the file "
                "can be trusted; restore it from a backup.",
            )
        )
    if check.unloaded and check.size == 0:
        return lines + _field("status", "ok: empty (the server writes its header on opening it)")
    kind = _KIND_NAMES.get(check.kind, repr(check.kind))
    lines += _field("header", f"ok (format version {records.VERSION}, {kind} file)")
    if check.expected_kind is not None and check.kind != check.expected_kind:
        lines += _field(
            "note",
            f"the manifest lists it as {_KIND_NAMES[check.expected_kind]} "
            f"but its header says {kind}",
        )
    scan = check.scan
    assert scan is not None  # set whenever the header is valid
    lines += _field("records", f"{scan.records} valid, {scan.good_end} good bytes of {check.size}")
    if check.bad_record is not None:
        offset, problem = check.bad_record
        lines += _field(
            "damage", f"CORRUPT record at offset {offset}: {problem}; {_lost(check.following)}"
        )
        return lines + _by_hand(check.path, offset, check.following)
    if scan.damage is records.Damage.NONE:
        return lines + _field("status", "ok")
    if scan.damage is records.Damage.CORRUPT:
        lines += _field(
            "damage", f"CORRUPT at offset {scan.good_end}: {scan.detail}; {_lost(check.following)}"
        )
        return lines + _by_hand(check.path, scan.good_end, check.following)
    dropped = check.size - scan.good_end
    lines += _field(
        "damage",
        f"truncated tail: {scan.detail} ({dropped} bytes after the last good record)",
    )
    if check.last:
        return lines + _field(
            "repair",
            f"--fix cuts the file to {scan.good_end} bytes, dropping only the unfinished "
            "write a crash left (the server does the same at startup with "
            "aof-load-truncated yes).",
        )
    return lines + _field(
        "repair",
        "not possible automatically: this is not the last file, so writes were logged in "
        "later files after the ones lost here, and loading the rest would build a dataset "
        "that never existed. Restore this file from a backup.",
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def report(target: Target, write: Callable[[str], None]) -> None:
    write(f"{target.title} ({_count(len(target.files), 'file')})")
    for problem in target.problems:
        for line in _field("damage", problem):
            write(line)
    for note in target.notes:
        for line in _field("note", note):
            write(line)
    for check in target.files:
        write("")
        for line in describe(check):
            write(line)
    write("")
    if target.sound:
        write("Result: the AOF is sound.")
        return
    damaged = [check for check in target.files if not check.sound]
    problems = _count(len(damaged) + len(target.problems), "damaged part")
    if all(check.repairable for check in damaged) and not target.problems:
        write(f"Result: the AOF is DAMAGED ({problems}): a truncated tail that --fix can repair.")
    else:
        write(f"Result: the AOF is DAMAGED ({problems}): see above for what to do by hand.")


# -- repairing -----------------------------------------------------------------


def _backup_path(path: Path) -> Path:
    """``<file>.bak``, or a timestamped name when that is taken."""
    candidate = path.with_name(path.name + ".bak")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    number = 0
    while candidate.exists():
        number += 1
        suffix = f".{stamp}.bak" if number == 1 else f".{stamp}-{number}.bak"
        candidate = path.with_name(path.name + suffix)
    return candidate


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def repair(check: FileCheck) -> Path:
    """Cut ``check``'s file to its last good record, after a durable backup;
    the backup's path."""
    assert check.scan is not None and check.repairable
    if check.path.stat().st_size != check.size:
        # A server still appending would lose what it writes next.
        raise OSError(f"{check.path} changed since it was checked: is a server running on it?")
    backup = _backup_path(check.path)
    shutil.copy2(check.path, backup)
    _fsync(backup)
    os.truncate(check.path, check.scan.good_end)
    _fsync(check.path)
    manifests.fsync_directory(check.path.parent)
    return backup


def confirm(question: str, assume_yes: bool, write: Callable[[str], None]) -> bool:
    if assume_yes:
        write(f"{question} yes (--yes)")
        return True
    if not sys.stdin.isatty():
        write(f"{question} not confirmed: no terminal to ask on; pass --yes to confirm")
        return False
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def fix(target: Target, assume_yes: bool, write: Callable[[str], None]) -> bool:
    """Repair the truncated tails, if they are all the damage; True if the
    AOF is sound afterwards."""
    damaged = [check for check in target.files if not check.sound]
    if target.problems or not all(check.repairable for check in damaged):
        # Cutting a tail would not make the AOF loadable, and it would change
        # files someone must now look at by hand.
        write("Not fixing anything: only a truncated tail of the last file can be repaired")
        write("automatically, and the damage above must be handled by hand first.")
        return False
    for check in damaged:
        assert check.scan is not None
        dropped = check.size - check.scan.good_end
        question = (
            f"Cut {check.path} to {check.scan.good_end} bytes, dropping the last {dropped} "
            f"bytes (backup kept as {_backup_path(check.path).name})?"
        )
        if not confirm(question, assume_yes, write):
            write("Not fixed.")
            return False
        try:
            backup = repair(check)
        except OSError as error:
            write(f"Not fixed: {error}")
            return False
        write(f"Fixed {check.path}: backup in {backup}")
    for check in target.files:
        check_file(check)
    return all(check.sound for check in target.files)


# -- the command line ----------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="keyspace-check-aof",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Check a Keyspace append-only file (AOF) as the server would load it: each\n"
            "file's header, how many records and bytes are good, and where and what the\n"
            "damage is. With --fix, repair a truncated tail (an incomplete last record,\n"
            "what a crash during a write leaves) by cutting the last file after its last\n"
            "good record, keeping a backup first. Damage inside a file is never 'fixed':\n"
            "cutting there would silently drop the writes after it."
        ),
        epilog=(
            "PATH may be the AOF folder (appendonlydir), the server's --dir holding it,\n"
            "the manifest, or a single .aof file. Stop the server before using --fix.\n\n"
            "exit status: 0 the AOF is sound (or was repaired), 1 it is damaged,\n"
            "             2 there was nothing to check (bad path, several manifests)\n\n"
            "examples:\n"
            "  keyspace-check-aof ./keyspace-data\n"
            "  keyspace-check-aof --fix ./keyspace-data/appendonlydir/appendonly.aof.manifest"
        ),
    )
    parser.add_argument("path", type=Path, help="AOF folder, data folder, manifest or .aof file")
    parser.add_argument(
        "--fix",
        action="store_true",
        help="cut a truncated tail off the last file (asks first; keeps <file>.bak)",
    )
    parser.add_argument(
        "--yes", "-y", action="store_true", help="with --fix: do not ask for confirmation"
    )
    return parser.parse_args(argv)


def check(
    path: Path,
    *,
    fix_it: bool = False,
    assume_yes: bool = False,
    write: Callable[[str], None] = print,
) -> int:
    """Check (and with ``fix_it``, repair) the AOF at ``path``, reporting
    through ``write``; the exit status. UnusableError if there is nothing
    to check."""
    target = resolve(path)
    for each in target.files:
        check_file(each)
    report(target, write)
    if target.sound:
        return EXIT_SOUND
    if not fix_it:
        return EXIT_DAMAGED
    write("")
    if not fix(target, assume_yes, write):
        return EXIT_DAMAGED
    write("The AOF is sound now.")
    return EXIT_SOUND


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)

    def write(line: str) -> None:
        print(line, flush=True)

    try:
        return check(options.path, fix_it=options.fix, assume_yes=options.yes, write=write)
    except (UnusableError, OSError) as error:
        print(f"keyspace-check-aof: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    sys.exit(main())
