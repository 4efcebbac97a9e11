""" Contains all the data models used in inputs/outputs """

from .add_recommendation_attachment_body import AddRecommendationAttachmentBody
from .add_referral_attachment_body import AddReferralAttachmentBody
from .agency import Agency
from .agency_kind import AgencyKind
from .agency_page import AgencyPage
from .attachment import Attachment
from .attachment_content_type import AttachmentContentType
from .attachment_page import AttachmentPage
from .audit_checkpoint import AuditCheckpoint
from .audit_consistency_proof import AuditConsistencyProof
from .audit_event import AuditEvent
from .audit_event_page import AuditEventPage
from .audit_inclusion_proof import AuditInclusionProof
from .audit_verdict import AuditVerdict
from .audit_verifier_key import AuditVerifierKey
from .audit_verifier_key_algorithm import AuditVerifierKeyAlgorithm
from .audit_verifier_key_jwk import AuditVerifierKeyJwk
from .audit_verifier_key_list import AuditVerifierKeyList
from .consultation import Consultation
from .consultation_action import ConsultationAction
from .consultation_action_action import ConsultationActionAction
from .consultation_create import ConsultationCreate
from .consultation_kind import ConsultationKind
from .consultation_link import ConsultationLink
from .consultation_link_type import ConsultationLinkType
from .consultation_message import ConsultationMessage
from .consultation_message_input import ConsultationMessageInput
from .consultation_page import ConsultationPage
from .consultation_status import ConsultationStatus
from .contact import Contact
from .copy_body import CopyBody
from .copy_to import CopyTo
from .counts import Counts
from .delivery import Delivery
from .delivery_page import DeliveryPage
from .delivery_status import DeliveryStatus
from .docs_asset_asset import DocsAssetAsset
from .document_type import DocumentType
from .event import Event
from .event_page import EventPage
from .event_subject_kind import EventSubjectKind
from .event_type import EventType
from .export_audit_events_format import ExportAuditEventsFormat
from .export_audit_events_outcome import ExportAuditEventsOutcome
from .export_recommendations_due_soon import ExportRecommendationsDueSoon
from .export_recommendations_format import ExportRecommendationsFormat
from .export_recommendations_overdue import ExportRecommendationsOverdue
from .hazard import Hazard
from .hazard_category import HazardCategory
from .hazard_input import HazardInput
from .hazard_result import HazardResult
from .hazard_status import HazardStatus
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
from .list_consultation_messages_response_200 import ListConsultationMessagesResponse200
from .list_consultations_overdue import ListConsultationsOverdue
from .list_recommendation_attachments_response_200 import ListRecommendationAttachmentsResponse200
from .list_recommendation_events_response_200 import ListRecommendationEventsResponse200
from .list_recommendations_due_soon import ListRecommendationsDueSoon
from .list_recommendations_overdue import ListRecommendationsOverdue
from .message_attachment import MessageAttachment
from .openapi_json_response_200 import OpenapiJsonResponse200
from .organization_party_input import OrganizationPartyInput
from .organization_party_input_kind import OrganizationPartyInputKind
from .party import Party
from .party_kind import PartyKind
from .party_role import PartyRole
from .person_party_input import PersonPartyInput
from .person_party_input_kind import PersonPartyInputKind
from .post_consultation_message_files_body import PostConsultationMessageFilesBody
from .problem import Problem
from .problem_errors import ProblemErrors
from .query_boolean import QueryBoolean
from .readyz_response_200 import ReadyzResponse200
from .recommendation import Recommendation
from .recommendation_action import RecommendationAction
from .recommendation_action_action import RecommendationActionAction
from .recommendation_action_adoption import RecommendationActionAdoption
from .recommendation_action_review_outcome import RecommendationActionReviewOutcome
from .recommendation_action_service_method import RecommendationActionServiceMethod
from .recommendation_adoption_type_1 import RecommendationAdoptionType1
from .recommendation_adoption_type_2_type_1 import RecommendationAdoptionType2Type1
from .recommendation_adoption_type_3_type_1 import RecommendationAdoptionType3Type1
from .recommendation_attachment import RecommendationAttachment
from .recommendation_counts import RecommendationCounts
from .recommendation_create import RecommendationCreate
from .recommendation_document_type import RecommendationDocumentType
from .recommendation_event import RecommendationEvent
from .recommendation_event_details import RecommendationEventDetails
from .recommendation_kind import RecommendationKind
from .recommendation_page import RecommendationPage
from .recommendation_review_outcome_type_1 import RecommendationReviewOutcomeType1
from .recommendation_review_outcome_type_2_type_1 import RecommendationReviewOutcomeType2Type1
from .recommendation_review_outcome_type_3_type_1 import RecommendationReviewOutcomeType3Type1
from .recommendation_service_method_type_1 import RecommendationServiceMethodType1
from .recommendation_service_method_type_2_type_1 import RecommendationServiceMethodType2Type1
from .recommendation_service_method_type_3_type_1 import RecommendationServiceMethodType3Type1
from .recommendation_stats import RecommendationStats
from .recommendation_stats_by_agency import RecommendationStatsByAgency
from .recommendation_stats_by_month import RecommendationStatsByMonth
from .recommendation_status import RecommendationStatus
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
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_page import WebhookPage
from .webhook_payload import WebhookPayload
from .webhook_update import WebhookUpdate
from .webhook_with_secret import WebhookWithSecret

