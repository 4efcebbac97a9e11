"""audit: the seals in a table of their own (audit_seals), so an access-log entry is never updated

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Each entry's position and hashes (seq, prev_hash, chain_hash, leaf_hash) move from audit_events to
audit_seals, which the sealer only inserts into. On PostgreSQL each entry gets its transaction's id
(tx_id, a server default), and the sealer takes entries in (tx_id, id) order. Entries sealed before
this migration keep a null tx_id; those not yet sealed get 0, so they come after every sealed one
and before every new one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
SEAL_COLUMNS = ('seq', 'prev_hash', 'chain_hash', 'leaf_hash')

# Neither an entry nor its seal is ever updated; `referral-service audit archive` may delete both
# once archived, by setting referral.audit_archive for its own transaction.
APPEND_ONLY = """
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('referral.audit_archive', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
"""

# As migration 0005 left it: the sealer set seq, prev_hash, chain_hash and leaf_hash on the entry.
APPEND_ONLY_0005 = """
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

TX_ID_DEFAULT = '(pg_current_xact_id()::text)::bigint'


def _postgresql() -> bool:
    return op.get_bind().dialect.name == 'postgresql'


def _unguarded(statement: str) -> None:
    """Run one UPDATE of audit_events past its append-only trigger (PostgreSQL), as only a migration may."""
    if _postgresql():
        op.execute('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only')
    op.execute(statement)
    if _postgresql():
        op.execute('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only')


def upgrade() -> None:
    op.create_table('audit_seals',
    sa.Column('seq', BIG_ID, autoincrement=False, nullable=False),
    sa.Column('event_id', BIG_ID, nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('chain_hash', sa.String(length=64), nullable=False),
    sa.Column('leaf_hash', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_seals')),
    sa.UniqueConstraint('event_id', name=op.f('uq_audit_seals_event_id'))
    )
    op.execute('INSERT INTO audit_seals (seq, event_id, prev_hash, chain_hash, leaf_hash) '
               'SELECT seq, id, prev_hash, chain_hash, leaf_hash FROM audit_events WHERE seq IS NOT NULL')

    # Sealed entries keep a null tx_id (a quick ALTER: no row is rewritten); the few unsealed get 0.
    op.add_column('audit_events', sa.Column('tx_id', sa.BigInteger(), nullable=True))
    _unguarded('UPDATE audit_events SET tx_id = 0 WHERE seq IS NULL')
    if _postgresql():
        op.execute(f'ALTER TABLE audit_events ALTER COLUMN tx_id SET DEFAULT {TX_ID_DEFAULT}')
        op.execute(APPEND_ONLY)
        op.execute('CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals '
                   'FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()')

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_unsealed', sqlite_where=sa.text('seq IS NULL'),
                            postgresql_where=sa.text('seq IS NULL'))
        batch_op.drop_constraint('uq_audit_events_seq', type_='unique')
        for name in SEAL_COLUMNS:
            batch_op.drop_column(name)
        batch_op.create_index('ix_audit_events_tx_id_id', ['tx_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_tx_id_id')
        batch_op.add_column(sa.Column('seq', BIG_ID, nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('chain_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('leaf_hash', sa.String(length=64), nullable=True))
    if _postgresql():
        op.execute('DROP TRIGGER audit_seals_append_only ON audit_seals')
        op.execute(APPEND_ONLY_0005)
    _unguarded('UPDATE audit_events SET ' + ', '.join(
        f'{name} = (SELECT s.{name} FROM audit_seals s WHERE s.event_id = audit_events.id)' for name in SEAL_COLUMNS)
        + ' WHERE id IN (SELECT event_id FROM audit_seals)')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_column('tx_id')
        batch_op.create_unique_constraint('uq_audit_events_seq', ['seq'])
        batch_op.create_index('ix_audit_events_unsealed', ['id'], unique=False, sqlite_where=sa.text('seq IS NULL'),
                              postgresql_where=sa.text('seq IS NULL'))
    op.drop_table('audit_seals')
