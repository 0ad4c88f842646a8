"""Command-line tools that work on Keyspace's files while no server runs."""
