"""audit: Merkle leaf hashes, the tree's complete subtrees and signed checkpoints

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa
import referral_service.db

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


# As in 0001, and the sealer may now also set the entry's leaf hash once (with seq, or on its own
# for entries sealed before the tree existed).
APPEND_ONLY = """
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF current_setting('referral.audit_archive', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: DELETE refused';
    END IF;
    IF ((OLD.seq IS NULL AND NEW.seq IS NOT NULL) OR (OLD.leaf_hash IS NULL AND NEW.leaf_hash IS NOT NULL
                                                     AND NEW.seq = OLD.seq))
       AND (to_jsonb(NEW) - ARRAY['seq', 'prev_hash', 'chain_hash', 'leaf_hash'])
         = (to_jsonb(OLD) - ARRAY['seq', 'prev_hash', 'chain_hash', 'leaf_hash'])
       AND (OLD.seq IS NULL OR (NEW.prev_hash = OLD.prev_hash AND NEW.chain_hash = OLD.chain_hash)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: UPDATE refused';
END;
$$;
"""

APPEND_ONLY_0001 = """
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF current_setting('referral.audit_archive', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: DELETE refused';
    END IF;
    IF OLD.seq IS NULL AND NEW.seq IS NOT NULL
       AND (to_jsonb(NEW) - ARRAY['seq', 'prev_hash', 'chain_hash'])
         = (to_jsonb(OLD) - ARRAY['seq', 'prev_hash', 'chain_hash']) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: UPDATE refused';
END;
$$;
"""


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leaf_hash', sa.String(length=64), nullable=True))

    op.create_table('audit_tree_nodes',
    sa.Column('level', sa.SmallInteger(), autoincrement=False, nullable=False),
    sa.Column('idx', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False, nullable=False),
    sa.Column('hash', sa.LargeBinary(length=64), nullable=False),
    sa.PrimaryKeyConstraint('level', 'idx', name=op.f('pk_audit_tree_nodes'))
    )
    op.create_table('audit_checkpoints',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('tree_size', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('root_hash', sa.String(length=100), nullable=False),
    sa.Column('key_id', sa.String(length=8), nullable=False),
    sa.Column('signed_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checkpoints'))
    )
    with op.batch_alter_table('audit_checkpoints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_checkpoints_tree_size'), ['tree_size'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY)
    # Entries sealed before the tree existed become its first leaves (SHA-256, the default).
    from referral_service.audit.checkpoints import backfill
    backfill(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY_0001)
    with op.batch_alter_table('audit_checkpoints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_checkpoints_tree_size'))
    op.drop_table('audit_checkpoints')
    op.drop_table('audit_tree_nodes')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_column('leaf_hash')
