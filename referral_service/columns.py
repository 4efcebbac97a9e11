"""Column types every package's models share: big integer ids, JSON documents and string-valued enums."""
from __future__ import annotations

import enum

from sqlalchemy import JSON, BigInteger, Enum, Integer
from sqlalchemy.dialects.postgresql import JSONB

# A 64-bit id on PostgreSQL; SQLite autoincrements only an INTEGER PRIMARY KEY (itself 64-bit).
BigId = BigInteger().with_variant(Integer(), "sqlite")
# A JSON document: JSONB on PostgreSQL (indexable, compared by value), JSON text on SQLite.
Json = JSON().with_variant(JSONB(), "postgresql")


def string_enum(cls: type[enum.Enum]) -> Enum:
    """An enum column stored as its members' values (no database enum type)."""
    return Enum(cls, native_enum=False, length=32, validate_strings=True,
                values_callable=lambda members: [m.value for m in members])
