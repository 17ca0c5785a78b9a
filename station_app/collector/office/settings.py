"""What the running collector can be told about its staff area (``CollectorSettings.office``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from station_app.collector.office.accounts import HashCost
from station_app.collector.office.sessions import SessionLimits
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.throttle import ThrottleRules
from station_app.protocol.setting_fields import SettingField


@dataclass(frozen=True)
class OfficeSettings:
    """Sessions, cookies, throttling and hashing of ``/office/``.

    ``behind_tls`` marks the cookies ``Secure`` even though the request reached the
    collector over plain HTTP (from a TLS-terminating proxy in front of it); a request
    that arrives over HTTPS gets ``Secure`` cookies anyway. ``login_requests_per_minute``
    and ``login_burst`` bound how often one address may post the login form at all, so
    nobody can fill the audit log with refused logins.
    """

    behind_tls: bool = False
    sessions: SessionLimits = field(default_factory=SessionLimits)
    throttle: ThrottleRules = field(default_factory=ThrottleRules)
    hash_cost: HashCost = field(default_factory=HashCost)
    login_requests_per_minute: float = 60.0
    login_burst: int = 30
    statuses: StatusCatalogue = field(default_factory=StatusCatalogue)
    check_config: Callable[[str], str] | None = None
    """Checks a station configuration's TOML text with the station's own schema and returns
    its ``[station] id`` (``UserError`` naming the setting); handed in by ``collector
    serve``, which may load station code – the collector itself never does. Without it the
    office writes no station packages."""
    setting_fields: tuple[SettingField, ...] = ()
    """The station's settings as plain data (``station_app.config_form.setting_fields``),
    handed in by ``collector serve`` like ``check_config``: the packages page builds its
    event form from them. Without them it offers the configuration's TOML text only."""
