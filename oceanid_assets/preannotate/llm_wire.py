"""LLM extractor configuration, prompt, and the two wire formats (Ollama `/api/chat` and the
OpenAI-compatible `/v1/chat/completions`)."""

from __future__ import annotations

import email.utils
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from oceanid_assets.labelset import LABEL_GROUPS, LABELSET_VERSION

Api = Literal["ollama", "openai", "auto"]

# The page text sits between these markers in the user message; tests/fake_llm.py reads it back
# with `chunk_text_from_prompt`, so the fake server follows any change of prompt layout.
TEXT_OPEN = "<<<PAGE_TEXT\n"
TEXT_CLOSE = "\nPAGE_TEXT>>>"


@dataclass(frozen=True)
class LlmConfig:
    url: str
    model: str
    api: Api = "auto"
    # repr=False keeps the key out of logs and tracebacks that print the config.
    api_key: str | None = field(default=None, repr=False)
    timeout_s: float = 120.0
    max_chars_per_chunk: int = 6000
    chunk_overlap_chars: int = 200
    concurrency: int = 2
    max_attempts: int = 4
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 30.0
    # A server asking for a long pause should not stall a batch indefinitely.
    retry_after_cap_s: float = 60.0
    confidence: float = 0.6
    temperature: float = 0.0

    def __post_init__(self) -> None:
        if not self.url:
            raise ValueError("LlmConfig.url is required")
        if not self.model:
            raise ValueError("LlmConfig.model is required")
        if self.api not in ("ollama", "openai", "auto"):
            raise ValueError(f"api must be 'ollama', 'openai' or 'auto', not {self.api!r}")
        if not 1 <= self.concurrency <= 4:
            # One GPU endpoint serves a handful of parallel sequences at best; more only queues.
            raise ValueError(f"concurrency must be 1..4 per endpoint, not {self.concurrency}")
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be >= 1")
        if self.timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        if self.max_chars_per_chunk < 100:
            raise ValueError("max_chars_per_chunk must be >= 100")
        if not 0 <= self.chunk_overlap_chars <= self.max_chars_per_chunk // 2:
            raise ValueError("chunk_overlap_chars must be in 0..max_chars_per_chunk/2")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError("confidence must be in [0, 1]")
        if self.backoff_base_s < 0 or self.backoff_cap_s < 0 or self.retry_after_cap_s < 0:
            raise ValueError("backoff values must be >= 0")

    @property
    def resolved_api(self) -> Literal["ollama", "openai"]:
        if self.api != "auto":
            return self.api
        parts = urlsplit(self.url)
        path = parts.path.rstrip("/")
        if path.endswith("/v1") or "/v1/" in path + "/":
            return "openai"
        if parts.port == 11434 or path.endswith(("/api", "/api/chat")):
            return "ollama"
        # Ports of the common OpenAI-compatible servers: vLLM, llama.cpp, LM Studio.
        if parts.port in (8000, 8080, 1234):
            return "openai"
        return "ollama"

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        if self.resolved_api == "openai":
            if base.endswith("/chat/completions"):
                return base
            if not re.search(r"/v1$", base):
                base += "/v1"
            return base + "/chat/completions"
        if base.endswith("/api/chat"):
            return base
        if base.endswith("/api"):
            return base + "/chat"
        return base + "/api/chat"

    @property
    def agent(self) -> str:
        return f"llm:{self.model}"


def system_prompt() -> str:
    groups = "\n".join(f"- {group}: {', '.join(labels)}" for group, labels in LABEL_GROUPS.items())
    return (
        "You annotate fishing-vessel registry documents (vessel registers, authorisation "
        "lists, licences). Find every mention of the entities below in the page text you are "
        f"given.\n\nLabels (labelset {LABELSET_VERSION}), by group:\n{groups}\n\n"
        "Rules:\n"
        "- Use only the labels listed above, spelled exactly as listed.\n"
        "- Copy each entity's text exactly as it appears in the page: same characters, case, "
        "spelling and punctuation; do not translate, expand or correct it.\n"
        "- List entities in the order they appear. If the same text is mentioned several "
        "times, list it once per mention.\n"
        "- Do not give character offsets or any other field.\n"
        '- Reply with JSON only, exactly of the form {"entities": [{"label": "LABEL", '
        '"text": "exact text"}]}; reply {"entities": []} if there is none.'
    )


def user_prompt(chunk_text: str) -> str:
    return f"Page text:\n{TEXT_OPEN}{chunk_text}{TEXT_CLOSE}"


def chunk_text_from_prompt(content: str) -> str | None:
    start = content.find(TEXT_OPEN)
    end = content.rfind(TEXT_CLOSE)
    if start == -1 or end == -1 or end < start + len(TEXT_OPEN):
        return None
    return content[start + len(TEXT_OPEN) : end]


def request_body(config: LlmConfig, chunk_text: str) -> dict[str, Any]:
    messages = [
        {"role": "system", "content": system_prompt()},
        {"role": "user", "content": user_prompt(chunk_text)},
    ]
    if config.resolved_api == "openai":
        return {
            "model": config.model,
            "messages": messages,
            "temperature": config.temperature,
            "response_format": {"type": "json_object"},
            "stream": False,
        }
    return {
        "model": config.model,
        "messages": messages,
        "format": "json",
        "stream": False,
        "options": {"temperature": config.temperature},
    }


def request_headers(config: LlmConfig) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    return headers


class MalformedOutput(ValueError):
    """The endpoint answered 200 but not with the JSON we asked for; worth another attempt.

    Messages never quote the content: it may echo page text.
    """


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_entities(api: Literal["ollama", "openai"], body: bytes) -> list[object]:
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MalformedOutput("response body is not JSON") from exc
    try:
        if api == "openai":
            content = payload["choices"][0]["message"]["content"]
        else:
            content = payload["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise MalformedOutput(f"no message content in the {api} response") from exc
    if not isinstance(content, str):
        raise MalformedOutput("message content is not a string")
    # JSON mode should prevent fences, but some OpenAI-compatible servers ignore it.
    if fenced := _FENCE.match(content):
        content = fenced.group(1)
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise MalformedOutput(f"model output is not JSON ({exc.msg})") from exc
    if isinstance(data, dict) and isinstance(data.get("entities"), list):
        return list(data["entities"])
    if isinstance(data, list):
        return list(data)
    raise MalformedOutput('model output lacks an "entities" list')


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), None if absent
    or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
