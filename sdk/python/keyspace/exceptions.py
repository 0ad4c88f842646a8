"""Exceptions, shaped like redis-py's so that ``except redis.ResponseError``
style code ports unchanged.

A Redis error reply becomes ``ResponseError`` (or a subclass chosen by the
error prefix). As in redis-py, ``str(error)`` drops an ``ERR `` prefix but
keeps others (``WRONGTYPE Operation against ...``); ``error.reason`` is the
prefix and ``error.redis_message`` the whole text, for code that branches
on them.
"""

from __future__ import annotations


class KeyspaceError(Exception):
    """Base of every exception the SDK raises."""


RedisError = KeyspaceError


class ConnectionError(KeyspaceError):
    """The server could not be reached (gRPC UNAVAILABLE)."""


class BusyLoadingError(ConnectionError):
    """The server is still loading its dataset (Redis's LOADING); retry
    shortly. A ConnectionError, as in redis-py."""


class TimeoutError(KeyspaceError):
    """The call's deadline passed before the server answered."""


class DataError(KeyspaceError):
    """An argument the SDK cannot send (e.g. a bool where Redis wants text)."""


class WatchError(KeyspaceError):
    """A transaction's EXEC did not run because a watched key changed (the
    nil reply of Redis's EXEC), as redis-py's WatchError."""


class PubSubError(KeyspaceError):
    """A PubSub used in a way redis-py refuses (e.g. run_in_thread with a
    subscription that has no handler)."""


class ResponseError(KeyspaceError):
    """The server answered with a Redis error."""

    def __init__(self, redis_message: str, code: int = 3) -> None:
        reason = redis_message.split(" ", 1)[0]
        shown = redis_message
        if reason in _PREFIXES_REDIS_PY_STRIPS:
            shown = redis_message[len(reason) + 1 :]
        super().__init__(shown)
        self.reason = reason
        self.redis_message = redis_message
        self.code = code


class WrongTypeError(ResponseError):
    """WRONGTYPE: the key holds a value of another type."""


class ResourceExhaustedError(ResponseError):
    """A request or value over the server's size limits."""


_PREFIXES_REDIS_PY_STRIPS = frozenset(
    {"ERR", "OOM", "EXECABORT", "LOADING", "NOSCRIPT", "READONLY", "NOAUTH", "NOPERM", "WRONGPASS"}
)
_BY_REASON: dict[str, type[ResponseError]] = {"WRONGTYPE": WrongTypeError}


def response_error(redis_message: str, code: int = 3) -> ResponseError:
    """The exception for a Redis error text (also for errors the SDK detects
    itself, such as options Redis would reject)."""
    reason = redis_message.split(" ", 1)[0]
    cls = _BY_REASON.get(reason)
    if cls is None:
        cls = ResourceExhaustedError if code == 8 else ResponseError
    return cls(redis_message, code)
