"""Keyword search over facts, subject name and credit code: one normalisation and one bigram tokeniser for every backend.

PostgreSQL's pg_trgm cannot index two-character patterns, and under a C ctype it may extract no
trigrams from CJK text at all, so records carry the set of their overlapping two-character
tokens in an array with a GIN index. A query ANDs its own bigrams through that index and then
rechecks the real substring on the normalised text, which is also all SQLite does.
"""
from __future__ import annotations

import unicodedata

from sqlalchemy import JSON, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import TypeDecorator

# Between the fields in the stored search text; normalise() never leaves one, so a match cannot
# straddle two fields.
SEPARATOR = "\u001f"
MIN_QUERY_LENGTH = 2


def normalise(text: str) -> str:
    """Fold width (NFKC: full-width digits and letters), case, and control characters to spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in folded)


def search_text(subject_name: str, credit_code: str | None, facts: str) -> str:
    """The normalised text a query is matched against: subject name, credit code and facts."""
    return SEPARATOR.join(normalise(part or "") for part in (subject_name, credit_code, facts))


def bigrams(text: str) -> list[str]:
    """The distinct overlapping two-character tokens of `text`, sorted, none spanning SEPARATOR."""
    grams = {text[i:i + 2] for i in range(len(text) - 1)}
    return sorted(gram for gram in grams if SEPARATOR not in gram)


def query_terms(q: str) -> tuple[str, list[str]]:
    """The normalised query and its bigrams; ValueError if it has fewer than two characters."""
    needle = normalise(q).strip()
    if len(needle) < MIN_QUERY_LENGTH:
        raise ValueError(f"Search for at least {MIN_QUERY_LENGTH} characters.")
    return needle, bigrams(needle)


class Bigrams(TypeDecorator):
    """A text array with a GIN index on PostgreSQL; not stored on SQLite, which scans instead."""

    impl = JSON(none_as_null=True)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(ARRAY(Text()))
        return dialect.type_descriptor(JSON())

    def process_bind_param(self, value, dialect):
        return value if dialect.name == "postgresql" else None
