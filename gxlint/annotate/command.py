"""`gxlint annotate FILE [-o OUT]`: lint one report with the options its configuration
gives it, and write the annotated copy."""
from __future__ import annotations

import sys
from pathlib import Path

from ..i18n import t


def run(path: str, out: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
        config_file: str | None, isolated: bool, lang: str) -> int:
    from ..config import Config, ConfigError, discover, load, resolve
    from ..config.settings import CommandLine
    from ..extract import ExtractError
    from ..lint import lint_source
    from ..read import read_source
    from . import annotate, default_out

    target = out or default_out(path)
    if Path(target).resolve() == Path(path).resolve():
        print(t("annotate.same_file", lang, path=path), file=sys.stderr)
        return 2
    try:
        config = Config() if isolated else (load(Path(config_file), lang) if config_file
                                            else discover(Path(path).resolve().parent, lang))
    except ConfigError as exc:
        print(f"gxlint: {exc}", file=sys.stderr)
        return 2
    options = resolve(config, path, CommandLine(select, ignore, None, None, lang, skip=False))
    source = read_source(path, lang, progress=sys.stderr.isatty())
    if source.error:
        print(f"{path}: {source.error}", file=sys.stderr)
        return 2
    result = lint_source(source, options)
    if result.error:
        print(f"{path}: {result.error}", file=sys.stderr)
    try:
        done = annotate(path, result.diagnostics, source.text or "", source.layout, target, lang)
    except (ExtractError, OSError, ValueError, KeyError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(t("annotate.failed", lang, path=path, reason=reason), file=sys.stderr)
        return 2
    print(t("annotate.written", lang, out=done.out, count=done.placed + done.general + done.paged, placed=done.placed,
            general=done.general) + (t("annotate.paged", lang, n=done.paged) if done.paged else ""))
    return 0
