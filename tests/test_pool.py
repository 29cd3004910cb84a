"""Work spread over worker processes: results in input order and as they come, what
every item shares set up in each worker first, and an item that kills its worker, runs
past the time limit or grows past the memory limit costs that item only."""
import os
import signal
import time

from gxlint.pool import MB, Failure, Limits, ordered_iter


def _failed(item, why: Failure):
    return ("failed", item, why.kind)


def _square(item: int) -> int:
    return item * item


def test_results_keep_the_input_order_whatever_the_jobs():
    items = list(range(40))
    for jobs in (1, 2):
        assert list(ordered_iter(_square, items, jobs, _failed)) == [i * i for i in items]


def test_setup_runs_in_every_process_before_the_first_item():
    assert list(ordered_iter(_seen, [0, 1, 2], 2, _failed, _remember, ("ready",))) == ["ready"] * 3
    assert list(ordered_iter(_seen, [0, 1], 1, _failed, _remember, ("here",))) == ["here"] * 2


_state = {"value": None}


def _remember(value: str) -> None:
    _state["value"] = value


def _seen(_item: int) -> str:
    return _state["value"]


def _waits_for_flag(item):
    """Item 1 goes on only once the caller has taken item 0's result."""
    flag, n = item
    if n == 1:
        for _ in range(500):
            if os.path.exists(flag):
                return "after"
            time.sleep(0.01)
        return "never saw the flag"
    return "first"


def test_each_result_is_handed_on_before_the_next_is_done(tmp_path):
    flag = str(tmp_path / "flag")
    got = []
    for r in ordered_iter(_waits_for_flag, [(flag, 0), (flag, 1)], 1, _failed):
        got.append(r)
        open(flag, "w").close()
    assert got == ["first", "after"]


def _behave(item):
    """What a hostile file makes its worker do."""
    if item == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "hang":
        time.sleep(60)
    if item == "hog":
        hoard = []
        while True:
            hoard.append(bytearray(64 * MB))
    if item == "abort":
        os._exit(3)
    return item


def test_a_worker_that_dies_is_replaced_and_its_item_recorded():
    items = ["a", "kill", "b", "abort", "c"] + [f"x{i}" for i in range(10)]
    for jobs in (1, 2):
        got = list(ordered_iter(_behave, items, jobs, _failed, limits=Limits(seconds=20)))
        assert got[:5] == ["a", ("failed", "kill", "crashed"), "b", ("failed", "abort", "crashed"), "c"]
        assert got[5:] == items[5:]


def test_an_item_past_the_time_limit_is_stopped_and_the_run_goes_on():
    began = time.monotonic()
    got = list(ordered_iter(_behave, ["a", "hang", "b"], 2, _failed, limits=Limits(seconds=1)))
    assert got == ["a", ("failed", "hang", "timeout"), "b"]
    assert time.monotonic() - began < 15


def test_an_item_past_the_memory_limit_is_stopped_and_the_run_goes_on():
    got = list(ordered_iter(_behave, ["a", "hog", "b"], 1, _failed, limits=Limits(memory=600 * MB, seconds=60)))
    assert got == ["a", ("failed", "hog", "memory"), "b"]


def test_stopping_early_ends_the_workers():
    import multiprocessing

    it = ordered_iter(_square, list(range(100)), 2, _failed)
    assert next(it) == 0
    it.close()
    assert not multiprocessing.active_children()
