"""Configuration: `.gxlint.yaml` (or `[tool.gxlint]` in pyproject.toml) found upward
from each linted file, validated with JSON Schema, resolved into per-file options.

files.py finds and reads the files, settings.py turns one into a file's options,
validate.py says what is wrong and where."""
from __future__ import annotations

from .files import discover, load
from .model import Config, ConfigError, Override
from .settings import resolve

__all__ = ["Config", "ConfigError", "Override", "discover", "load", "resolve"]
