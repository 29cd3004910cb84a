"""`record` builds the same frozen dataclass as dataclasses does, only cheaper."""
import dataclasses
import pickle

import pytest

from gxlint.records import record


@record
class Sample:
    a: int
    b: str = "x"
    c: list = dataclasses.field(default_factory=list)


def test_a_record_is_a_frozen_slotted_dataclass_with_its_defaults():
    s = Sample(1)
    assert (s.a, s.b, s.c) == (1, "x", []) and Sample(1, c=[2]).c == [2]
    assert Sample(1).c is not Sample(1).c                  # a fresh default each time
    assert s == Sample(1) and s != Sample(2) and dataclasses.is_dataclass(s)
    assert not hasattr(s, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.a = 2
    with pytest.raises(TypeError):
        Sample()
    assert pickle.loads(pickle.dumps(Sample(3, "y"))) == Sample(3, "y")
    assert dataclasses.replace(s, b="z") == Sample(1, "z")
    assert hash(Sample(1, "q", None)) == hash(Sample(1, "q", None))


def test_post_init_runs():
    seen = []

    @record
    class Checked:
        a: int

        def __post_init__(self):
            seen.append(self.a)

    Checked(5)
    assert seen == [5]


@record
class One:
    a: int


def test_records_pickle_through_their_constructor():
    assert pickle.loads(pickle.dumps(One(4))) == One(4)
    assert pickle.loads(pickle.dumps(Sample(1, "y", [2]), protocol=pickle.HIGHEST_PROTOCOL)) == Sample(1, "y", [2])
