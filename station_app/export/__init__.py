"""Exports of a station's cards: CSV, XLSX, JSON and the PDF report.

The writers live in ``exporter`` (``Exporter.write``) and the per-format modules; this
package itself only names the formats, so the command line can list them without importing
the writers.
"""

FORMATS = ("csv", "xlsx", "json", "pdf")
"""Every export format, in the order menus show them."""
