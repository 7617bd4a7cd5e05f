"""An in-memory search engine for the local argilla-server (no Elasticsearch/OpenSearch here).

Registered in argilla-server's own registry as `oceanid-memory` (`ARGILLA_SEARCH_ENGINE`). It
follows the Elasticsearch engine of argilla_server 2.8.0 (`search_engine/commons.py`) for what
the SDK and the web UI use:

- indexing, partial updates (record status), responses and suggestions updates, deletes;
- `search`: a text query, `and` filters of `terms` and `range` conditions on record properties
  (status, id, external_id, inserted_at, updated_at), metadata, suggestions (value, score, agent,
  type) and responses (a question's value, or the status with the `pending` semantics of the real
  engine, optionally for one user), sort on any of those (missing values last), offset/limit;
  without a sort, a text query orders by score and a per-user search by a per-user
  pseudo-random order, as Elasticsearch's `random_score` seeded with the user id does;
- dataset progress (records by status), user progress (the user's responses by status),
  metadata metrics (term counts; min/max of numbers);
- `similarity_search`: brute-force cosine over the stored vectors (score `(1 + cos) / 2`, as
  Elasticsearch's `cosine` similarity), with filters, a text query and a threshold.

Text queries are a subset of Elasticsearch's `simple_query_string`: case-insensitive whole-word
terms (Unicode `\\w+` tokens) that must all occur (in any searched field), `"quoted phrases"`,
`prefix*` terms and `-excluded` terms; other operators (`|`, `~N`, parentheses) are treated as
separators. Scores are term-frequency based, not BM25. As in the real engine, suggestion and
response values of span, text and ranking questions are not filterable (never match), and
metadata filters compare values exactly (terms as strings, ranges as numbers).

The index lives in this process's memory: one server process (no `--workers`), rebuilt from the
SQL database at start with argilla_server's own reindexer (see `server.py`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from enum import Enum
from typing import Any
from uuid import UUID

from argilla_server.enums import (
    MetadataPropertyType,
    QuestionType,
    ResponseStatusFilter,
    SimilarityOrder,
    SortOrder,
)
from argilla_server.search_engine import (
    AndFilter,
    FloatMetadataMetrics,
    IntegerMetadataMetrics,
    MetadataFilterScope,
    RangeFilter,
    RecordFilterScope,
    ResponseFilterScope,
    SearchEngine,
    SearchResponseItem,
    SearchResponses,
    SuggestionFilterScope,
    TermsFilter,
    TermsMetrics,
    TextQuery,
)

ENGINE_NAME = "oceanid-memory"
ENGINE_VERSION = "1"
MAX_TERMS = 2**14  # the Elasticsearch engine's max_terms_size

# Question types whose suggestion/response values the real engine indexes (keyword or integer).
_FILTERABLE_QUESTION_TYPES = frozenset(
    {QuestionType.label_selection, QuestionType.multi_label_selection, QuestionType.rating}
)
_WORD = re.compile(r"\w+")
_QUERY_PART = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


@dataclasses.dataclass(eq=False)  # hashed by identity: a dict key in searches
class _Doc:
    id: UUID
    external_id: str | None
    status: str
    inserted_at: datetime
    updated_at: datetime
    texts: dict[str, str]  # lower-cased searchable text per field
    tokens: dict[str, frozenset[str]]
    metadata: dict[str, Any]
    suggestions: dict[str, dict[str, Any]]  # question name -> type, agent, score, value
    responses: dict[UUID, dict[str, Any]]  # response id -> id, status, user_id, values
    vectors: dict[UUID, list[float]]  # vector settings id -> value
    seq: int  # order of first indexing: the tie-breaker, like Elasticsearch's doc order


@dataclasses.dataclass
class _Index:
    field_types: dict[str, str] = dataclasses.field(default_factory=dict)
    question_types: dict[str, str] = dataclasses.field(default_factory=dict)
    question_names: dict[UUID, str] = dataclasses.field(default_factory=dict)
    metadata_types: dict[str, str] = dataclasses.field(default_factory=dict)
    docs: dict[UUID, _Doc] = dataclasses.field(default_factory=dict)


# Module state, shared by the engine instances argilla_server creates per request. Everything
# runs on the server's one event loop, and no method awaits between reading and writing it.
_INDEXES: dict[UUID, _Index] = {}
_RECORD_DATASET: dict[UUID, UUID] = {}
_SEQ = itertools.count()


def reset() -> None:
    """Forget every index (the server calls this before rebuilding them from the database)."""
    _INDEXES.clear()
    _RECORD_DATASET.clear()


def _index_for(dataset_id: UUID) -> _Index:
    return _INDEXES.setdefault(dataset_id, _Index())


def _doc_for_record_id(record_id: UUID) -> _Doc | None:
    dataset_id = _RECORD_DATASET.get(record_id)
    index = _INDEXES.get(dataset_id) if dataset_id is not None else None
    return index.docs.get(record_id) if index is not None else None


# --- building documents ------------------------------------------------------------------------


def _field_text(field_type: str | None, value: Any) -> str | None:
    if value is None or field_type == "image":
        return None
    if field_type == "chat" or (field_type is None and isinstance(value, list)):
        parts = [str(m.get("content", "")) for m in value if isinstance(m, dict)]
        return "\n".join(parts)
    return value if isinstance(value, str) else str(value)


def _response_entry(response: Any) -> dict[str, Any]:
    values = response.values or {}
    return {
        "id": response.id,
        "status": str(_plain(response.status)),
        "user_id": response.user_id,
        "values": {
            question: (value or {}).get("value") if isinstance(value, dict) else None
            for question, value in values.items()
        },
    }


def _suggestion_entry(suggestion: Any) -> dict[str, Any]:
    return {
        "type": _plain(suggestion.type),
        "agent": suggestion.agent,
        "score": suggestion.score,
        "value": suggestion.value,
    }


def _question_name(index: _Index, suggestion: Any) -> str:
    name = index.question_names.get(suggestion.question_id)
    return name if name is not None else str(suggestion.question.name)


def _build_doc(index: _Index, record: Any, seq: int) -> _Doc:
    texts: dict[str, str] = {}
    for name, value in (record.fields or {}).items():
        text = _field_text(index.field_types.get(name), value)
        if text is not None:
            texts[name] = text.lower()
    return _Doc(
        id=record.id,
        external_id=record.external_id,
        status=str(_plain(record.status)),
        inserted_at=record.inserted_at,
        updated_at=record.updated_at,
        texts=texts,
        tokens={name: frozenset(_WORD.findall(text)) for name, text in texts.items()},
        metadata=dict(record.metadata_ or {}),
        suggestions={
            _question_name(index, s): _suggestion_entry(s) for s in record.suggestions or []
        },
        responses={r.id: _response_entry(r) for r in record.responses or []},
        vectors={v.vector_settings_id: list(v.value) for v in record.vectors or []},
        seq=seq,
    )


# --- text queries ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Clause:
    words: tuple[str, ...]  # one word, or a phrase
    prefix: bool = False
    negated: bool = False

    def count(self, doc: _Doc, fields: list[str]) -> int:
        """Occurrences in the searched fields (0: no match)."""
        total = 0
        for name in fields:
            tokens = doc.tokens.get(name)
            if not tokens:
                continue
            if len(self.words) == 1 and not self.prefix:
                if self.words[0] in tokens:
                    total += len(
                        re.findall(rf"(?<!\w){re.escape(self.words[0])}(?!\w)", doc.texts[name])
                    )
                continue
            if not self.prefix and not all(w in tokens for w in self.words):
                continue
            pattern = r"\W+".join(re.escape(w) for w in self.words)
            pattern = rf"(?<!\w){pattern}" + (r"\w*" if self.prefix else r"(?!\w)")
            total += len(re.findall(pattern, doc.texts[name]))
        return total


def _parse_query(q: str) -> list[_Clause]:
    clauses = []
    for match in _QUERY_PART.finditer(q.lower()):
        negated = bool(match.group(1) or match.group(3))
        raw = match.group(2) if match.group(2) is not None else match.group(4)
        prefix = match.group(2) is None and raw.endswith("*")
        words = tuple(_WORD.findall(raw))
        if words:
            clauses.append(_Clause(words, prefix, negated))
    return clauses


def _text_score(index: _Index, doc: _Doc, clauses: list[_Clause], field: str | None) -> float:
    """0.0 when the document does not match; otherwise a term-frequency score."""
    fields = [field] if field else list(index.field_types) or list(doc.texts)
    score = 0.0
    for clause in clauses:
        count = clause.count(doc, fields)
        if clause.negated:
            if count:
                return 0.0
        elif not count:
            return 0.0
        else:
            score += 1.0 + math.log(count)
    return score or 1.0


# --- filters -----------------------------------------------------------------------------------


def _to_datetime(bound: Any) -> datetime:
    if isinstance(bound, datetime):
        return bound
    if isinstance(bound, int | float):  # epoch milliseconds, as Elasticsearch dates
        return datetime.fromtimestamp(bound / 1000, UTC).replace(tzinfo=None)
    parsed = datetime.fromisoformat(str(bound).replace("Z", "+00:00"))
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def _in_range(value: Any, ge: Any, le: Any) -> bool:
    if value is None or isinstance(value, bool):
        return False
    try:
        if isinstance(value, datetime):
            return (ge is None or value >= _to_datetime(ge)) and (
                le is None or value <= _to_datetime(le)
            )
        number = float(value)
        return (ge is None or number >= float(ge)) and (le is None or number <= float(le))
    except (TypeError, ValueError):
        return False


def _matches_values(values: list[Any], flt: Any) -> bool:
    """Any of a (multi-valued) field's values satisfies a terms or range filter."""
    if isinstance(flt, TermsFilter):
        wanted = {str(v) for v in flt.values}
        return any(str(_plain(v)) in wanted for v in values if v is not None)
    if isinstance(flt, RangeFilter):
        return any(_in_range(v, flt.ge, flt.le) for v in values)
    raise ValueError(f"Cannot process filter {flt}")


