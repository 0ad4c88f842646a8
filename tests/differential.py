"""Running the same commands against Keyspace (through the Python SDK) and
redis-server (through redis-py) and comparing what each returns.

A step is a method name with its arguments, called on both clients exactly
as written, so the SDK is held to redis-py's signatures too. An error is
compared by its text as redis-py shows it; results whose order Redis leaves
undefined (KEYS, SCAN batches) can be compared as sorted lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import keyspace
import redis


@dataclass(frozen=True)
class Step:
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # Applied to both results before comparing (e.g. sorted for KEYS).
    normalize: Callable[[Any], Any] | None = None

    def __repr__(self) -> str:
        arguments = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"{self.method}({', '.join(arguments)})"


def step(
    method: str, *args: Any, normalize: Callable[[Any], Any] | None = None, **kwargs: Any
) -> Step:
    return Step(method, args, kwargs, normalize)


def outcome(client: Any, s: Step) -> Any:
    try:
        result = getattr(client, s.method)(*s.args, **s.kwargs)
    except (redis.ResponseError, keyspace.ResponseError) as error:
        return ("error", str(error))
    if s.normalize is not None:
        result = s.normalize(result)
    return result


def compare(kv: keyspace.Client, r: redis.Redis, steps: Sequence[Step]) -> None:
    """Run ``steps`` on both servers; fail at the first differing outcome."""
    for number, s in enumerate(steps, start=1):
        expected = outcome(r, s)
        actual = outcome(kv, s)
        assert actual == expected, (
            f"step {number} {s!r}: keyspace returned {actual!r}, redis returned {expected!r}"
        )
