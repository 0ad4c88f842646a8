"""Protobuf wire bytes the server writes itself. A response whose only
field is a repeated message (PipelineResponse.replies,
SubscribeResponse.events, both field 1) is the concatenation of its
elements' encodings, so elements can be encoded once and joined: a
published message shared by every subscriber's queue, a reply written by
the native fast path beside one serialized by protobuf."""

from __future__ import annotations

from google.protobuf.message import Message

# Field 1, length-delimited.
_FIELD_ONE = b"\x0a"


def varint(number: int) -> bytes:
    out = bytearray()
    while number > 0x7F:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)
    return bytes(out)


def field_one(message: Message) -> bytes:
    """``message`` encoded as one element of a repeated message field 1."""
    data = message.SerializeToString()
    return _FIELD_ONE + varint(len(data)) + data
