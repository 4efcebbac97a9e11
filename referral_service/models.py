"""Every model module, imported so that the metadata (and Alembic) sees all tables."""
from .agencies.models import Agency  # noqa: F401
from .audit.models import AuditAnchor, AuditCheckpoint, AuditEvent, AuditTreeNode  # noqa: F401
from .auth.models import Client, Token  # noqa: F401
from .auth.throttle import ClientAuthFailure  # noqa: F401
from .idempotency import IdempotencyKey  # noqa: F401
from .notifications.models import DeadlineNotice, Notification, WebhookDelivery, WebhookSubscription  # noqa: F401
from .referrals.models import Referral, ReferralAttachment, ReferralEvent, ReferralSequence  # noqa: F401
from .records.models import Record, RecordVersion  # noqa: F401
from .recommendations.models import (Hazard, Recommendation, RecommendationAttachment,  # noqa: F401
                                     RecommendationEvent)
from .consultations.models import Consultation, ConsultationAttachment, ConsultationMessage  # noqa: F401
from .db import Base

metadata = Base.metadata
