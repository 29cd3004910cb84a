"""Line numbers for a place in a YAML or TOML file, so that a validation error can
name `file:line`. Only errors need them: nothing here runs on a valid file."""
from __future__ import annotations

import regex


def loader():
    """The C loader when PyYAML has it (several times faster); safe either way. PyYAML is
    imported here, not at start-up: a run whose packs are cached never needs it."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_line(text: str, path: list, key: bool = False) -> int | None:
    """The line of the node at `path` (mapping keys and sequence indices); with
    key=True and a mapping key last, the line of that key."""
    import yaml

    try:
        node = yaml.compose(text, Loader=loader())
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if getattr(k, "value", None) == step), None)
            if hit is None:
                return line
            node = hit[0] if key and step is path[-1] else hit[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return line
        line = node.start_mark.line + 1
    return line


_HEADER = regex.compile(r"^\s*\[\s*([^\]\[]+?)\s*\]\s*(?:#.*)?$")


def _key_pattern(key: str) -> regex.Pattern:
    quoted = regex.escape(key)
    return regex.compile(rf'^\s*(?:{quoted}|"{quoted}"|\'{quoted}\')\s*[.=]')


def toml_line(text: str, table: str, path: list) -> int | None:
    """The line of `path` inside `[table]` of a TOML file, found by reading the lines:
    tomllib keeps no positions. Keys written as their own `[table.key]` header count too."""
    lines = text.splitlines()
    names = [str(p) for p in path if not isinstance(p, int)]
    best: int | None = None
    current = None
    for number, line in enumerate(lines, 1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1).replace('"', "").replace("'", "")
            if current == table and best is None:
                best = number
            elif names and current == f"{table}.{names[0]}":
                return number
            continue
        if current == table and names and _key_pattern(names[0]).match(line):
            return number
    return best
