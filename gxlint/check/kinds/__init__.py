"""Check kinds: each module reads the report model and yields findings.

A kind module has PARAMS (the JSON Schema of its pack parameters), check(report,
rule) and optionally validate(params) for what a schema cannot say. Register a
new kind here; a new rule is YAML.
"""
from . import (contact, declared_parts, duplicated_paragraph, e_version, empty_section, empty_table,
               format_signals, heading_numbering, invalid_cell, pattern, period, prose_part, prose_percent,
               prose_shares, prose_sum, publication_date, required_rows, required_sections, required_tables,
               required_terms, section_order, stale_year, table_identity, table_sums, text_table, title,
               traditional_script)

KINDS = {
    "required_sections": required_sections,
    "heading_numbering": heading_numbering,
    "declared_parts": declared_parts,
    "empty_section": empty_section,
    "title": title,
    "period": period,
    "publication_date": publication_date,
    "stale_year": stale_year,
    "prose_sum": prose_sum,
    "prose_percent": prose_percent,
    "prose_part": prose_part,
    "prose_shares": prose_shares,
    "empty_table": empty_table,
    "invalid_cell": invalid_cell,
    "contact": contact,
    "e_version": e_version,
    "pattern": pattern,
    "traditional_script": traditional_script,
    "duplicated_paragraph": duplicated_paragraph,
    "table_sums": table_sums,
    "table_identity": table_identity,
    "required_tables": required_tables,
    "required_rows": required_rows,
    "section_order": section_order,
    "required_terms": required_terms,
    "format_signals": format_signals,
    "text_table": text_table,
}
