"""Run the upload service with uvicorn (`oceanid upload-service [--host] [--port 8700]`)."""

from __future__ import annotations

import logging

import uvicorn

from oceanid_assets import config
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.upload.app import UploadSettings, create_app

DEFAULT_PORT = 8700


def serve(host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
    """Serve the store and settings the environment describes until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    config.check_profile()
    settings = UploadSettings.from_env()
    store = ObjectStoreResource.from_env().get_store()
    app = create_app(store, settings)
    logging.getLogger("oceanid.upload").info(
        "upload service on http://%s:%d/ -> %s (limit %d bytes per file, token %s, CORS %s)",
        host,
        port,
        store.url,
        settings.max_bytes,
        "required" if settings.token else "off",
        ",".join(settings.cors_origins) or "same-origin only",
    )
    # The service logs one line per request itself; uvicorn's access log would repeat it.
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="info")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args()
    serve(args.host, args.port)