__all__ = (
    "AddRecommendationAttachmentBody",
    "AddReferralAttachmentBody",
    "Agency",
    "AgencyKind",
    "AgencyPage",
    "Attachment",
    "AttachmentContentType",
    "AttachmentPage",
    "AuditCheckpoint",
    "AuditConsistencyProof",
    "AuditEvent",
    "AuditEventPage",
    "AuditInclusionProof",
    "AuditVerdict",
    "AuditVerifierKey",
    "AuditVerifierKeyAlgorithm",
    "AuditVerifierKeyJwk",
    "AuditVerifierKeyList",
    "Consultation",
    "ConsultationAction",
    "ConsultationActionAction",
    "ConsultationCreate",
    "ConsultationKind",
    "ConsultationLink",
    "ConsultationLinkType",
    "ConsultationMessage",
    "ConsultationMessageInput",
    "ConsultationPage",
    "ConsultationStatus",
    "Contact",
    "CopyBody",
    "CopyTo",
    "Counts",
    "Delivery",
    "DeliveryPage",
    "DeliveryStatus",
    "DocsAssetAsset",
    "DocumentType",
    "Event",
    "EventPage",
    "EventSubjectKind",
    "EventType",
    "ExportAuditEventsFormat",
    "ExportAuditEventsOutcome",
    "ExportRecommendationsDueSoon",
    "ExportRecommendationsFormat",
    "ExportRecommendationsOverdue",
    "Hazard",
    "HazardCategory",
    "HazardInput",
    "HazardResult",
    "HazardStatus",
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
    "ListConsultationMessagesResponse200",
    "ListConsultationsOverdue",
    "ListRecommendationAttachmentsResponse200",
    "ListRecommendationEventsResponse200",
    "ListRecommendationsDueSoon",
    "ListRecommendationsOverdue",
    "MessageAttachment",
    "OpenapiJsonResponse200",
    "OrganizationPartyInput",
    "OrganizationPartyInputKind",
    "Party",
    "PartyKind",
    "PartyRole",
    "PersonPartyInput",
    "PersonPartyInputKind",
    "PostConsultationMessageFilesBody",
    "Problem",
    "ProblemErrors",
    "QueryBoolean",
    "ReadyzResponse200",
    "Recommendation",
    "RecommendationAction",
    "RecommendationActionAction",
    "RecommendationActionAdoption",
    "RecommendationActionReviewOutcome",
    "RecommendationActionServiceMethod",
    "RecommendationAdoptionType1",
    "RecommendationAdoptionType2Type1",
    "RecommendationAdoptionType3Type1",
    "RecommendationAttachment",
    "RecommendationCounts",
    "RecommendationCreate",
    "RecommendationDocumentType",
    "RecommendationEvent",
    "RecommendationEventDetails",
    "RecommendationKind",
    "RecommendationPage",
    "RecommendationReviewOutcomeType1",
    "RecommendationReviewOutcomeType2Type1",
    "RecommendationReviewOutcomeType3Type1",
    "RecommendationServiceMethodType1",
    "RecommendationServiceMethodType2Type1",
    "RecommendationServiceMethodType3Type1",
    "RecommendationStats",
    "RecommendationStatsByAgency",
    "RecommendationStatsByMonth",
    "RecommendationStatus",
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
    "Webhook",
    "WebhookCreate",
    "WebhookPage",
    "WebhookPayload",
    "WebhookUpdate",
    "WebhookWithSecret",
)
