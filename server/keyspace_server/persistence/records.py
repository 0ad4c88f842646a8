"""The AOF file format: a header, then checksummed, length-prefixed records.

File:    HEADER (16 bytes) record*
Header:  b"KEYSPACE-AOF" | format version (uint16 LE) | kind (b"B" base,
         b"I" increment) | reserved (b"\\0")
Record:  payload length (uint32 LE) | CRC32 of the payload (uint32 LE) |
         CRC32 of those 8 bytes (uint32 LE) | payload
Payload: a serialized ``keyspace.v1.Command``.

Redis's AOF has no checksums, so damage anywhere can load silently. Here the
header checksum protects the length (a flipped length bit cannot make the
reader skip or misframe records unnoticed) and the payload checksum protects
the command. A crash mid-write leaves at most one incomplete record at the
end of the file; that, and only that, counts as a truncated tail.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

MAGIC = b"KEYSPACE-AOF"
VERSION = 1
KIND_BASE = b"B"
KIND_INCREMENT = b"I"
HEADER_SIZE = 16
RECORD_HEADER = struct.Struct("<III")
RECORD_HEADER_SIZE = RECORD_HEADER.size
MAX_PAYLOAD = 1 << 30


def file_header(kind: bytes) -> bytes:
    return MAGIC + struct.pack("<H", VERSION) + kind + b"\0"


def encode(payload: bytes) -> bytes:
    length_and_crc = struct.pack("<II", len(payload), zlib.crc32(payload))
    return length_and_crc + struct.pack("<I", zlib.crc32(length_and_crc)) + payload


class Damage(Enum):
    NONE = "none"
    # An incomplete last record: what a crash during a write leaves.
    TRUNCATED = "truncated"
    # Anything else: a bad checksum, a bad header, garbage before the end.
    CORRUPT = "corrupt"


@dataclass(frozen=True, slots=True)
class Scan:
    """How far a file is sound: ``good_end`` is the offset just past the last
    whole, valid record; ``damage`` says what follows it."""

    good_end: int
    records: int
    damage: Damage
    detail: str = ""


class FormatError(ValueError):
    pass


def check_header(data: bytes | memoryview, path: str) -> bytes:
    """The file's kind; FormatError, naming the offset, when the header is
    not ours or is damaged."""
    header = bytes(data[:HEADER_SIZE])
    if len(header) < HEADER_SIZE:
        raise FormatError(
            f"{path}: not a Keyspace AOF file ({len(header)} bytes, "
            f"shorter than the {HEADER_SIZE}-byte header)"
        )
    if not header.startswith(MAGIC):
        raise FormatError(f"{path}: not a Keyspace AOF file (bad header at offset 0)")
    (version,) = struct.unpack_from("<H", header, len(MAGIC))
    if version != VERSION:
        raise FormatError(
            f"{path}: AOF format version {version} (at offset {len(MAGIC)}) is not supported: "
            "the header is damaged or the file was written by a newer Keyspace"
        )
    # The kind and reserved bytes have no checksum of their own: a damaged
    # one must not pass unnoticed, since nothing else would catch it.
    kind = header[len(MAGIC) + 2 : len(MAGIC) + 3]
    if kind not in (KIND_BASE, KIND_INCREMENT):
        raise FormatError(f"{path}: damaged AOF header (unknown file kind {kind!r} at offset 14)")
    if header[HEADER_SIZE - 1 :] != b"\0":
        raise FormatError(f"{path}: damaged AOF header (reserved byte at offset 15 is not zero)")
    return kind


def record_end(view: memoryview, offset: int) -> int | None:
    """The offset just past the whole, valid record starting at ``offset``,
    or None when there is none there (too short, a bad header checksum, an
    impossible length, a payload cut off or failing its checksum)."""
    end = len(view)
    if end - offset < RECORD_HEADER_SIZE:
        return None
    length, payload_crc, header_crc = RECORD_HEADER.unpack_from(view, offset)
    if zlib.crc32(view[offset : offset + 8]) != header_crc or length > MAX_PAYLOAD:
        return None
    payload_start = offset + RECORD_HEADER_SIZE
    if payload_start + length > end:
        return None
    if zlib.crc32(view[payload_start : payload_start + length]) != payload_crc:
        return None
    return payload_start + int(length)


def iter_records(data: bytes | memoryview, start: int = HEADER_SIZE) -> Iterator[tuple[int, bytes]]:
    """(offset, payload) of each valid record; stops at the first problem,
    which ``scan`` then describes."""
    view = memoryview(data)
    offset = start
    while (end := record_end(view, offset)) is not None:
        yield offset, bytes(view[offset + RECORD_HEADER_SIZE : end])
        offset = end


def scan(data: bytes | memoryview, start: int = HEADER_SIZE) -> Scan:
    """Find where the valid records end and classify what comes after."""
    view = memoryview(data)
    offset, end, count = start, len(data), 0
    for record_offset, payload in iter_records(view, start):
        offset = record_offset + RECORD_HEADER_SIZE + len(payload)
        count += 1
    if offset == end:
        return Scan(offset, count, Damage.NONE)
    remaining = end - offset
    if not any(view[offset:]):
        # Only zeros after the last record: a file system that extended the
        # file before the data landed (XFS, ext4 data=writeback) leaves this
        # after a crash. Nothing was written there, so it is a cut-off tail.
        return Scan(
            offset,
            count,
            Damage.TRUNCATED,
            f"{remaining} zero bytes at offset {offset} (unwritten)",
        )
    if remaining < RECORD_HEADER_SIZE:
        return Scan(
            offset,
            count,
            Damage.TRUNCATED,
            f"{remaining} bytes of an incomplete record at offset {offset}",
        )
    length, _payload_crc, header_crc = RECORD_HEADER.unpack_from(view, offset)
    if zlib.crc32(view[offset : offset + 8]) != header_crc or length > MAX_PAYLOAD:
        return Scan(offset, count, Damage.CORRUPT, f"bad record header at offset {offset}")
    record_end = offset + RECORD_HEADER_SIZE + length
    if record_end > end:
        return Scan(offset, count, Damage.TRUNCATED, f"record at offset {offset} is incomplete")
    if record_end == end:
        # The last record is whole but fails its checksum: a write that did
        # not complete before a crash looks like this too.
        return Scan(offset, count, Damage.TRUNCATED, f"last record at offset {offset} is torn")
    return Scan(offset, count, Damage.CORRUPT, f"checksum mismatch at offset {offset}")