def _record_value(doc: _Doc, prop: str) -> Any:
    if prop == "id":
        return str(doc.id)
    if prop in {"external_id", "status", "inserted_at", "updated_at"}:
        return getattr(doc, prop)
    raise ValueError(f"Cannot process request for record property {prop!r}")


def _suggestion_values(index: _Index, doc: _Doc, scope: Any) -> list[Any]:
    suggestion = doc.suggestions.get(scope.question)
    if suggestion is None:
        return []
    prop = str(_plain(scope.property) or "value")
    if prop == "value" and index.question_types.get(scope.question) not in (
        _FILTERABLE_QUESTION_TYPES
    ):
        return []
    return _as_list(suggestion.get(prop))


def _user_responses(doc: _Doc, user: Any) -> list[dict[str, Any]]:
    responses = list(doc.responses.values())
    return [r for r in responses if r["user_id"] == user.id] if user is not None else responses


def _response_question_values(index: _Index, doc: _Doc, scope: Any) -> list[list[Any]]:
    if index.question_types.get(scope.question) not in _FILTERABLE_QUESTION_TYPES:
        return []
    return [_as_list(r["values"].get(scope.question)) for r in _user_responses(doc, scope.user)]


def _matches_response_status(doc: _Doc, flt: Any) -> bool:
    scope = flt.scope
    values = {str(v) for v in flt.values}
    responses = _user_responses(doc, scope.user)
    pending = ResponseStatusFilter.pending.value in values
    others = values - {ResponseStatusFilter.pending.value}
    matched_pending = pending and not responses
    if others or not pending:
        if others:
            matched_others = any(r["status"] in others for r in responses)
        else:  # no statuses at all: any response of the user, or everything
            matched_others = bool(responses) if scope.user is not None else True
        return matched_pending or matched_others
    return matched_pending


