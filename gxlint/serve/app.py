"""The web application (Starlette): the upload page, the results page (the audit's own
page, with downloads), and the JSON API.

  GET  /           the page to drop reports on
  POST /check      the reports (multipart, field "files") → the results page
  POST /api/lint   the reports → JSON, the findings as `gxlint --format json` writes them
  GET  /api/rules  the rules → JSON

Uploads are held in memory (Starlette spools a large one to a temporary file, removed
with the request) and checked in worker processes, at most `jobs` at once over all
requests, each file under a time and a memory limit."""
from __future__ import annotations

import asyncio
import base64
import hmac
import json
import os
import tempfile
from functools import partial
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..i18n import t
from ..output.safe import printable
from .limits import Guard, Settings
from .work import SUFFIXES, Checked, Upload, check_upload, failed

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_KINDS = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".pdf": "application/pdf"}


def build(settings: Settings):
    lang = settings.lang
    gate = asyncio.Semaphore(settings.jobs)
    _warm(lang)

    async def home(request: Request) -> Response:
        given = request.query_params.get("token")
        if given is not None:
            if not settings.token or not hmac.compare_digest(given.encode(), settings.token.encode()):
                return Response(t("serve.unauthorized", lang), status_code=401)
            page = RedirectResponse("/", status_code=303)
            page.set_cookie("gxlint_token", given, httponly=True, samesite="strict")
            return page
        return HTMLResponse(_upload_page(settings))

    async def check(request: Request) -> Response:
        checked, problem = await _receive(request, settings, gate)
        if problem is not None:
            return HTMLResponse(_message_page(problem, lang), status_code=400)
        return HTMLResponse(_results_page(checked, lang))

    async def api_lint(request: Request) -> Response:
        checked, problem = await _receive(request, settings, gate)
        if problem is not None:
            return JSONResponse({"error": problem}, status_code=400)
        return JSONResponse(_json(checked))

    async def api_rules(_request: Request) -> Response:
        from ..check.packs import all_rules

        return JSONResponse([{"code": r.code, "name": r.name, "title": r.heading(lang), "severity": r.severity,
                              "regimes": list(r.regimes), "description": r.text("description", lang)}
                             for r in all_rules()])

    app = Starlette(routes=[Route("/", home), Route("/check", check, methods=["POST"]),
                            Route("/api/lint", api_lint, methods=["POST"]), Route("/api/rules", api_rules)])
    messages = {"too_large": t("serve.too_large", lang, limit=settings.max_request // (1024 * 1024)),
                "unauthorized": t("serve.unauthorized", lang)}
    return Guard(app, settings, messages)


def _warm(lang: str) -> None:
    """Import and build here what every check needs: the worker processes are forked
    from this one, and start with it ready instead of paying for it on each request."""
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdf  # noqa: F401

    from ..annotate import docx_comments, pdf_notes  # noqa: F401
    from ..audit import features, minhash, sentences  # noqa: F401
    from ..extract import docx as _docx  # noqa: F401
    from ..extract import html, pdf  # noqa: F401
    from ..lint import lint_text

    lint_text("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n", _options(lang))


async def _receive(request: Request, settings: Settings, gate: asyncio.Semaphore) -> tuple[list[Checked], str | None]:
    """The request's reports checked, in the order sent; or why the request as a whole
    cannot be (no file, too many). A file that cannot be checked is a record with its
    error, and the others are shown."""
    from starlette.exceptions import HTTPException
    from starlette.formparsers import MultiPartException

    lang = settings.lang
    try:
        form = await request.form(max_files=settings.max_files, max_fields=20)
    except (MultiPartException, HTTPException) as exc:     # Starlette says why in English
        many = "Too many" in str(getattr(exc, "detail", "") or exc)
        return [], t("serve.too_many", lang, limit=settings.max_files) if many else t("serve.bad_form", lang)
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    if not files:
        return [], t("serve.no_file", lang)
    uploads, refused = [], {}
    for n, f in enumerate(files):
        name = _name(f.filename, n)
        suffix = os.path.splitext(name)[1].lower()
        if suffix not in SUFFIXES:
            refused[n] = t("serve.bad_kind", lang, suffix=suffix or "—")
        elif (f.size or 0) > settings.max_file:
            refused[n] = t("serve.file_too_large", lang, limit=settings.max_file // (1024 * 1024))
        else:
            uploads.append((n, Upload(name, suffix, await f.read(), _options(lang))))
    await form.close()
    async with gate:
        done = await asyncio.to_thread(partial(_check_all, [u for _, u in uploads], settings))
    from ..audit.record import AuditRecord

    out: list[Checked | None] = [None] * len(files)
    for (n, _), result in zip(uploads, done):
        out[n] = result
    for n, why in refused.items():
        out[n] = Checked(AuditRecord(_name(files[n].filename, n), error=why))
    return [c for c in out if c is not None], None


def _check_all(uploads: list[Upload], settings: Settings) -> list[Checked]:
    from ..pool import Limits, ordered_map

    return ordered_map(check_upload, uploads, 1, failed, limits=Limits(settings.memory, settings.seconds))


def _options(lang: str):
    from ..lint import Options

    return Options(lang=lang, skip=False)


def _name(filename: str | None, n: int) -> str:
    """The file's own name as the page shows it: its last part, printable, bounded."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return printable(base)[-120:] or f"file-{n + 1}"


def _asset(name: str) -> str:
    return (resources.files("gxlint.serve") / "assets" / name).read_text(encoding="utf-8")


def _upload_page(settings: Settings) -> str:
    lang = settings.lang
    words = {"title": t("serve.title", lang), "drop": t("serve.drop", lang), "choose": t("serve.choose", lang),
             "check": t("serve.check", lang), "working": t("serve.working", lang),
             "limits": t("serve.limits", lang, size=settings.max_file // (1024 * 1024), count=settings.max_files),
             "lang": "zh-CN" if lang == "zh" else "en", "accept": ",".join(SUFFIXES)}
    page = _asset("upload.html")
    for key, value in words.items():
        page = page.replace("{{" + key + "}}", _escape(value))
    return page


def _message_page(message: str, lang: str) -> str:
    return (f'<!DOCTYPE html><html lang="{"zh-CN" if lang == "zh" else "en"}"><meta charset="utf-8">'
            f'<title>{_escape(t("serve.title", lang))}</title><p role="alert">{_escape(message)}</p>'
            f'<p><a href="/">{_escape(t("serve.again", lang))}</a></p></html>')


def _results_page(checked: list[Checked], lang: str) -> str:
    from ..audit.export import write_xlsx
    from ..audit.overview import overview
    from ..audit.page import render

    records = [c.record for c in checked]
    ov = overview(records, lang)
    downloads = [{"label": t("serve.download_json", lang), "name": "gxlint.json",
                  "href": _data_url("application/json", json.dumps(_json(checked), ensure_ascii=False).encode())}]
    with tempfile.TemporaryDirectory(prefix="gxlint-serve-") as folder:
        book = Path(folder) / "gxlint.xlsx"
        write_xlsx(book, records, ov, lang)
        with open(book, "rb") as fh:
            downloads.insert(0, {"label": t("serve.download_xlsx", lang), "name": "gxlint.xlsx",
                                 "href": _data_url(_XLSX, fh.read())})
    files = [{"label": t("serve.download_annotated", lang), "name": c.annotated_name,
              "href": _data_url(_KINDS.get(os.path.splitext(c.annotated_name)[1], "application/octet-stream"),
                                c.annotated)} if c.annotated else None for c in checked]
    extra = {"downloads": downloads, "files": files, "home": {"label": t("serve.again", lang), "href": "/"}}
    return render(records, ov, lang, extra)


def _data_url(kind: str, data: bytes) -> str:
    return f"data:{kind};base64," + base64.b64encode(data).decode("ascii")


def _json(checked: list[Checked]) -> dict:
    from ..output.json_format import diagnostic_dict, report_dict

    files = [{"path": c.record.path, "report": None if c.record.error else report_dict(c.record),
              "diagnostics": [diagnostic_dict(d) for d in c.record.diagnostics], "error": c.record.error}
             for c in checked]
    return {"version": 1, "files": files}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
