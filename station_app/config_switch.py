"""When a running kiosk may switch to a new configuration, and taking the pending update.

A configuration update – the pending package sync fetched (``pending.station-package``), or
a package installed from a USB stick in the dashboard – changes the running kiosk only at
the start screen, with no attendee in the flow and the PIN pad and the dashboard closed
(``may_switch``): a card in progress, the thank-you screen included, is never switched to
another event. ``take_pending`` installs the pending update then
(``package_install.apply_pending``); a refused one is logged in one line and removed, and
the station keeps its configuration.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station_app.config import StationConfig

if TYPE_CHECKING:
    from station_app.package_install import InstalledPackage
    from station_app.storage.audit import AuditLog

log = logging.getLogger("station_app")

START_STEP = "start"
"""The start screen's step (``ui/Main.qml``'s ``currentStep``)."""


@dataclass(frozen=True)
class KioskMoment:
    """What the kiosk shows at one moment."""

    step: str
    """The screen on view (``currentStep``: "start", "prompt", …, "thanks")."""
    settled: bool
    """No screen transition is running."""
    pin_pad_open: bool
    dashboard_open: bool
    installing: bool = False
    """A package from a USB stick is being checked or installed."""


def may_switch(moment: KioskMoment) -> bool:
    """Whether the kiosk may switch its configuration now: the start screen is on view and
    settled, nobody is in the flow (on the thank-you screen neither), and neither the PIN
    pad nor the dashboard is open or installing."""
    return (moment.step == START_STEP and moment.settled and not moment.pin_pad_open
            and not moment.dashboard_open and not moment.installing)


def take_pending(data_dir: Path, current: StationConfig | None, *,
                 audit: AuditLog | None = None) -> InstalledPackage | None:
    """Install the pending update, if there is one (``audit``: recorded as
    ``package.install`` by ``sync``); None when nothing was pending or it was refused –
    then one line says why and the file is gone (the next sync fetches anew)."""
    from station_app.package_install import PackageRefused, apply_pending

    outcome = apply_pending(data_dir, current, audit=audit)
    if isinstance(outcome, PackageRefused):
        log.warning("configuration update not installed: %s", " ".join(str(outcome).split()))
        return None
    if outcome is not None:
        log.info("configuration version %s installed", outcome.config_version)
    return outcome
