def run(
    request: bytes,
    offset: int,
    data: dict[bytes, object],
    expires: dict[bytes, int],
    max_value: int,
    records: list[bytes] | None,
) -> tuple[bytes, int, int, int, int, int, int]: ...
def plain_commands(request: bytes, max_value: int) -> int: ...
