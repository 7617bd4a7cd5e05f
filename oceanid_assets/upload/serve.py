"""Run the upload service with uvicorn (`oceanid upload-service [--host] [--port 8700]`)."""

from __future__ import annotations

import logging
from typing import Any

import uvicorn
from starlette.applications import Starlette

from oceanid_assets import config
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.upload.app import UploadService, UploadSettings, create_app
from oceanid_assets.upload.head_limits import head_limited_protocol

DEFAULT_PORT = 8700


def uvicorn_options(app: Starlette) -> dict[str, Any]:
    """What `serve` gives uvicorn besides address and logging; tests start the same server.

    The protocol bounds request heads while uvicorn reads them (head_limits.py): uvicorn's own
    has no limit, so without it a 16 MB header was read whole before the app could refuse it.
    """
    service = app.state.service
    assert isinstance(service, UploadService)
    return {
        "http": head_limited_protocol(service.head_policy),
        # The service logs one line per request itself; uvicorn's access log would repeat it.
        "access_log": False,
    }


def serve(host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
    """Serve the store and settings the environment describes until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    config.check_profile()
    settings = UploadSettings.from_env()
    store = ObjectStoreResource.from_env().get_store()
    app = create_app(store, settings)
    logging.getLogger("oceanid.upload").info(
        "upload service on http://%s:%d/ -> %s (limit %d bytes per file, %d-byte heads, "
        "token %s, CORS %s)",
        host,
        port,
        store.url,
        settings.max_bytes,
        settings.max_header_bytes,
        "required" if settings.token else "off",
        ",".join(settings.cors_origins) or "same-origin only",
    )
    uvicorn.run(app, host=host, port=port, log_level="info", **uvicorn_options(app))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args()
    serve(args.host, args.port)
