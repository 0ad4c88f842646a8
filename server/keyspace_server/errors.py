"""Redis's error replies, in one place, with the gRPC status code each maps to.

Every error a command can raise is a ``CommandError`` carrying Redis's exact
text; the API layer turns it into a gRPC status (unary calls) or an ``Error``
reply (Pipeline) without knowing which command raised it.
"""

from __future__ import annotations

from enum import IntEnum


class Code(IntEnum):
    """The google.rpc.Code values Keyspace uses (same numbers as grpc.StatusCode)."""

    INVALID_ARGUMENT = 3
    NOT_FOUND = 5
    RESOURCE_EXHAUSTED = 8
    FAILED_PRECONDITION = 9
    UNIMPLEMENTED = 12
    INTERNAL = 13
    UNAVAILABLE = 14


class CommandError(Exception):
    """A command failed with Redis's error text (prefix included)."""

    def __init__(self, message: str, code: Code = Code.INVALID_ARGUMENT) -> None:
        super().__init__(message)
        self.message = message
        self.code = code

    @property
    def reason(self) -> str:
        """The error prefix, e.g. ERR or WRONGTYPE, as clients branch on it."""
        return self.message.split(" ", 1)[0]


def err(text: str, code: Code = Code.INVALID_ARGUMENT) -> CommandError:
    """An ``ERR ...`` error; most of Redis's errors have this prefix."""
    return CommandError(f"ERR {text}", code)


WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value"
SYNTAX = "ERR syntax error"
NOT_INTEGER = "ERR value is not an integer or out of range"
NOT_FLOAT = "ERR value is not a valid float"
OVERFLOW = "ERR increment or decrement would overflow"
NAN_OR_INFINITY = "ERR increment would produce NaN or Infinity"
NO_SUCH_KEY = "ERR no such key"
OFFSET_OUT_OF_RANGE = "ERR offset is out of range"
STRING_TOO_LONG = "ERR string exceeds maximum allowed size (proto-max-bulk-len)"
INVALID_CURSOR = "ERR invalid cursor"
SAME_OBJECT = "ERR source and destination objects are the same"
EXPIRE_NX_AND_OTHERS = "ERR NX and XX, GT or LT options at the same time are not compatible"
EXPIRE_GT_AND_LT = "ERR GT and LT options at the same time are not compatible"
# Keyspace's own: the command ran, but its reply is larger than the server
# may send (gRPC would otherwise fail the call, or a whole Pipeline stream).
REPLY_TOO_LARGE = "ERR reply exceeds the maximum message size (grpc-max-message-size)"


def wrong_arity(command: str) -> CommandError:
    return err(f"wrong number of arguments for '{command}' command")


def wrongtype() -> CommandError:
    return CommandError(WRONGTYPE, Code.FAILED_PRECONDITION)


def syntax() -> CommandError:
    return CommandError(SYNTAX)


def not_integer() -> CommandError:
    return CommandError(NOT_INTEGER)


def not_float() -> CommandError:
    return CommandError(NOT_FLOAT)


def overflow() -> CommandError:
    return CommandError(OVERFLOW)


def invalid_expire(command: str) -> CommandError:
    return err(f"invalid expire time in '{command}' command")


def no_such_key() -> CommandError:
    return CommandError(NO_SUCH_KEY, Code.NOT_FOUND)


def string_too_long() -> CommandError:
    return CommandError(STRING_TOO_LONG, Code.RESOURCE_EXHAUSTED)


def reply_too_large() -> CommandError:
    return CommandError(REPLY_TOO_LARGE, Code.RESOURCE_EXHAUSTED)


def internal(command: str, error: Exception) -> CommandError:
    """A command failed in a way it does not expect: a bug, reported as an
    error reply instead of ending the call (or a whole Pipeline stream)."""
    return err(
        f"internal error in '{command}' command: {type(error).__name__}: {error}", Code.INTERNAL
    )


def misconf_aof(reason: str) -> CommandError:
    """Redis's refusal of writes while the AOF cannot be written."""
    return CommandError(
        f"MISCONF Errors writing to the AOF file: {reason}", Code.FAILED_PRECONDITION
    )


def loading() -> CommandError:
    return CommandError("LOADING Redis is loading the dataset in memory", Code.UNAVAILABLE)
