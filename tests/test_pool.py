"""Work spread over processes: results in input order, and every process that lints
settled for a long run first (the collector)."""
import gc

from gxlint.pool import ordered_iter


def _collector(item: int) -> tuple[int, int, bool]:
    return item, gc.get_threshold()[0], gc.get_freeze_count() > 0


def test_results_keep_the_input_order_whatever_the_jobs():
    items = list(range(40))
    for jobs in (1, 2):
        assert [r[0] for r in ordered_iter(_collector, items, jobs)] == items


def test_each_process_freezes_what_it_started_with_and_collects_less_often():
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    for jobs in (1, 2):
        for _, threshold, frozen in ordered_iter(_collector, list(range(8)), jobs):
            assert threshold == 10_000 and frozen
        gc.unfreeze()
        gc.set_threshold(700, 10, 10)


def test_setup_runs_in_every_process_before_the_first_item():
    assert list(ordered_iter(_seen, [0, 1, 2], 2, _remember, ("ready",))) == ["ready"] * 3
    assert list(ordered_iter(_seen, [0, 1], 1, _remember, ("here",))) == ["here"] * 2


_state = {"value": None}


def _remember(value: str) -> None:
    _state["value"] = value


def _seen(_item: int) -> str:
    return _state["value"]
