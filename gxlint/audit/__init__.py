"""Bulk audit for supervising offices: many reports at once, cross-report rules
(GX701–GX703), and the summary, Excel, CSV and page they read.

record.py (one report, built in a worker) → runner.py (parallel lint, cross rules from
kinds.py over features.py) → tables.py → summary.py / export.py / page.py; command.py
ties them together for `gxlint audit`."""
