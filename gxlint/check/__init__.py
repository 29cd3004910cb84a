"""Check: run the rules of the packs chosen for a report."""
