"""``station-app check``'s line about the printer.

Decision: a station without a printer is a supported setup (the thank-you screen shows the
QR code), so an empty ``printer.name`` with no system default, or ``printer.enabled =
false``, is reported but does not fail the check. A printer that is *named* but missing or
stopped is clearly broken for the event and fails the check with one line, as does a
system default printer that is stopped. Jobs that failed to print are counted so a
facilitator knows to reprint.
"""

from __future__ import annotations

from station_app.errors import UserError
from station_app.storage.print_jobs import PrintJobs


def printer_readiness(station: object) -> str:
    """One line on the printer; ``UserError`` when a configured printer cannot print."""
    config = station.config  # type: ignore[attr-defined]
    failed = PrintJobs(station.db).count("failed")  # type: ignore[attr-defined]
    note = (f"; {failed} receipt(s) failed to print (reprint: station-app receipts print CODE)"
            if failed else "")
    if not config.printer.enabled:
        return f"printer off (printer.enabled = false): the QR shows on screen only{note}"
    from station_app.storage.printer_choice import PrinterChoice

    # the queue chosen on the dashboard wins over the configured one
    name = PrinterChoice(station.db).effective(config.printer.name)  # type: ignore[attr-defined]
    try:
        from station_app.receipts.printing import ensure_gui_application, printer_status

        ensure_gui_application()
        status = printer_status(name)
    except ImportError as error:  # Qt's print support or a system library is missing
        if name:
            raise UserError(f"printer {name!r} cannot be checked: Qt print support is "
                            f"unavailable ({error})") from None
        return f"printer not checked (Qt print support unavailable: {error}){note}"
    if status.ready:
        which = "" if name else " (system default)"
        return f"printer ok: {status.detail}{which}{note}"
    if not name and not status.found:
        return (f"printer: none configured and no system default; the kiosk shows the QR on "
                f"screen only{note}")
    raise UserError(status.detail + note)
