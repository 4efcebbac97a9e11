"""RFC 9162 Merkle tree arithmetic: entry bytes, leaf and node hashes, the frontier and proofs. No database."""
from __future__ import annotations

import hashlib
from typing import Any, Callable, Iterable, Sequence

from gmssl import func as gm_func
from gmssl import sm3 as gm_sm3

from ..jsontext import canonical

Hasher = Callable[[bytes], bytes]
Range = tuple[int, int]


def entry_bytes(content: dict[str, Any]) -> bytes:
    """The canonical bytes of an entry's content fields (RFC 8785 JSON, UTF-8).

    The content fields are strings, integers, null and lists of strings, under ASCII keys: for
    those, sorted keys, no whitespace, UTF-8 and JSON's minimal escapes are exactly JCS (the tests
    compare this with the rfc8785 package), and far faster than a general canonicaliser.
    """
    return canonical(content)


def _sha256(data: bytes) -> bytes:
    """SHA-256 of data."""
    return hashlib.sha256(data).digest()


def _sm3_gmssl(data: bytes) -> bytes:
    """SM3 of data, by gmssl (pure Python) where OpenSSL lacks SM3."""
    return bytes.fromhex(gm_sm3.sm3_hash(gm_func.bytes_to_list(data)))


def _sm3_openssl(data: bytes) -> bytes:
    """SM3 of data, by OpenSSL through hashlib."""
    return hashlib.new("sm3", data).digest()


def _has_openssl_sm3() -> bool:
    """Whether this Python's OpenSSL offers SM3 (it gives the same digest as gmssl, much faster)."""
    try:
        return _sm3_openssl(b"abc") == _sm3_gmssl(b"abc")
    except ValueError:
        return False


HASHES: dict[str, Hasher] = {"sha256": _sha256, "sm3": _sm3_openssl if _has_openssl_sm3() else _sm3_gmssl}


def hasher(name: str) -> Hasher:
    """The hash function called `name` ("sha256" or "sm3")."""
    try:
        return HASHES[name]
    except KeyError:
        raise ValueError(f"unknown access-log hash {name!r}: use one of {sorted(HASHES)}") from None


def leaf_hash(h: Hasher, data: bytes) -> bytes:
    """RFC 9162 §2.1.1: HASH(0x00 || entry)."""
    return h(b"\x00" + data)


def node_hash(h: Hasher, left: bytes, right: bytes) -> bytes:
    """RFC 9162 §2.1.1: HASH(0x01 || left || right)."""
    return h(b"\x01" + left + right)


def split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def frontier_keys(size: int) -> list[tuple[int, int]]:
    """(level, index) of the complete subtrees on the right edge of a tree of `size` leaves, left to right."""
    keys, start = [], 0
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            keys.append((level, start >> level))
            start += 1 << level
    return keys


class Frontier:
    """The right edge of a growing tree: appending a leaf costs O(log n) hashes."""

    def __init__(self, h: Hasher, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        """A tree of `size` leaves whose right-edge subtree hashes (left to right) are `hashes`."""
        self.h, self.size, self.hashes = h, size, list(hashes)

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf hash; returns the complete subtrees (level, index, hash) it completes, the leaf first."""
        made = [(0, self.size, leaf)]
        node, level, index = leaf, 0, self.size
        while self.size >> level & 1:
            node = node_hash(self.h, self.hashes.pop(), node)
            level, index = level + 1, index >> 1
            made.append((level, index, node))
        self.hashes.append(node)
        self.size += 1
        return made

    def root(self) -> bytes:
        """The tree head: MTH of all leaves so far (RFC 9162 §2.1.1)."""
        if not self.hashes:
            return self.h(b"")
        node = self.hashes[-1]
        for left in reversed(self.hashes[:-1]):
            node = node_hash(self.h, left, node)
        return node


def root_of(h: Hasher, leaves: Iterable[bytes]) -> bytes:
    """The root over leaf hashes, built at once by halving (RFC 9162 §2.1.1, for comparison and tests)."""
    level = list(leaves)
    if not level:
        return h(b"")
    return _mth(h, level, 0, len(level))


def _mth(h: Hasher, leaves: list[bytes], lo: int, hi: int) -> bytes:
    """MTH(D[lo:hi]) by the recursive definition."""
    if hi - lo == 1:
        return leaves[lo]
    k = split(hi - lo)
    return node_hash(h, _mth(h, leaves, lo, lo + k), _mth(h, leaves, lo + k, hi))


def inclusion_ranges(m: int, n: int) -> list[Range]:
    """The leaf ranges whose hashes make PATH(m, D[0:n]) (RFC 9162 §2.1.3.1), leaf side first."""
    out: list[Range] = []
    lo, hi = 0, n
    while hi - lo > 1:
        k = split(hi - lo)
        if m - lo < k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo = lo + k
    return out[::-1]


def consistency_ranges(m: int, n: int) -> list[Range]:
    """The leaf ranges whose hashes make PROOF(m, D[0:n]) (RFC 9162 §2.1.4.1), in proof order."""
    out: list[Range] = []
    lo, hi, complete = 0, n, True
    while m - lo != hi - lo:
        k = split(hi - lo)
        if m - lo <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo, complete = lo + k, False
    if not complete:
        out.append((lo, hi))
    return out[::-1]


def pieces(lo: int, hi: int) -> list[tuple[int, int]]:
    """The complete subtrees (level, index) that make the range [lo, hi), largest first.

    Every range a proof asks for starts at a multiple of its largest piece, so these are stored nodes.
    """
    out = []
    while lo < hi:
        level = (hi - lo).bit_length() - 1
        while lo % (1 << level):
            level -= 1
        out.append((level, lo >> level))
        lo += 1 << level
    return out


def range_hash(h: Hasher, nodes: dict[tuple[int, int], bytes], lo: int, hi: int) -> bytes:
    """MTH(D[lo:hi]) from stored complete subtrees: the pieces folded from the right."""
    parts = [nodes[key] for key in pieces(lo, hi)]
    node = parts[-1]
    for left in reversed(parts[:-1]):
        node = node_hash(h, left, node)
    return node


def verify_consistency(h: Hasher, first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: list[bytes]) -> bool:
    """RFC 9162 §2.1.4.2: whether proof shows the tree of `first` leaves is a prefix of the one of `second`."""
    if first == second:
        return not proof and first_root == second_root
    if not 0 < first < second or not proof and first & (first - 1):
        return False
    path = [first_root, *proof] if first & (first - 1) == 0 else list(proof)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    roots = _fold_consistency(h, fn, sn, path)
    return roots is not None and roots == (first_root, second_root)


def _fold_consistency(h: Hasher, fn: int, sn: int, path: list[bytes]) -> tuple[bytes, bytes] | None:
    """The two roots a consistency path leads to (RFC 9162 §2.1.4.2 steps 5-6), or None when it is malformed."""
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            fr, sr = node_hash(h, c, fr), node_hash(h, c, sr)
            while not fn & 1 and fn:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(h, sr, c)
        fn, sn = fn >> 1, sn >> 1
    return (fr, sr) if sn == 0 else None
