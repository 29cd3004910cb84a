"""Work spread over processes: results in input order, and what every item shares set
up in each process first."""
from gxlint.pool import ordered_iter


def _square(item: int) -> int:
    return item * item


def test_results_keep_the_input_order_whatever_the_jobs():
    items = list(range(40))
    for jobs in (1, 2):
        assert list(ordered_iter(_square, items, jobs)) == [i * i for i in items]


def test_setup_runs_in_every_process_before_the_first_item():
    assert list(ordered_iter(_seen, [0, 1, 2], 2, _remember, ("ready",))) == ["ready"] * 3
    assert list(ordered_iter(_seen, [0, 1], 1, _remember, ("here",))) == ["here"] * 2


_state = {"value": None}


def _remember(value: str) -> None:
    _state["value"] = value


def _seen(_item: int) -> str:
    return _state["value"]
