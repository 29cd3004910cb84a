"""Report: formatters turn lint results into text for people or JSON for programs."""
