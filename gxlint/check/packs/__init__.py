"""Rule packs: YAML files of rules (rules/*.yaml, shipped as gxlint/packs), validated
with JSON Schema, merged along `extends`, and laid over each other by configuration.

model.py holds the records, files.py reads and validates a file, load.py builds its
rules, shipped.py picks the shipped pack of a regime, overlay.py lays local packs over it.
"""
from .files import packs_dir, read_pack, shipped
from .load import load_pack
from .model import Pack, PackError, Rule
from .overlay import Local, compose, local_rules, variants
from .shipped import all_rules, audit_pack, definitions, pack_for

__all__ = ["Local", "Pack", "PackError", "Rule", "all_rules", "audit_pack", "compose", "definitions", "load_pack",
           "local_rules", "pack_for", "packs_dir", "read_pack", "shipped", "variants"]
