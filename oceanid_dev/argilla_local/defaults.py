"""Built-in credentials and port of the local Argilla server (loopback only, not secrets).

Shared by the launcher (main virtual environment) and the server (`.venv-argilla`).
"""

from __future__ import annotations

from oceanid_assets.config import LOCAL_ARGILLA_API_KEY, LOCAL_ARGILLA_PORT

USERNAME = "argilla"  # argilla_server's DEFAULT_USERNAME: the owner the SDK and UI log in as
LOCAL_API_KEY = LOCAL_ARGILLA_API_KEY
LOCAL_PASSWORD = "oceanid.local"  # noqa: S105 - the documented login of the loopback server
DEFAULT_PORT = LOCAL_ARGILLA_PORT
# Environment of the server process: the key and password never go on its command line.
API_KEY_ENV = "OCEANID_ARGILLA_API_KEY"
PASSWORD_ENV = "OCEANID_ARGILLA_PASSWORD"  # noqa: S105 - a variable name
PATCHES_ENV = "OCEANID_ARGILLA_PATCHES"
PARENT_PID_ENV = "OCEANID_ARGILLA_PARENT_PID"  # the server stops when this process is gone