def _matches(index: _Index, doc: _Doc, flt: Any) -> bool:
    if isinstance(flt, AndFilter):
        return all(_matches(index, doc, f) for f in flt.filters)
    scope = flt.scope
    if isinstance(scope, MetadataFilterScope):
        return _matches_values(_as_list(doc.metadata.get(scope.metadata_property)), flt)
    if isinstance(scope, RecordFilterScope):
        return _matches_values([_record_value(doc, scope.property)], flt)
    if isinstance(scope, SuggestionFilterScope):
        return _matches_values(_suggestion_values(index, doc, scope), flt)
    if isinstance(scope, ResponseFilterScope):
        if scope.question:
            return any(
                _matches_values(vals, flt) for vals in _response_question_values(index, doc, scope)
            )
        if scope.property == "status" and isinstance(flt, TermsFilter):
            return _matches_response_status(doc, flt)
        raise ValueError(f"Cannot process filter scope {scope}")
    raise ValueError(f"Cannot process request for search scope {scope}")


# --- sorting -----------------------------------------------------------------------------------


def _pick(values: list[Any], descending: bool, average: bool = False) -> Any:
    values = [_plain(v) for v in values if v is not None and not isinstance(v, dict | list)]
    if not values:
        return None
    if average and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return sum(values) / len(values)
    keys = [_sort_key(v) for v in values]
    return values[keys.index(max(keys) if descending else min(keys))]


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool | int | float):
        return (0, float(value))
    if isinstance(value, datetime):
        return (1, value)
    return (2, str(value))


