"""Signed notes (C2SP signed-note) and checkpoints (C2SP tlog-checkpoint): keys, signing, parsing, verifying."""
from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from gmssl import sm2

DASH = "\u2014 "
ED25519 = b"\x01"
SM2 = b"\xffsm2-sm3"  # 0xff escapes a longer, deployment-specific identifier (no assigned byte for SM2)
CRYPTO = {"ed25519-sha256": (ED25519, "sha256"), "sm2-sm3": (SM2, "sm3")}
_SM2_CURVE = sm2.default_ecc_table


class NoteError(ValueError):
    """A note or key that cannot be read, or a signature that does not verify."""


def b64(data: bytes) -> str:
    """Standard base64 (RFC 4648 §4), as notes and proofs use."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Decode standard base64 strictly."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(name: str, alg: bytes, public: bytes) -> bytes:
    """The 4-byte key hash: SHA-256(name || 0x0A || type || public key)[:4]."""
    return hashlib.sha256(name.encode() + b"\n" + alg + public).digest()[:4]


def _sm2(private: bytes, public: bytes) -> sm2.CryptSM2:
    """gmssl's SM2 object for these keys, the public one (x || y) set exactly as given.

    Its constructor drops a leading "04" with str.lstrip, which strips every leading '0' and '4':
    one public key in 256 (those whose hex begins with "04") lost characters, and its signatures
    never verified.
    """
    crypt = sm2.CryptSM2(private_key=private.hex(), public_key="")
    crypt.public_key = public.hex()
    return crypt


def _sm2_public(private: bytes) -> bytes:
    """The uncompressed SM2 public point (x || y) of a private scalar."""
    crypt = sm2.CryptSM2(private_key=private.hex(), public_key="")
    return bytes.fromhex(crypt._kg(int(private.hex(), 16), _SM2_CURVE["g"]))


@dataclass(frozen=True)
class Verifier:
    """A public key of the log: checks signatures and prints itself as a note vkey and a JWK."""

    name: str
    alg: bytes
    public: bytes

    @property
    def key_id(self) -> bytes:
        """This key's 4-byte hash."""
        return key_id(self.name, self.alg, self.public)

    @property
    def vkey(self) -> str:
        """The signed-note verifier key: name+hex(key id)+base64(type || public key)."""
        return f"{self.name}+{self.key_id.hex()}+{b64(self.alg + self.public)}"

    @classmethod
    def parse(cls, vkey: str) -> "Verifier":
        """Read a vkey string, checking its key id."""
        try:
            name, hexid, blob = vkey.strip().split("+", 2)
            raw = unb64(blob)
        except ValueError:
            raise NoteError(f"not a verifier key: {vkey[:60]!r}") from None
        alg = SM2 if raw.startswith(SM2) else raw[:1]
        verifier = cls(name, alg, raw[len(alg):])
        if alg not in (ED25519, SM2) or verifier.key_id.hex() != hexid:
            raise NoteError(f"verifier key {name}+{hexid} is malformed or of an unknown type")
        return verifier

    def verify(self, message: bytes, signature: bytes) -> bool:
        """Whether signature is this key's over message."""
        if self.alg == ED25519:
            try:
                Ed25519PublicKey.from_public_bytes(self.public).verify(signature, message)
                return True
            except (InvalidSignature, ValueError):
                return False
        crypt = _sm2(b"", self.public)
        try:
            return bool(crypt.verify_with_sm3(signature.hex(), message))
        except (ValueError, TypeError):
            return False

    def jwk(self) -> dict[str, Any]:
        """The key as a JWK (RFC 8037 OKP for Ed25519; EC with crv SM2 otherwise)."""
        kid = self.key_id.hex()
        if self.alg == ED25519:
            return {"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": kid,
                    "x": _b64url(self.public)}
        return {"kty": "EC", "crv": "SM2", "alg": "SM2SM3", "use": "sig", "kid": kid,
                "x": _b64url(self.public[:32]), "y": _b64url(self.public[32:])}


