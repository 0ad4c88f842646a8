"""Durability: the append-only file (AOF), its manifest, loading it back,
and rewriting it. Commands are recorded as the schema's own ``Command``
messages, so the file format follows the schema."""
