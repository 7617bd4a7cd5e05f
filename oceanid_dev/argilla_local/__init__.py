"""The local Argilla server: the real argilla-server 2.x with an in-memory search engine.

`launcher` runs in the project's main virtual environment and starts `server` in `.venv-argilla`
(argilla-server's pins clash with Dagster's). `server` and `search_engine` import argilla_server
and are only importable there. See docs/argilla-local.md.
"""
