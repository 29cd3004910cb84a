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


@record
class Narrow:          # built through its slots' descriptors (records._WIDE)
    a: int
    c: list = dataclasses.field(default_factory=list)


@pytest.mark.parametrize("cls", [Sample, Narrow])
def test_both_ways_of_building_give_the_record_itself_frozen(cls):
    s = cls(1)
    assert type(s) is cls and s.a == 1 and s.c == [] and s.c is not cls(1).c
    assert cls(1, c=[2]).c == [2] and cls(a=1) == s and dataclasses.replace(s, a=2) == cls(2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.a = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del s.a
    assert pickle.loads(pickle.dumps(s)) == s and repr(s).startswith(f"{cls.__name__}(a=1")


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
        b: int = 0
        c: int = 0      # wide: built through the twin, checked as itself

        def __post_init__(self):
            seen.append(self.a)

    Checked(5)
    assert seen == [5]

    @record
    class Small:
        a: int

        def __post_init__(self):
            seen.append(-self.a)

    Small(1)
    assert seen == [5, -1]


@record
class One:
    a: int


def test_records_pickle_through_their_constructor():
    assert pickle.loads(pickle.dumps(One(4))) == One(4)
    assert pickle.loads(pickle.dumps(Sample(1, "y", [2]), protocol=pickle.HIGHEST_PROTOCOL)) == Sample(1, "y", [2])
