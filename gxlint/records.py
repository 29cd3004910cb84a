"""Frozen records that are cheap to build.

A frozen dataclass's generated __init__ sets each field through object.__setattr__,
which costs as much again as the rest of building the record, and gxlint builds
hundreds per report (spans, cells, findings, diagnostics). `record` makes the same
frozen, slotted dataclass (fields, defaults, equality, hashing, immutability) with a
constructor that sets each slot without that detour: a third to two thirds cheaper to
build, the more so the more fields. Pickling (results cross from worker processes)
rebuilds a record through that constructor from its values.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from operator import attrgetter
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


# From this many fields on, a record is built through an open twin (below): each field
# is then a plain slot store (the interpreter specialises it) instead of a call to the
# slot's descriptor, and one change of class closes it. Below it, that change costs
# more than the calls it saves.
_WIDE = 3


@dataclass_transform()
def record(cls: type[T]) -> type[T]:
    bare = cls.__doc__ is None
    if bare:
        cls.__doc__ = cls.__name__        # spares dataclass an inspect.signature; set below
    cls = dataclass(frozen=True, slots=True, init=False)(cls)      # the constructor is ours (below)
    names = tuple(f.name for f in fields(cls))
    if len(names) >= _WIDE:
        _build_through_twin(cls)
    else:
        _build_through_descriptors(cls)
    if bare:
        cls.__doc__ = f"{cls.__name__}({', '.join(names)})"
    values = attrgetter(*names) if len(names) > 1 else (lambda self: tuple(getattr(self, n) for n in names))
    cls.__reduce__ = lambda self: (cls, values(self))
    return cls


def _signature(cls: type, scope: dict) -> tuple[list[str], list[str]]:
    """The constructor's parameters (with their defaults put in `scope`) and the lines
    that fill in default factories."""
    scope["_MISSING"] = MISSING
    params, fill = [], []
    for f in fields(cls):
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            fill.append(f"    if {f.name} is _MISSING: {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
    return params, fill


def _define(scope: dict, name: str, params: list[str], body: list[str], owner: type):
    exec(f"def {name}({', '.join(params)}):\n" + "\n".join(body or ["    pass"]), scope)
    fn = scope[name]
    fn.__qualname__ = f"{owner.__qualname__}.{name}"
    return fn


def _build_through_descriptors(cls: type) -> None:
    """An __init__ that sets each slot through its own descriptor."""
    scope: dict = {}
    params, body = _signature(cls, scope)
    for f in fields(cls):
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        body.append(f"    _set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    cls.__init__ = _define(scope, "__init__", ["self", *params], body, cls)


def _build_through_twin(cls: type) -> None:
    """A __new__ that fills an instance of an open subclass (same slots, the generic
    setattr) and then gives it the record's own class."""
    # Both: they share one type slot, which stays generic only if neither is overridden.
    twin = type(f"_Open{cls.__name__}", (cls,), {"__slots__": (), "__setattr__": object.__setattr__,
                                                 "__delattr__": object.__delattr__})
    scope: dict = {"_object_new": object.__new__, "_Twin": twin, "_Closed": cls}
    params, body = _signature(cls, scope)
    body.insert(0, "    self = _object_new(_Twin)")
    body += [f"    self.{f.name} = {f.name}" for f in fields(cls)]
    body.append("    self.__class__ = _Closed")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    body.append("    return self")
    cls.__new__ = _define(scope, "__new__", ["cls", *params], body, cls)