def _sort_value(index: _Index, doc: _Doc, order: Any) -> Any:
    scope = order.scope
    descending = str(_plain(order.order)) == SortOrder.desc.value
    if isinstance(scope, MetadataFilterScope):
        return _pick(_as_list(doc.metadata.get(scope.metadata_property)), descending)
    if isinstance(scope, RecordFilterScope):
        return _record_value(doc, scope.property)
    if isinstance(scope, SuggestionFilterScope):
        return _pick(_suggestion_values(index, doc, scope), descending)
    if isinstance(scope, ResponseFilterScope):
        responses = _user_responses(doc, scope.user)
        if scope.question:
            if index.question_types.get(scope.question) not in _FILTERABLE_QUESTION_TYPES:
                return None
            values = [v for r in responses for v in _as_list(r["values"].get(scope.question))]
        else:
            values = [r.get(scope.property) for r in responses]
        return _pick(values, descending, average=True)
    raise ValueError(f"Cannot process request for search scope {scope}")


def _sorted(index: _Index, docs: list[_Doc], sort: list[Any]) -> list[_Doc]:
    """Stable multi-key sort, last key first; documents missing a key go last in either order."""
    for order in reversed(sort):
        descending = str(_plain(order.order)) == SortOrder.desc.value
        keyed = [(_sort_value(index, doc, order), doc) for doc in docs]
        present = [(value, doc) for value, doc in keyed if value is not None]
        present.sort(key=lambda pair: _sort_key(pair[0]), reverse=descending)
        docs = [doc for _, doc in present] + [doc for value, doc in keyed if value is None]
    return docs


def _user_random(user_id: Any, doc: _Doc) -> float:
    digest = hashlib.blake2b(f"{user_id}:{doc.id}".encode(), digest_size=8).digest()
    return (int.from_bytes(digest, "big") + 1) / 2**64


# --- similarity --------------------------------------------------------------------------------


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


# --- the engine --------------------------------------------------------------------------------


