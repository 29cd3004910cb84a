""".doc and .wps (Word 97–2003 and WPS binary documents, OLE compound files): converted to
.docx by LibreOffice in headless mode, then read as a .docx.

Each conversion runs in a temporary folder with a LibreOffice profile of its own (so
runs in parallel, and a user's open LibreOffice, do not share one), under a time limit;
the folder is removed when the document has been read. Where LibreOffice is not
installed the file is refused with the package to install."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..i18n import t
from . import ExtractError

SECONDS = 120


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@contextmanager
def as_docx(path: str, lang: str) -> Iterator[str]:
    """The document converted to .docx, for as long as the block runs."""
    program = soffice()
    if program is None:
        raise ExtractError(t("extract.no_soffice", lang, suffix=Path(path).suffix.lower() or ".doc"))
    with tempfile.TemporaryDirectory(prefix="gxlint-office-") as folder:
        # A name of gxlint's own: the converted file is found by it, whatever the original is called.
        source = os.path.join(folder, "report.doc")
        shutil.copyfile(path, source)
        profile = Path(folder, "profile").as_uri()
        # Its own session: on time-out the wrapper script and the office process it started go together.
        proc = subprocess.Popen([program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, source],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            proc.wait(timeout=SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise ExtractError(t("extract.convert_timeout", lang, seconds=SECONDS)) from None
        out = os.path.join(folder, "report.docx")
        if not os.path.exists(out) or os.path.getsize(out) == 0:
            raise ExtractError(t("extract.convert_failed", lang))
        yield out
