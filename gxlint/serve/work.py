"""One uploaded report checked in a worker process: its bytes written to a private
temporary folder under a name of gxlint's own (nothing of the request's file name but
its kind), read, linted, its annotated copy made, and the folder removed before the
result goes back."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace

from ..audit.record import AuditRecord, Job, record_of
from ..i18n import t
from ..lint import Options
from ..pool import Failure

SUFFIXES = (".docx", ".doc", ".wps", ".pdf", ".ofd", ".html", ".htm", ".txt", ".md")


@dataclass(frozen=True, slots=True)
class Upload:
    name: str            # what the page shows: the file's own name, never opened
    suffix: str          # one of SUFFIXES
    data: bytes
    options: Options


@dataclass(frozen=True, slots=True)
class Checked:
    record: AuditRecord
    annotated: bytes | None = None
    annotated_name: str = ""


def check_upload(item: Upload) -> Checked:
    from ..annotate import annotate, default_out
    from ..lint import lint_source
    from ..read import read_source

    lang = item.options.lang
    with tempfile.TemporaryDirectory(prefix="gxlint-serve-") as folder:
        path = os.path.join(folder, "report" + item.suffix)
        with open(path, "wb") as fh:
            fh.write(item.data)
        source = read_source(path, lang)
        result = lint_source(source, item.options)
        record = replace(record_of(result, Job(path, item.options)), path=item.name)
        if result.report is None or source.text is None:
            return Checked(record)
        out = default_out(path)
        try:
            annotate(path, result.diagnostics, source.text, source.layout, out, lang)
        except Exception as exc:  # noqa: BLE001 - the findings stand without their annotated copy
            return Checked(replace(record, notes=(*record.notes, t("annotate.failed", lang, path=item.name,
                                                                   reason=type(exc).__name__))))
        with open(out, "rb") as fh:
            annotated = fh.read()
    stem = os.path.splitext(item.name)[0]
    return Checked(record, annotated, stem + ".gxlint" + os.path.splitext(out)[1])


def failed(item: Upload, why: Failure) -> Checked:
    key = {"memory": "serve.too_much_memory", "timeout": "serve.too_slow"}.get(why.kind, "serve.crashed")
    return Checked(AuditRecord(item.name, error=t(key, item.options.lang)))
