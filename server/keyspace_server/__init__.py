"""Keyspace server: Redis's data model served over gRPC.

Layers, each importing only the ones below it:
    api/        gRPC servicers, the Pipeline stream, error -> status mapping
    commands/   the command table and the commands that are not a data type's
    types/      one module per data type: representation first, commands second
    keyspace    the database: keys, values, expiry
"""
