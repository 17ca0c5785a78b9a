"""``python -m station_app`` is the same as the ``station-app`` command."""

from station_app.cli import main

raise SystemExit(main())
