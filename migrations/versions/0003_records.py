"""records: shared enforcement records, their versions, flags and the bigram search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa
import referral_service.db
from sqlalchemy.dialects import postgresql

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('records',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('case_number', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('penalty_decision', 'inspection', 'hazard_order', 'non_litigation_enforcement', name='recordkind', native_enum=False, length=40), nullable=False),
    sa.Column('subject_name', sa.String(length=200), nullable=False),
    sa.Column('subject_credit_code', sa.String(length=18), nullable=True),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=True),
    sa.Column('penalty_type', sa.String(length=100), nullable=True),
    sa.Column('penalty_amount_yuan', sa.Numeric(precision=18, scale=2), nullable=True),
    sa.Column('decided_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deaths', sa.Integer(), nullable=False),
    sa.Column('serious_injuries', sa.Integer(), nullable=False),
    sa.Column('direct_loss_yuan', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('rectification_status', sa.Enum('not_required', 'pending', 'completed', 'overdue', name='rectificationstatus', native_enum=False, length=20), nullable=True),
    sa.Column('rectification_due_date', sa.Date(), nullable=True),
    sa.Column('division_code', sa.String(length=6), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=True),
    sa.Column('meets_criminal_threshold', sa.Boolean(), nullable=False),
    sa.Column('unreferred', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    # Only PostgreSQL fills it (see referral_service/records/search.py); SQLite scans search_text.
    sa.Column('search_bigrams', sa.JSON().with_variant(postgresql.ARRAY(sa.Text()), 'postgresql'), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_records_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_records')),
    sa.UniqueConstraint('agency_id', 'case_number', name='uq_records_agency_id_case_number')
    )
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.create_index('ix_records_decided_at_id', ['decided_at', 'id'], unique=False)
        batch_op.create_index('ix_records_agency_id_decided_at_id', ['agency_id', 'decided_at', 'id'], unique=False)
        batch_op.create_index('ix_records_kind_decided_at_id', ['kind', 'decided_at', 'id'], unique=False)
        batch_op.create_index('ix_records_subject_credit_code', ['subject_credit_code'], unique=False)
        batch_op.create_index('ix_records_division_code', ['division_code'], unique=False)
        batch_op.create_index('ix_records_unreferred', ['decided_at', 'id'], unique=False, sqlite_where=sa.text('unreferred'), postgresql_where=sa.text('unreferred'))
        batch_op.create_index('ix_records_meets_threshold', ['decided_at', 'id'], unique=False, sqlite_where=sa.text('meets_criminal_threshold'), postgresql_where=sa.text('meets_criminal_threshold'))
        batch_op.create_index('ix_records_search_bigrams', ['search_bigrams'], unique=False, postgresql_using='gin')

    op.create_table('record_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('published_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('superseded_at', referral_service.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('content', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['records.id'], name=op.f('fk_record_versions_record_id_records')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_versions')),
    sa.UniqueConstraint('record_id', 'version', name='uq_record_versions_record_id_version')
    )


def downgrade() -> None:
    op.drop_table('record_versions')
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_index('ix_records_search_bigrams', postgresql_using='gin')
        batch_op.drop_index('ix_records_meets_threshold', sqlite_where=sa.text('meets_criminal_threshold'), postgresql_where=sa.text('meets_criminal_threshold'))
        batch_op.drop_index('ix_records_unreferred', sqlite_where=sa.text('unreferred'), postgresql_where=sa.text('unreferred'))
        batch_op.drop_index('ix_records_division_code')
        batch_op.drop_index('ix_records_subject_credit_code')
        batch_op.drop_index('ix_records_kind_decided_at_id')
        batch_op.drop_index('ix_records_agency_id_decided_at_id')
        batch_op.drop_index('ix_records_decided_at_id')
    op.drop_table('records')
