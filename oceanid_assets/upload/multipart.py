"""A small incremental `multipart/form-data` parser (RFC 7578) for streaming request bodies.

Feed it the body chunk by chunk; it returns events (a part's headers, pieces of its content, its
end) and never holds more than one chunk plus a delimiter's length of content, so the caller can
hash, size-check and spool each file as it arrives and stop reading the moment a limit is hit.
Header blocks are capped (`max_header_bytes`); anything malformed raises `MultipartError`.

Written here rather than taking `python-multipart` (which Starlette's `request.form()` needs and
which is not installed): `request.form()` would also spool every file before we could check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

_BOUNDARY_RE = re.compile(r"^[0-9A-Za-z'()+_,\-./:=? ]{1,70}$")
_TOKEN_RE = re.compile(r"[^\s;=\"]+")


class MultipartError(ValueError):
    pass


@dataclass
class PartHeaders:
    name: str
    filename: str | None  # None: an ordinary form field; "" : a file input left empty
    content_type: str  # lower-cased, parameters dropped; "" when absent
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class PartBegin:
    part: PartHeaders


@dataclass
class PartData:
    data: bytes


@dataclass
class PartEnd:
    pass


Event = PartBegin | PartData | PartEnd


def boundary_from_content_type(content_type: str) -> bytes:
    """The boundary of a `multipart/form-data; boundary=...` header value, or MultipartError."""
    media, params = parse_header_params(content_type)
    if media != "multipart/form-data":
        raise MultipartError(f"expected multipart/form-data, got {media or 'nothing'!r}")
    boundary = params.get("boundary", "")
    if not _BOUNDARY_RE.fullmatch(boundary) or boundary.endswith(" "):
        raise MultipartError("missing or invalid multipart boundary")
    return boundary.encode("ascii")


def parse_header_params(value: str) -> tuple[str, dict[str, str]]:
    """`type; a=b; c="d \\"e\\""` -> ("type", {"a": "b", "c": 'd "e"'}); keys lower-cased.

    `filename*=UTF-8''...` (RFC 5987) is decoded and wins over `filename`.
    """
    pos = value.find(";")
    main = (value if pos < 0 else value[:pos]).strip().lower()
    params: dict[str, str] = {}
    i = len(value) if pos < 0 else pos + 1
    n = len(value)
    while i < n:
        while i < n and value[i] in " \t;":
            i += 1
        m = _TOKEN_RE.match(value, i)
        if not m:
            break
        key = m.group(0).lower()
        i = m.end()
        while i < n and value[i] in " \t":
            i += 1
        if i >= n or value[i] != "=":
            params.setdefault(key, "")
            continue
        i += 1
        while i < n and value[i] in " \t":
            i += 1
        if i < n and value[i] == '"':
            i += 1
            out = []
            while i < n and value[i] != '"':
                if value[i] == "\\" and i + 1 < n:
                    i += 1
                out.append(value[i])
                i += 1
            i += 1  # closing quote (or end of string)
            params[key] = "".join(out)
        else:
            m = re.compile(r"[^;]*").match(value, i)
            assert m is not None
            params[key] = m.group(0).strip()
            i = m.end()
    star = params.pop("filename*", None)
    if star is not None:
        charset, _, rest = star.partition("'")
        _, _, encoded = rest.partition("'")
        try:
            params["filename"] = unquote(encoded, encoding=charset or "utf-8", errors="replace")
        except LookupError:
            params["filename"] = unquote(encoded, errors="replace")
    return main, params


class MultipartParser:
    """Incremental parser; `feed()` returns the events the new bytes complete."""

    def __init__(self, boundary: bytes, max_header_bytes: int = 16 * 1024) -> None:
        self._delimiter = b"\r\n--" + boundary
        self._max_header_bytes = max_header_bytes
        # The first boundary has no CRLF before it; pretend it has, so one search fits all.
        self._buffer = b"\r\n"
        self._state = "preamble"
        self._preamble = 0
        self.parts = 0

    @property
    def finished(self) -> bool:
        return self._state == "epilogue"

    def feed(self, data: bytes) -> list[Event]:
        self._buffer += data
        events: list[Event] = []
        while True:
            if self._state == "preamble":
                idx = self._buffer.find(self._delimiter)
                if idx < 0:
                    self._preamble += len(self._buffer)
                    if self._preamble > self._max_header_bytes:
                        raise MultipartError("no multipart boundary at the start of the body")
                    # Keep only what could still be the start of the delimiter.
                    self._buffer = self._buffer[-(len(self._delimiter) - 1) :]
                    return events
                self._buffer = self._buffer[idx + len(self._delimiter) :]
                self._state = "after_boundary"
            elif self._state == "after_boundary":
                if len(self._buffer) < 2:
                    return events
                if self._buffer[:2] == b"--":
                    self._state = "epilogue"
                    self._buffer = b""
                    return events
                end = self._buffer.find(b"\r\n")
                if end < 0:
                    if len(self._buffer) > 256:
                        raise MultipartError("malformed multipart boundary line")
                    return events
                if self._buffer[:end].strip(b" \t"):
                    raise MultipartError("malformed multipart boundary line")
                self._buffer = self._buffer[end + 2 :]
                self._state = "headers"
            elif self._state == "headers":
                if self._buffer[:2] == b"\r\n":
                    raise MultipartError("multipart part without headers")
                end = self._buffer.find(b"\r\n\r\n")
                if end < 0:
                    if len(self._buffer) > self._max_header_bytes:
                        raise MultipartError("multipart part headers too large")
                    return events
                if end + 4 > self._max_header_bytes:
                    raise MultipartError("multipart part headers too large")
                block = self._buffer[:end]
                self._buffer = self._buffer[end + 4 :]
                events.append(PartBegin(_parse_part_headers(block)))
                self.parts += 1
                self._state = "body"
            elif self._state == "body":
                idx = self._buffer.find(self._delimiter)
                if idx >= 0:
                    if idx:
                        events.append(PartData(self._buffer[:idx]))
                    events.append(PartEnd())
                    self._buffer = self._buffer[idx + len(self._delimiter) :]
                    self._state = "after_boundary"
                    continue
                safe = len(self._buffer) - (len(self._delimiter) - 1)
                if safe > 0:
                    events.append(PartData(self._buffer[:safe]))
                    self._buffer = self._buffer[safe:]
                return events
            else:  # epilogue: ignored
                self._buffer = b""
                return events

    def close(self) -> None:
        """Call at the end of the body: raises unless the closing boundary was seen."""
        if self._state != "epilogue":
            raise MultipartError("multipart body ended early (no closing boundary)")


def _parse_part_headers(block: bytes) -> PartHeaders:
    headers: dict[str, str] = {}
    # Browsers send file names as raw UTF-8; anything undecodable becomes U+FFFD.
    for line in block.decode("utf-8", errors="replace").split("\r\n"):
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise MultipartError("malformed multipart part header")
        headers[name.strip().lower()] = value.strip()
    disposition, params = parse_header_params(headers.get("content-disposition", ""))
    if disposition != "form-data" or "name" not in params:
        raise MultipartError("multipart part without Content-Disposition: form-data; name=...")
    content_type, _ = parse_header_params(headers.get("content-type", ""))
    return PartHeaders(
        name=params["name"],
        filename=params.get("filename"),
        content_type=content_type,
        headers=headers,
    )
