"""Running the collector: open the store, build the app, serve it with uvicorn."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import uvicorn

from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.ingest import BatchIngest
from station_app.collector.store import CollectorStore


def serve(db_path: Path, host: str, port: int, settings: CollectorSettings,
          clock_skew_hours: float = 24.0) -> None:
    """Serve until interrupted (SIGINT/SIGTERM end it cleanly)."""
    store = CollectorStore.open(db_path)
    try:
        store.private_key()  # create the collector's key pair before the first station
        ingest = BatchIngest(store, clock_skew=dt.timedelta(hours=clock_skew_hours))
        app = create_app(store, ingest, settings)
        print(f"collector listening on http://{host}:{port} (database {db_path})", flush=True)
        # No proxy headers: the rate limiter must see the real peer, not a claimed one.
        uvicorn.run(app, host=host, port=port, proxy_headers=False, server_header=False,
                    log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    finally:
        store.close()
