""" Contains all the data models used in inputs/outputs """

from .add_referral_attachment_body import AddReferralAttachmentBody
from .agency import Agency
from .agency_kind import AgencyKind
from .agency_page import AgencyPage
from .attachment import Attachment
from .attachment_content_type import AttachmentContentType
from .attachment_page import AttachmentPage
from .audit_event import AuditEvent
from .audit_event_page import AuditEventPage
from .audit_verdict import AuditVerdict
from .contact import Contact
from .counts import Counts
from .docs_asset_asset import DocsAssetAsset
from .document_type import DocumentType
from .export_audit_events_format import ExportAuditEventsFormat
from .export_audit_events_outcome import ExportAuditEventsOutcome
from .healthz_response_200 import HealthzResponse200
from .incident import Incident
from .introspect_token_body import IntrospectTokenBody
from .introspect_token_body_token_type_hint import IntrospectTokenBodyTokenTypeHint
from .introspect_token_response_400 import IntrospectTokenResponse400
from .introspect_token_response_400_error import IntrospectTokenResponse400Error
from .introspect_token_response_401 import IntrospectTokenResponse401
from .introspect_token_response_401_error import IntrospectTokenResponse401Error
from .introspection import Introspection
from .issue_token_body import IssueTokenBody
from .issue_token_body_grant_type import IssueTokenBodyGrantType
from .issue_token_response_400 import IssueTokenResponse400
from .issue_token_response_400_error import IssueTokenResponse400Error
from .issue_token_response_401 import IssueTokenResponse401
from .issue_token_response_401_error import IssueTokenResponse401Error
from .list_audit_events_outcome import ListAuditEventsOutcome
from .openapi_json_response_200 import OpenapiJsonResponse200
from .organization_party_input import OrganizationPartyInput
from .organization_party_input_kind import OrganizationPartyInputKind
from .party import Party
from .party_kind import PartyKind
from .party_role import PartyRole
from .person_party_input import PersonPartyInput
from .person_party_input_kind import PersonPartyInputKind
from .problem import Problem
from .problem_errors import ProblemErrors
from .query_boolean import QueryBoolean
from .readyz_response_200 import ReadyzResponse200
from .record import Record
from .record_batch_input import RecordBatchInput
from .record_batch_result import RecordBatchResult
from .record_batch_result_items_item import RecordBatchResultItemsItem
from .record_batch_result_items_item_outcome import RecordBatchResultItemsItemOutcome
from .record_content import RecordContent
from .record_content_penalty_type_0 import RecordContentPenaltyType0
from .record_content_rectification_type_0 import RecordContentRectificationType0
from .record_content_subject import RecordContentSubject
from .record_flag import RecordFlag
from .record_input import RecordInput
from .record_kind import RecordKind
from .record_page import RecordPage
from .record_penalty import RecordPenalty
from .record_rectification import RecordRectification
from .record_rectification_status import RecordRectificationStatus
from .record_subject import RecordSubject
from .record_version import RecordVersion
from .record_version_page import RecordVersionPage
from .referral import Referral
from .referral_action_close import ReferralActionClose
from .referral_action_close_action import ReferralActionCloseAction
from .referral_action_forward import ReferralActionForward
from .referral_action_forward_action import ReferralActionForwardAction
from .referral_action_plain import ReferralActionPlain
from .referral_action_plain_action import ReferralActionPlainAction
from .referral_action_with_reason import ReferralActionWithReason
from .referral_action_with_reason_action import ReferralActionWithReasonAction
from .referral_category import ReferralCategory
from .referral_create import ReferralCreate
from .referral_due_step_type_1 import ReferralDueStepType1
from .referral_due_step_type_2_type_1 import ReferralDueStepType2Type1
from .referral_due_step_type_3_type_1 import ReferralDueStepType3Type1
from .referral_event import ReferralEvent
from .referral_event_page import ReferralEventPage
from .referral_page import ReferralPage
from .referral_status import ReferralStatus
from .revoke_token_body import RevokeTokenBody
from .revoke_token_body_token_type_hint import RevokeTokenBodyTokenTypeHint
from .revoke_token_response_200 import RevokeTokenResponse200
from .revoke_token_response_400 import RevokeTokenResponse400
from .revoke_token_response_400_error import RevokeTokenResponse400Error
from .revoke_token_response_401 import RevokeTokenResponse401
from .revoke_token_response_401_error import RevokeTokenResponse401Error
from .server_metadata import ServerMetadata
from .stats import Stats
from .stats_records import StatsRecords
from .stats_referrals import StatsReferrals
from .suspected_offence import SuspectedOffence
from .token_response import TokenResponse

__all__ = (
    "AddReferralAttachmentBody",
    "Agency",
    "AgencyKind",
    "AgencyPage",
    "Attachment",
    "AttachmentContentType",
    "AttachmentPage",
    "AuditEvent",
    "AuditEventPage",
    "AuditVerdict",
    "Contact",
    "Counts",
    "DocsAssetAsset",
    "DocumentType",
    "ExportAuditEventsFormat",
    "ExportAuditEventsOutcome",
    "HealthzResponse200",
    "Incident",
    "Introspection",
    "IntrospectTokenBody",
    "IntrospectTokenBodyTokenTypeHint",
    "IntrospectTokenResponse400",
    "IntrospectTokenResponse400Error",
    "IntrospectTokenResponse401",
    "IntrospectTokenResponse401Error",
    "IssueTokenBody",
    "IssueTokenBodyGrantType",
    "IssueTokenResponse400",
    "IssueTokenResponse400Error",
    "IssueTokenResponse401",
    "IssueTokenResponse401Error",
    "ListAuditEventsOutcome",
    "OpenapiJsonResponse200",
    "OrganizationPartyInput",
    "OrganizationPartyInputKind",
    "Party",
    "PartyKind",
    "PartyRole",
    "PersonPartyInput",
    "PersonPartyInputKind",
    "Problem",
    "ProblemErrors",
    "QueryBoolean",
    "ReadyzResponse200",
    "Record",
    "RecordBatchInput",
    "RecordBatchResult",
    "RecordBatchResultItemsItem",
    "RecordBatchResultItemsItemOutcome",
    "RecordContent",
    "RecordContentPenaltyType0",
    "RecordContentRectificationType0",
    "RecordContentSubject",
    "RecordFlag",
    "RecordInput",
    "RecordKind",
    "RecordPage",
    "RecordPenalty",
    "RecordRectification",
    "RecordRectificationStatus",
    "RecordSubject",
    "RecordVersion",
    "RecordVersionPage",
    "Referral",
    "ReferralActionClose",
    "ReferralActionCloseAction",
    "ReferralActionForward",
    "ReferralActionForwardAction",
    "ReferralActionPlain",
    "ReferralActionPlainAction",
    "ReferralActionWithReason",
    "ReferralActionWithReasonAction",
    "ReferralCategory",
    "ReferralCreate",
    "ReferralDueStepType1",
    "ReferralDueStepType2Type1",
    "ReferralDueStepType3Type1",
    "ReferralEvent",
    "ReferralEventPage",
    "ReferralPage",
    "ReferralStatus",
    "RevokeTokenBody",
    "RevokeTokenBodyTokenTypeHint",
    "RevokeTokenResponse200",
    "RevokeTokenResponse400",
    "RevokeTokenResponse400Error",
    "RevokeTokenResponse401",
    "RevokeTokenResponse401Error",
    "ServerMetadata",
    "Stats",
    "StatsRecords",
    "StatsReferrals",
    "SuspectedOffence",
    "TokenResponse",
)
