"""Bulk audit for supervising offices: many reports at once, cross-report rules
(GX701–GX706), and the summary, Excel, CSV, page and letters they read.

record.py (one report, built in a worker, with features.py and sentences.py) →
runner.py (parallel lint, cross rules from kinds.py) → tables.py → summary.py /
export.py + workbook.py / page.py / letters.py; command.py ties them together for
`gxlint audit`."""