def _b64url(data: bytes) -> str:
    """Unpadded base64url, as JWK uses."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Signer:
    """The log's private key. Its bytes never leave this object: no repr, no export but the key file."""

    def __init__(self, name: str, alg: bytes, private: bytes) -> None:
        """A signer of `alg` with the raw private key bytes."""
        self._private = private
        if alg == ED25519:
            public = Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
        else:
            public = _sm2_public(private)
        self.verifier = Verifier(name, alg, public)

    def __repr__(self) -> str:
        """Names the key by its public id only."""
        return f"Signer({self.verifier.name}+{self.verifier.key_id.hex()})"

    def sign(self, message: bytes) -> bytes:
        """The signature over message."""
        if self.verifier.alg == ED25519:
            return Ed25519PrivateKey.from_private_bytes(self._private).sign(message)
        crypt = _sm2(self._private, self.verifier.public)
        return bytes.fromhex(crypt.sign_with_sm3(message, secrets.token_hex(32)))

    @classmethod
    def generate(cls, name: str, crypto: str) -> "Signer":
        """A new random key of the configured kind."""
        alg = CRYPTO[crypto][0]
        if alg == ED25519:
            return cls(name, alg, Ed25519PrivateKey.generate().private_bytes_raw())
        order = int(_SM2_CURVE["n"], 16)
        return cls(name, alg, (secrets.randbelow(order - 1) + 1).to_bytes(32, "big"))

    def dump(self) -> str:
        """The key file's one line: PRIVATE+KEY+name+hex(key id)+base64(type || private key)."""
        v = self.verifier
        return f"PRIVATE+KEY+{v.name}+{v.key_id.hex()}+{b64(v.alg + self._private)}\n"

    @classmethod
    def load(cls, text: str) -> "Signer":
        """Read a key file's line (without ever echoing it in an error)."""
        try:
            prefix, kind, name, hexid, blob = text.strip().split("+", 4)
            raw = unb64(blob)
        except ValueError:
            raise NoteError("the signing key file is not a PRIVATE+KEY line") from None
        alg = SM2 if raw.startswith(SM2) else raw[:1]
        if (prefix, kind) != ("PRIVATE", "KEY") or alg not in (ED25519, SM2):
            raise NoteError("the signing key file is not a PRIVATE+KEY line of a known type")
        signer = cls(name, alg, raw[len(alg):])
        if signer.verifier.key_id.hex() != hexid:
            raise NoteError("the signing key file's key id does not match its key")
        return signer


def ensure_key(path: Path, name: str, crypto: str) -> Signer:
    """Load the signing key at path, creating one (mode 0600) when there is none."""
    if path.exists():
        signer = Signer.load(path.read_text())
        if signer.verifier.alg != CRYPTO[crypto][0] or signer.verifier.name != name:
            raise NoteError(f"the signing key {signer!r} is not a {crypto} key named {name}")
        return signer
    signer = Signer.generate(name, crypto)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # readable by this user only, from the start
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(signer.dump())
    return signer


@dataclass(frozen=True)
class Checkpoint:
    """A parsed, signed checkpoint: origin, tree size, root hash and its signature lines."""

    origin: str
    tree_size: int
    root_hash: bytes
    text: str  # the signed body, ending in a newline
    signatures: tuple[tuple[str, bytes, bytes], ...]  # (key name, key id, signature)

    @property
    def note(self) -> str:
        """The whole signed note as handed out."""
        lines = "".join(f"{DASH}{name} {b64(kid + sig)}\n" for name, kid, sig in self.signatures)
        return f"{self.text}\n{lines}"


def checkpoint_text(origin: str, tree_size: int, root_hash: bytes) -> str:
    """The checkpoint body: origin, decimal tree size and base64 root hash, one per line."""
    return f"{origin}\n{tree_size}\n{b64(root_hash)}\n"


def sign_checkpoint(signer: Signer, origin: str, tree_size: int, root_hash: bytes) -> Checkpoint:
    """A checkpoint signed by signer."""
    text = checkpoint_text(origin, tree_size, root_hash)
    v = signer.verifier
    return Checkpoint(origin, tree_size, root_hash, text, ((v.name, v.key_id, signer.sign(text.encode())),))


def parse_notes(text: str) -> list[Checkpoint]:
    """Every checkpoint note in text (one note, or a sink file of many), in order."""
    notes, body, sigs, in_sigs = [], [], [], False
    for line in text.splitlines():
        if in_sigs and line.startswith(DASH):
            sigs.append(line)
            continue
        if in_sigs:
            notes.append(_parse_note(body, sigs))
            body, sigs, in_sigs = [], [], False
        if line == "" and body:
            in_sigs = True
        elif line:
            body.append(line)
    if in_sigs:
        notes.append(_parse_note(body, sigs))
    elif body:
        raise NoteError("the file ends inside a note without signatures")
    return notes


def _parse_note(body: list[str], sigs: list[str]) -> Checkpoint:
    """One checkpoint from its body lines and signature lines."""
    if len(body) < 3 or not sigs or not body[1].isdigit():
        raise NoteError("not a checkpoint note: expected origin, tree size, root hash and a signature")
    try:
        root = unb64(body[2])
        signatures = []
        for line in sigs:
            name, blob = line[len(DASH):].rsplit(" ", 1)
            raw = unb64(blob)
            signatures.append((name, raw[:4], raw[4:]))
    except ValueError:
        raise NoteError("the checkpoint's root hash or signature is not base64") from None
    return Checkpoint(body[0], int(body[1]), root, "".join(line + "\n" for line in body), tuple(signatures))


def verify_checkpoint(checkpoint: Checkpoint, verifiers: list[Verifier]) -> Verifier:
    """The trusted key whose signature on the checkpoint verifies; NoteError naming what is wrong otherwise."""
    known = {(v.name, v.key_id): v for v in verifiers}
    names = []
    for name, kid, sig in checkpoint.signatures:
        names.append(f"{name}+{kid.hex()}")
        verifier = known.get((name, kid))
        if verifier is None:
            continue
        if verifier.verify(checkpoint.text.encode(), sig):
            return verifier
        raise NoteError(f"the checkpoint's signature by {name}+{kid.hex()} does not verify: "
                        "the checkpoint was altered or forged")
    raise NoteError(f"the checkpoint is signed by no trusted key (signed by {', '.join(names)})")
