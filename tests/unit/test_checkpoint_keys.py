"""The access log's SM2 signing keys: every key's checkpoints verify, in the service and outside it."""
from gmssl import sm2 as gm_sm2

from referral_service.audit.notes import SM2, Signer, sign_checkpoint, verify_checkpoint

ORIGIN = "test/access-log"
# A private key whose public key's hex begins with "04", as one key in 256 does: gmssl's
# constructor stripped such a key's leading '0's and '4's, and none of its checkpoints verified.
PRIVATE_04 = (11).to_bytes(32, "big")


def outside_verifier(public: bytes) -> gm_sm2.CryptSM2:
    """gmssl's verifier for the public key (x || y), set as it is, as an auditor would use it."""
    crypt = gm_sm2.CryptSM2(private_key="", public_key="")
    crypt.public_key = public.hex()
    return crypt


def test_an_sm2_key_whose_public_key_begins_with_04_signs_checkpoints_that_verify():
    signer = Signer(ORIGIN, SM2, PRIVATE_04)
    assert signer.verifier.public.hex().startswith("04")
    checkpoint = sign_checkpoint(signer, ORIGIN, 3, bytes(range(32)))
    assert verify_checkpoint(checkpoint, [signer.verifier]) == signer.verifier

    [(_name, _key_id, signature)] = checkpoint.signatures
    outside = outside_verifier(signer.verifier.public)
    assert outside.verify_with_sm3(signature.hex(), checkpoint.text.encode())
    assert not outside.verify_with_sm3(signature.hex(), checkpoint.text.replace("\n3\n", "\n4\n").encode())