class MemorySearchEngine(SearchEngine):  # type: ignore[misc]
    """argilla_server's SearchEngine interface over module-level dictionaries."""

    @classmethod
    async def new_instance(cls) -> MemorySearchEngine:
        return cls()

    async def close(self) -> None:
        return None

    async def ping(self) -> bool:
        return True

    async def info(self) -> dict[str, Any]:
        return {
            "name": ENGINE_NAME,
            "version": ENGINE_VERSION,
            "datasets": len(_INDEXES),
            "records": sum(len(index.docs) for index in _INDEXES.values()),
        }

    async def create_index(self, dataset: Any) -> None:
        index = _index_for(dataset.id)  # kept if it exists: its documents stay
        index.field_types = {f.name: str(f.settings.get("type")) for f in dataset.fields}
        index.question_types = {q.name: str(q.settings.get("type")) for q in dataset.questions}
        index.question_names = {q.id: q.name for q in dataset.questions}
        index.metadata_types = {m.name: str(_plain(m.type)) for m in dataset.metadata_properties}

    async def delete_index(self, dataset: Any) -> None:
        index = _INDEXES.pop(dataset.id, None)
        for record_id in index.docs if index is not None else ():
            _RECORD_DATASET.pop(record_id, None)

    async def configure_metadata_property(self, dataset: Any, metadata_property: Any) -> None:
        _index_for(dataset.id).metadata_types[metadata_property.name] = str(
            _plain(metadata_property.type)
        )

    async def configure_index_vectors(self, vector_settings: Any) -> None:
        _index_for(vector_settings.dataset_id)  # vectors are stored as they come

    async def index_records(self, dataset: Any, records: Iterable[Any]) -> None:
        index = _index_for(dataset.id)
        for record in records:
            previous = index.docs.get(record.id)
            seq = previous.seq if previous is not None else next(_SEQ)
            index.docs[record.id] = _build_doc(index, record, seq)
            _RECORD_DATASET[record.id] = dataset.id

    async def partial_record_update(self, record: Any, **update: Any) -> None:
        doc = _doc_for_record_id(record.id)
        if doc is None:
            return
        for key, value in update.items():
            if key == "status":
                doc.status = str(_plain(value))
            elif key in {"inserted_at", "updated_at", "external_id"}:
                setattr(doc, key, value)
            elif key == "metadata":
                doc.metadata = dict(value or {})

    async def delete_records(self, dataset: Any, records: Iterable[Any]) -> None:
        index = _INDEXES.get(dataset.id)
        for record in records:
            if index is not None:
                index.docs.pop(record.id, None)
            _RECORD_DATASET.pop(record.id, None)

    async def update_record_response(self, response: Any) -> None:
        doc = _doc_for_record_id(response.record_id)
        if doc is not None:
            doc.responses[response.id] = _response_entry(response)

    async def delete_record_response(self, response: Any) -> None:
        doc = _doc_for_record_id(response.record_id)
        if doc is not None:
            doc.responses.pop(response.id, None)

    async def update_record_suggestion(self, suggestion: Any) -> None:
        doc = _doc_for_record_id(suggestion.record_id)
        if doc is not None:
            index = _INDEXES[_RECORD_DATASET[suggestion.record_id]]
            doc.suggestions[_question_name(index, suggestion)] = _suggestion_entry(suggestion)

    async def delete_record_suggestion(self, suggestion: Any) -> None:
        doc = _doc_for_record_id(suggestion.record_id)
        if doc is not None:
            index = _INDEXES[_RECORD_DATASET[suggestion.record_id]]
            doc.suggestions.pop(_question_name(index, suggestion), None)

    async def get_dataset_progress(self, dataset: Any) -> dict[str, int]:
        if dataset.is_draft:
            return {}
        counts = Counter(doc.status for doc in self._docs(dataset.id))
        return {"total": sum(counts.values()), **counts}

    async def get_dataset_user_progress(self, dataset: Any, user: Any) -> dict[str, int]:
        if dataset.is_draft:
            return {}
        counts = Counter(
            r["status"] for doc in self._docs(dataset.id) for r in _user_responses(doc, user)
        )
        return {"total": sum(counts.values()), **counts}

    async def search(
        self,
        dataset: Any,
        query: TextQuery | str | None = None,
        filter: Any = None,
        sort: list[Any] | None = None,
        offset: int = 0,
        limit: int = 100,
        user_id: Any = None,
    ) -> SearchResponses:
        index = _INDEXES.get(dataset.id) or _Index()
        scored = self._filter(index, index.docs.values(), query, filter)
        if sort:
            docs = _sorted(index, sorted(scored, key=lambda d: d.seq), sort)
            items = [SearchResponseItem(record_id=d.id, score=None) for d in docs]
        else:
            if user_id is not None:
                scored = {d: s * _user_random(user_id, d) for d, s in scored.items()}
            ranked = sorted(scored.items(), key=lambda pair: (-pair[1], pair[0].seq))
            items = [SearchResponseItem(record_id=d.id, score=s) for d, s in ranked]
        return SearchResponses(items=items[offset : offset + limit], total=len(items))

    async def compute_metrics_for(self, metadata_property: Any) -> Any:
        name = metadata_property.name
        values = [
            v
            for doc in self._docs(metadata_property.dataset_id)
            for v in _as_list(doc.metadata.get(name))
        ]
        kind = str(_plain(metadata_property.type))
        if kind == MetadataPropertyType.terms.value:
            counts = Counter(str(v) for v in values)
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
            return TermsMetrics(
                total=sum(counts.values()),
                values=[TermsMetrics.TermCount(term=t, count=c) for t, c in ordered],
            )
        numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
        cls = (
            IntegerMetadataMetrics
            if kind == MetadataPropertyType.integer.value
            else (FloatMetadataMetrics)
        )
        return cls(min=min(numbers, default=None), max=max(numbers, default=None))

    async def similarity_search(
        self,
        dataset: Any,
        vector_settings: Any,
        value: list[float] | None = None,
        record: Any = None,
        query: TextQuery | str | None = None,
        filter: Any = None,
        max_results: int = 100,
        order: Any = SimilarityOrder.most_similar,
        threshold: float | None = None,
    ) -> SearchResponses:
        if bool(value) == bool(record):
            raise ValueError(
                "Must provide either vector value or record to compute the similarity search"
            )
        key = vector_settings.id
        vector = value
        if not vector:
            doc = _doc_for_record_id(record.id)
            vector = doc.vectors.get(key) if doc is not None else None
            vector = vector or record.vector_value_by_vector_settings(vector_settings)
        if not vector:
            raise ValueError("Cannot find a vector value to apply with provided info")
        if str(_plain(order)) == SimilarityOrder.least_similar.value:
            vector = [-x for x in vector]
        index = _INDEXES.get(dataset.id) or _Index()
        excluded = record.id if record is not None else None
        candidates = [
            d for d in self._filter(index, index.docs.values(), query, filter) if d.id != excluded
        ]
        scored = [
            ((1.0 + _cosine(vector, d.vectors[key])) / 2.0, d)
            for d in candidates
            if key in d.vectors
        ]
        scored.sort(key=lambda pair: (-pair[0], pair[1].seq))
        top = scored[:max_results]
        items = [
            SearchResponseItem(record_id=d.id, score=s)
            for s, d in top
            if threshold is None or s >= threshold
        ]
        return SearchResponses(items=items, total=len(top))

    # helpers

    @staticmethod
    def _docs(dataset_id: UUID) -> Iterator[_Doc]:
        index = _INDEXES.get(dataset_id)
        return iter(index.docs.values()) if index is not None else iter(())

    @staticmethod
    def _filter(
        index: _Index, docs: Iterable[_Doc], query: TextQuery | str | None, flt: Any
    ) -> dict[_Doc, float]:
        """Matching documents with their text score (1.0 without a text query)."""
        text = TextQuery(q=query) if isinstance(query, str) else query
        clauses = _parse_query(text.q) if text is not None else []
        field = text.field if text is not None else None
        result: dict[_Doc, float] = {}
        for doc in docs:
            if flt is not None and not _matches(index, doc, flt):
                continue
            score = _text_score(index, doc, clauses, field) if clauses else 1.0
            if score > 0.0:
                result[doc] = score
        return result


SearchEngine.register(engine_name=ENGINE_NAME)(MemorySearchEngine)
