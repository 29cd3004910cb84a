"""The audit page (placeholder replaced below)."""
