"""The command table and the commands that belong to no data type."""
