"""A pipeline inherited through fork: the worker's collector stops walking what it inherited."""

import gc
import multiprocessing
import os

import pytest

from geonews_extract import forking
from geonews_extract.stages.base import Stage

fork_only = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")


class Echo(Stage):
    name = "echo"

    def process(self, doc):
        return doc


def _in_child(run, answer):
    answer.send(run())
    answer.close()


def _forked(run):
    """What `run` returns in a forked child."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(False)
    child = context.Process(target=_in_child, args=(run, send))
    child.start()
    send.close()
    found = receive.recv()
    child.join()
    return found


def _frozen_after_freeze():
    forking.freeze_inherited()
    return gc.get_freeze_count()


def _frozen_after_a_stage_runs():
    frozen_before = gc.get_freeze_count()
    list(Echo().pipe(iter(())))
    return frozen_before, gc.get_freeze_count()


def _frozen_after_two_calls():
    forking.freeze_inherited()
    first = gc.get_freeze_count()
    keep = [[n] for n in range(1000)]  # made after the freeze: still the collector's
    forking.freeze_inherited()
    return first, gc.get_freeze_count(), len(keep)


def test_nothing_is_frozen_in_the_process_that_imported_the_package():
    before = gc.get_freeze_count()
    forking.freeze_inherited()
    list(Echo().pipe(iter(())))
    assert gc.get_freeze_count() == before


@fork_only
def test_a_forked_worker_freezes_what_it_inherited():
    assert _forked(_frozen_after_freeze) > 0


@fork_only
def test_a_stage_run_in_a_forked_worker_freezes_once():
    before, after = _forked(_frozen_after_a_stage_runs)
    assert before == 0 and after > 0
    first, second, _ = _forked(_frozen_after_two_calls)
    assert second == first  # once per process: what the worker makes later is collected as before


@fork_only
def test_the_parent_is_unchanged_after_its_worker_froze():
    before = gc.get_freeze_count()
    _forked(_frozen_after_freeze)
    assert gc.get_freeze_count() == before
    assert os.getpid() == forking._frozen_in
