"""A pipeline inherited through ``fork``: its worker's garbage collector leaves the parent's objects alone.

``nlp.pipe(n_process=N)`` and `extract_many(n_process=N)` fork workers that inherit the
loaded pipeline (the model, the stages' lexicons and matchers: about 150,000 objects the
collector tracks). Each full collection in a worker walks every one of them and writes
to each object's header, which copies every memory page they sit on from the parent and
costs a walk of the whole inherited heap, several times per hundred articles. The
inherited objects live as long as the worker, so collecting them can never free
anything the worker needs freed: `freeze_inherited`, called by the stages when they first
run in a process other than the one that imported the package, moves them (with ``gc.freeze``)
out of the collector's sight, as the Python documentation advises for forked workers.
Objects the worker makes afterwards are collected as before; nothing changes in the
process that built the pipeline, nor in a worker that builds its own (``spawn``).
"""

from __future__ import annotations

import gc
import os

#: The process whose objects are in the collector's sight: at first the one that imported the
#: package (a forked worker inherits this value, a spawned one has its own), then each worker
#: once it has frozen what it inherited.
_frozen_in = os.getpid()


def freeze_inherited() -> None:
    """In a process forked from the one that imported the package, freeze the objects the
    collector tracks, once per process; elsewhere nothing."""
    global _frozen_in
    pid = os.getpid()
    if pid != _frozen_in:
        gc.freeze()
        _frozen_in = pid
