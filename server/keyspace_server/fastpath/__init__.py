"""The native fast path: a Pipeline request's plain GETs and SETs run from
its bytes in C (``_native.c``), everything else through the dispatcher
(``batch.py`` decides which and stitches the replies together)."""
