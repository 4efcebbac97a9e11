"""security: failed client authentications (throttling) and an index for purging idempotency keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa
import referral_service.db

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('client_auth_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=True),
    sa.Column('client_address', sa.String(length=64), nullable=False),
    sa.Column('occurred_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_auth_failures'))
    )
    op.create_index('ix_client_auth_failures_address_occurred_at', 'client_auth_failures',
                    ['client_address', 'occurred_at'], unique=False)
    op.create_index('ix_client_auth_failures_client_id_occurred_at', 'client_auth_failures',
                    ['client_id', 'occurred_at'], unique=False)
    op.create_index('ix_idempotency_keys_created_at', 'idempotency_keys', ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_idempotency_keys_created_at', table_name='idempotency_keys')
    op.drop_index('ix_client_auth_failures_client_id_occurred_at', table_name='client_auth_failures')
    op.drop_index('ix_client_auth_failures_address_occurred_at', table_name='client_auth_failures')
    op.drop_table('client_auth_failures')
