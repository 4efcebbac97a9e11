"""The keyword search's plain query check loads what RecordQuerySchema loads, and leaves it every other query."""
import itertools

import pytest
from marshmallow import ValidationError
from werkzeug.datastructures import MultiDict

from referral_service.records.schemas import RecordQuerySchema, plain_query

VALUES = {
    "q": ["高坠", "消防通道堵塞", "  高坠  ", "消", " 消 ", "", "a" * 200, "a" * 201, "ＰＶＣ", "\t", "10_%"],
    "limit": ["5", "0", "abc", "", "9" * 50],
    "cursor": ["", "nonsense", "eyJ4Ijoi"],
    "kind": ["inspection", "fine"],
    "colour": ["red"],
}


def queries():
    """Every query of at most two parameters from VALUES, and each parameter given twice."""
    pairs = [(key, value) for key, values in VALUES.items() for value in values]
    yield []
    for n in (1, 2):
        yield from (list(combo) for combo in itertools.combinations(pairs, n))
    for key, values in VALUES.items():
        yield [(key, values[0]), (key, values[-1])]


@pytest.mark.parametrize("args", list(queries()), ids=str)
def test_plain_query_loads_what_the_schema_loads_or_leaves_it_to_the_schema(args):
    query = MultiDict(args)
    plain = plain_query(query)
    try:
        loaded = RecordQuerySchema().load(query)
    except ValidationError:
        assert plain is None  # every error is the schema's answer
        return
    assert plain is None or plain == loaded
    if {key for key, _ in args} <= {"q", "limit", "cursor"} and len(args) == len(query):
        assert plain == loaded  # a valid search by keyword is loaded by the plain check
