"""The native fast path is a C extension (everything else is in
pyproject.toml, which setuptools reads too)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "keyspace_server.fastpath._native",
            [
                "server/keyspace_server/fastpath/_native.c",
                "server/keyspace_server/fastpath/table.c",
            ],
            depends=["server/keyspace_server/fastpath/table.h"],
            extra_compile_args=["-Wall", "-Wextra", "-Wno-missing-field-initializers"],
        )
    ]
)
