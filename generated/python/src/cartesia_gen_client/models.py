# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Annotated, Any, Dict, List, Literal, Optional, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

from ._core._models import BaseModel, Field

__all__ = [
    "APIInfo",
    "Accent",
    "AddVoiceAccentsRequest",
    "AgentCall",
    "AgentCallStatus",
    "AgentMetricResultStatus",
    "AgentSummary",
    "AgentTemplate",
    "AgentTranscript",
    "AttachVoiceAccent",
    "BaseVoiceId",
    "CancelContextRequest",
    "ContextID",
    "CreateDatasetRequest",
    "CreateFineTuneRequest",
    "CreateMetricRequest",
    "CreatePronunciationDictRequest",
    "Dataset",
    "DatasetFile",
    "Deployment",
    "DoneMessage",
    "Emotion",
    "ErrorMessage",
    "ErrorResponse",
    "FineTune",
    "FineTuneBaseModel",
    "FineTuneStatus",
    "FlushDoneMessage",
    "FlushID",
    "Gender",
    "GenderPresentation",
    "GenerationConfig",
    "GenerationRequest",
    "GetAgentsResponse",
    "GetCallsResponse",
    "GetTemplatesResponse",
    "GetVoicesResponse",
    "GitRepository",
    "InfillModel",
    "ListAccentsResponse",
    "ListMetricResultsResponse",
    "ListMetricsResponse",
    "LocalizeDialect",
    "LocalizeEnglishDialect",
    "LocalizeFrenchDialect",
    "LocalizePortugueseDialect",
    "LocalizeSpanishDialect",
    "LocalizeTargetLanguage",
    "LocalizeVoiceRequest",
    "LogEvent",
    "LogMetric",
    "MP3OutputFormat",
    "Metric",
    "MetricResult",
    "ModelSpeed",
    "OutputFormat",
    "OutputFormatContainer",
    "PaginatedDatasetFiles",
    "PaginatedDatasets",
    "PaginatedFineTunes",
    "PaginatedPronunciationDicts",
    "PaginatedVoices",
    "PhoneNumber",
    "PhoneNumberSummary",
    "PhonemeTimestamps",
    "PronunciationDict",
    "PronunciationDictItem",
    "RawEncoding",
    "RawOutputFormat",
    "RequestID",
    "S3UploadParamsResponse",
    "SSEOutputFormat",
    "STTAutoFinalizeCloseCommand",
    "STTAutoFinalizeConfigCommand",
    "STTAutoFinalizeConnected",
    "STTAutoFinalizeModel",
    "STTAutoFinalizeTurnEagerEnd",
    "STTAutoFinalizeTurnEnd",
    "STTAutoFinalizeTurnResume",
    "STTAutoFinalizeTurnStart",
    "STTAutoFinalizeTurnUpdate",
    "STTAutoFinalizeWebSocketQueryParams",
    "STTAutoFinalizeWebSocketRequest",
    "STTAutoFinalizeWebSocketResponse",
    "STTBatchModel",
    "STTEncoding",
    "STTErrorResponse",
    "STTManualFinalizeDoneResponse",
    "STTManualFinalizeFlushDoneResponse",
    "STTManualFinalizeModel",
    "STTManualFinalizeTranscriptResponse",
    "STTManualFinalizeWebSocketQueryParams",
    "STTManualFinalizeWebSocketRequest",
    "STTManualFinalizeWebSocketResponse",
    "SupportedLanguage",
    "TTSModel",
    "TTSRequest",
    "TTSRequestVoiceObject",
    "TTSRequestVoiceSpecifier",
    "TTSSSEChunkEvent",
    "TTSSSEDoneEvent",
    "TTSSSEErrorEvent",
    "TTSSSEEvent",
    "TTSSSEPhonemeTimestampsEvent",
    "TTSSSERequest",
    "TTSSSETimestampsEvent",
    "TTSWebSocketRequest",
    "TTSWebSocketResponse",
    "TelephonyParams",
    "TextChunk",
    "TimestampGranularity",
    "TokenGrant",
    "TokenRequest",
    "TokenResponse",
    "ToolCall",
    "TranscriptionResponse",
    "TranscriptionWord",
    "UpdateAgentRequest",
    "UpdateDatasetRequest",
    "UpdatePronunciationDictRequest",
    "UpdateVoiceRequest",
    "Voice",
    "VoiceAccent",
    "VoiceChangerSSEChunk",
    "VoiceChangerSSEDone",
    "VoiceChangerSSEError",
    "VoiceChangerSSEEvent",
    "VoiceExpandOptions",
    "VoiceId",
    "VoiceLocale",
    "VoiceMetadata",
    "WAVOutputFormat",
    "WordTimestamps",
    "PronunciationDictItemParam",
    "STTAutoFinalizeConfigCommandTurn",
    "TTSWebSocketResponseChunk",
    "TTSWebSocketResponseFlushDone",
    "TTSWebSocketResponseDone",
    "TTSWebSocketResponseTimestamps",
    "TTSWebSocketResponseError",
    "TTSWebSocketResponsePhonemeTimestamps",
    "TTSSSEChunkEventDecoded",
    "TTSSSEEventDecoded",
    "TTSWebSocketResponseDecodedChunk",
    "TTSWebSocketResponseDecodedFlushDone",
    "TTSWebSocketResponseDecodedDone",
    "TTSWebSocketResponseDecodedTimestamps",
    "TTSWebSocketResponseDecodedError",
    "TTSWebSocketResponseDecodedPhonemeTimestamps",
    "TTSWebSocketResponseDecoded",
    "VoiceChangerSSEChunkDecoded",
    "VoiceChangerSSEEventDecoded",
    "SttWebsocketEvent",
    "SttTurnsWebsocketEvent",
    "SttTurnsWebsocketSessionConfigureFields",
    "TtsWebsocketEvent",
    "TtsWebsocketSettings",
    "TtsWebsocketContextPushFields",
    "TtsWebsocketContextFlushFields",
    "TtsWebsocketContextEndFields",
]


class APIInfo(BaseModel):
    ok: bool
    version: str


class Accent(BaseModel):
    """One entry of the accent catalog."""

    id: VoiceAccent
    name: str
    """Display name, such as `General American English`."""
    language: str
    """ISO 639-1 language subtag, such as `en`."""
    locale: str
    """The accent's canonical BCP-47 locale, such as `en-US`."""
    is_locale_default: bool
    """True when this accent is the default one for its `locale`."""
    is_localizable: bool
    """True when `POST /voices/localize` can target this accent."""


class AddVoiceAccentsRequest(TypedDict):
    accents: List[AttachVoiceAccent]
    """Accents to add. A voice speaks at most 10 accents in all, its native one included."""


class AgentCall(BaseModel):
    id: str
    """Unique ID of the call."""
    agent_id: str
    """ID of the agent that handled the call."""
    start_time: Optional[str] = None
    """When the call started."""
    end_time: Optional[str] = None
    """When the call ended."""
    transcript: Optional[List[AgentTranscript]] = None
    """Transcript of the call."""
    telephony_params: Optional[TelephonyParams] = None
    """Telephony details, present when the call was made over the phone."""
    summary: Optional[str] = None
    """Brief summary of the call, generated by Cartesia."""
    status: AgentCallStatus
    """Status of the call."""
    error_message: Optional[str] = None
    """Error message for the call, if there was one."""
    deployment_id: Optional[str] = None
    """ID of the deployment the call is associated with."""


AgentCallStatus: TypeAlias = Literal["active", "completed", "failed", "cancelled"]
"""Status of a call handled by an agent."""


AgentMetricResultStatus: TypeAlias = Literal["completed", "failed"]
"""Outcome of an agent metric result. `failed` signals that computing or parsing the result did not succeed."""


class AgentSummary(BaseModel):
    """Key facts about an agent."""

    id: str
    """Identifier of the agent."""
    name: str
    """Unique name of the agent; the CLI refers to the agent by it."""
    description: Optional[str] = None
    """Short description of the agent."""
    created_at: str
    """When the agent was created."""
    updated_at: str
    """When the agent was last modified."""
    tts_voice: VoiceId
    """Voice the agent speaks with."""
    tts_language: str
    """Language the agent uses for speech synthesis."""
    webhook_id: Optional[str] = None
    """ID of the webhook attached to the agent. Add or configure a webhook to be notified of events when the agent is called via the Playground."""
    deleted_at: Optional[str] = None
    """When the agent was deleted, if it has been."""
    git_repository: Optional[GitRepository] = None
    """Git repository linked to the agent."""
    git_deploy_branch: Optional[str] = None
    """Git branch that deployments are built from."""
    phone_numbers: Optional[List[PhoneNumberSummary]] = None
    """Phone numbers attached to the agent; for now an agent can have only one."""
    has_text_to_agent_run: bool
    """Whether a text-to-agent run exists for the agent."""
    deployment_count: int
    """How many deployments the agent has."""


class AgentTemplate(BaseModel):
    id: str
    """Identifier of the template."""
    name: str
    """Name of the template."""
    description: Optional[str] = None
    """Description of the template."""
    repo_url: str
    """URL of the template's Git repository."""
    root_dir: str
    """Root directory of the template."""
    required_env_vars: Optional[List[str]] = None
    """Environment variables the template needs."""
    dependencies: Optional[List[str]] = None
    """Dependencies of the template."""
    owner_id: str
    """ID of the template's owner."""
    created_at: str
    """When the template was created (UTC)."""
    updated_at: str
    """When the template was last updated (UTC)."""


class AgentTranscript(BaseModel):
    role: str
    """Who produced this entry: `user`, `assistant` (the agent) or `system`, which marks log entries such as `log_event` or `log_metric` during the conversation."""
    text: Optional[str] = None
    """What was said in this turn, by the user or by the agent."""
    text_chunks: Optional[List[TextChunk]] = None
    """Finer-grained pieces of the turn's text, each timestamped relative to the start of the call."""
    start_timestamp: float
    """Start of the turn, in seconds since the call began."""
    end_timestamp: float
    """End of the turn, in seconds since the call began."""
    end_reason: Optional[str] = None
    """Reason the assistant stopped talking: `tts_completed`, `interrupted` or `call_ended`."""
    tool_calls: Optional[List[ToolCall]] = None
    """Tools invoked during the turn."""
    vad_buffer_ms: Optional[int] = None
    """Voice activity detection (VAD) buffer, in milliseconds."""
    tts_ttfb: Optional[float] = None
    """Time to first byte of the agent's speech synthesis, in seconds."""
    log_event: Optional[LogEvent] = None
    """Event logged by user code."""
    log_metric: Optional[LogMetric] = None
    """Metric logged by user code."""


AttachVoiceAccent: TypeAlias = Literal["australian", "brazilian-portuguese", "british", "canadian-french", "castilian", "central-tamil", "central-thai", "general-american", "high-german", "hindi", "israeli", "istanbul", "italian", "japanese", "korean", "mandarin", "mexican", "modern-standard-arabic", "parisian", "polish", "randstad", "russian", "southern-us", "stockholm", "telangana"]
"""Accent that `PATCH /voices/{id}/accents` can attach to a voice, as a catalog id."""


BaseVoiceId: TypeAlias = "VoiceId"
"""Voice whose features are pulled in, e.g. for voice mixing."""


class CancelContextRequest(TypedDict):
    context_id: ContextID
    """ID of the context to cancel."""
    cancel: Literal[True]
    """Must be `true`; stops the context so it produces no further messages."""


ContextID: TypeAlias = str
"""Unique ID of a context; any unique string works, such as a UUID or a human-readable ID."""


class CreateDatasetRequest(TypedDict):
    """Body for creating a dataset."""

    name: str
    """Name of the dataset to create."""
    description: str
    """Description of the dataset to create (optional)."""


class CreateFineTuneRequest(TypedDict):
    """Body for creating a fine-tune."""

    name: str
    """Name of the fine-tune to create."""
    description: str
    """Free-text description to store with the fine-tune."""
    language: str
    """Language code the fine-tune will target."""
    model_id: FineTuneBaseModel
    dataset: str
    """ID of the dataset holding the training files."""
    accent: NotRequired[Optional[VoiceAccent]]
    """Accent of the voices the fine-tune will produce, as a catalog id from `GET /accents`."""


class CreateMetricRequest(TypedDict):
    name: str
    """Unique name for the metric. Allowed characters: lowercase letters, digits, `_`, `-` and `.`."""
    display_name: NotRequired[Optional[str]]
    """Name to display for the metric."""
    prompt: str
    """Prompt that describes the evaluation task and its criteria."""


class CreatePronunciationDictRequest(TypedDict):
    """Body for creating a pronunciation dictionary."""

    name: str
    """Name of the dictionary to create."""
    items: NotRequired[Optional[List[PronunciationDictItemParam]]]
    """Entries to start the dictionary with (optional)."""


class Dataset(BaseModel):
    """A set of files used to fine-tune models."""

    id: str
    """Unique ID of the dataset."""
    name: str
    """Name of the dataset."""
    created_at: str
    """When the dataset was created."""
    description: str
    """Description of the dataset, if any."""


class DatasetFile(BaseModel):
    """A file held in a dataset."""

    id: str
    """Unique ID of the file."""
    filename: str
    """Name of the file as uploaded."""
    created_at: str
    """When the file was created."""
    size: int
    """File size in bytes."""


class Deployment(BaseModel):
    id: str
    """Unique ID of the deployment."""
    agent_id: str
    """ID of the agent this deployment belongs to."""
    status: str
    """Lifecycle stage of the deployment, one of `building`, `build_error`, `queued`, `deploy_error`, `deployed`, `inactive` or `skipped`."""
    is_pinned: bool
    """Whether this is the active deployment of its `agent_id`. An agent has at most one pinned deployment at a time, and a deployment may be pinned even when it is not live or has failed."""
    is_live: bool
    """Whether this deployment is serving production for its `agent_id`; at most one deployment per agent is live at any time."""
    env_var_collection_id: str
    """Identifies the collection of environment variables this deployment uses."""
    source_code_file_id: str
    """File ID under which this deployment's source code is stored."""
    git_commit_hash: str
    """Git commit hash this deployment was made from."""
    created_at: str
    """When the deployment was created (UTC)."""
    updated_at: str
    """Last update time of the deployment, in UTC."""
    build_completed_at: str
    """When the build finished (UTC)."""
    build_error: Optional[str] = None
    """Error raised while building, if any."""
    build_logs: str
    """Logs produced while building the deployment."""
    build_started_at: str
    """When the build started (UTC)."""
    deployment_started_at: str
    """When the deployment step started (UTC)."""
    deployment_completed_at: str
    """When the deployment step finished (UTC)."""
    deployment_error: Optional[str] = None
    """Error raised while deploying, if any."""


class DoneMessage(BaseModel):
    """Sent in reply to a `done` command: the session has ended and the WebSocket is about to close."""

    request_id: str
    """ID of this transcription session."""


Emotion: TypeAlias = Literal["neutral", "happy", "excited", "enthusiastic", "elated", "euphoric", "triumphant", "amazed", "surprised", "flirtatious", "curious", "content", "peaceful", "serene", "calm", "grateful", "affectionate", "trust", "sympathetic", "anticipation", "mysterious", "angry", "mad", "outraged", "frustrated", "agitated", "threatened", "disgusted", "contempt", "envious", "sarcastic", "ironic", "sad", "dejected", "melancholic", "disappointed", "hurt", "guilty", "bored", "tired", "rejected", "nostalgic", "wistful", "apologetic", "hesitant", "insecure", "confused", "resigned", "anxious", "panicked", "alarmed", "scared", "proud", "confident", "distant", "skeptical", "contemplative", "determined"]
"""Emotion of the speech. The main ones are `neutral`, `calm`, `angry`, `content`, `sad` and `scared`; [Prompting Sonic-3](https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-emotion#emotion-controls-beta) covers the others."""


class ErrorMessage(BaseModel):
    request_id: Optional[str] = None
    """ID of the request the error relates to, when there is one."""
    message: str
    """Readable explanation of what went wrong."""


class ErrorResponse(BaseModel):
    """JSON body of an error response. Errors delivered inside a stream use the same shape, with `status_code` carrying the real status."""

    title: Optional[str] = None
    """Short, human-readable summary of the error."""
    message: Optional[str] = None
    """Human-readable explanation of what went wrong."""
    error_code: Optional[str] = None
    """Machine-readable error code, such as `model_not_found`; may be null."""
    status_code: Optional[int] = None
    """HTTP status code of the error. For errors sent inside a stream (whose HTTP status is 200), this is the status that applies."""
    doc_url: Optional[str] = None
    """Link to documentation about the error, if any."""
    request_id: Optional[str] = None
    """Identifier of the request that failed."""


class FineTune(BaseModel):
    """Details of a fine-tune."""

    id: str
    """Unique ID of the fine-tune."""
    name: str
    """Name of the fine-tune."""
    description: str
    """Free-text description of the fine-tune."""
    language: str
    """Language code the fine-tune targets."""
    model_id: str
    """ID of the base model that was fine-tuned."""
    dataset: str
    """ID of the dataset the fine-tune was trained on."""
    status: FineTuneStatus
    """Current state of the fine-tune."""
    accent: Optional[VoiceAccent] = None
    """Accent of the fine-tune, as a catalog id from `GET /accents`."""


FineTuneBaseModel: TypeAlias = Union[Literal["sonic-3-2026-01-12"], str]
"""Model that a fine-tune starts from. The options are listed in [the fine-tune docs](https://docs.cartesia.ai/api-reference/fine-tunes/create#body-model-id)."""


FineTuneStatus: TypeAlias = Literal["created", "training", "completed", "failed"]
"""State of a fine-tune."""


class FlushDoneMessage(BaseModel):
    """Sent in reply to a `finalize` command once all buffered audio has been flushed and transcribed."""

    request_id: str
    """ID of this transcription session."""


FlushID: TypeAlias = int
"""Counts the flush commands sent so far in this context, starting at 1. Use it to match audio chunks to the transcript input that produced them."""


Gender: TypeAlias = Literal["male", "female"]


GenderPresentation: TypeAlias = Literal["masculine", "feminine", "gender_neutral"]


class GenerationConfig(TypedDict):
    """Controls for the generated speech. They apply to `sonic-3` only and are ignored by earlier models; see [Volume, Speed, and Emotion in Sonic-3](https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-emotion)."""

    volume: NotRequired[float]
    """Volume multiplier for the speech, from 0.5 to 2.0 inclusive; 1.0 (the default) leaves it unchanged."""
    speed: NotRequired[float]
    """Speed multiplier for the speech, from 0.6 to 1.5 inclusive; 1.0 (the default) leaves it unchanged."""
    emotion: NotRequired[Emotion]
    """Emotion to steer the speech toward."""


GenerationRequest = TypedDict(
    "GenerationRequest",
    {
        "model_id": "TTSModel",
        # Text to turn into speech.
        "transcript": str,
        "voice": "TTSRequestVoiceSpecifier",
        "generation_config": NotRequired["GenerationConfig"],
        # Language of the transcript. Set `language` or `locale`, not both.
        "language": NotRequired[Optional["SupportedLanguage"]],
        # Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
        "locale": NotRequired[Optional[str]],
        # Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
        "normalization": NotRequired[Optional[str]],
        "output_format": "RawOutputFormat",
        "context_id": "ContextID",
        # Whether more input will follow for this context; `false` when omitted.
        "continue": NotRequired[Optional[bool]],
        # Longest time, in milliseconds, that incoming text is held before generation begins: 0 to 5000, default 3000. With it set, the model waits until it has enough context for high-quality speech or the delay runs out, whichever happens first; without it, generation starts at once and buffering is up to you. Trades responsiveness against quality, which usually improves with more context.
        "max_buffer_delay_ms": NotRequired[Optional[int]],
        # Deprecated.
        "speed": NotRequired["ModelSpeed"],
        # Set to flush the context.
        "flush": NotRequired[Optional[bool]],
        # Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced.
        "add_timestamps": NotRequired[Optional[bool]],
        # Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced.
        "add_phoneme_timestamps": NotRequired[Optional[bool]],
        # Choose normalized (`true`) or original (`false`) timestamps.
        "use_normalized_timestamps": NotRequired[Optional[bool]],
        # ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
        "pronunciation_dict_id": NotRequired[Optional[str]],
    },
)


class GetAgentsResponse(BaseModel):
    summaries: List[AgentSummary]
    """Summaries of your agents."""


class GetCallsResponse(BaseModel):
    data: List[AgentCall]
    """The agent calls on this page."""
    next_page: Optional[str] = None
    """Cursor for the next page of calls, to pass as `starting_after` or `ending_before`."""


class GetTemplatesResponse(BaseModel):
    templates: List[AgentTemplate]
    """The agent templates."""


class GetVoicesResponse(BaseModel):
    data: List[Voice]
    """The voices on this page."""
    has_more: bool
    """True when further pages of voices exist."""
    next_page: Optional[VoiceId] = None
    """Cursor for the next page of voices, to pass as `starting_after` or `ending_before`."""


class GitRepository(BaseModel):
    provider: str
    """Host of the Git repository, for example GitHub."""
    account: str
    """Account that owns the Git repository."""
    name: str
    """Name of the Git repository."""


InfillModel: TypeAlias = Union[Literal["sonic-3", "sonic-3-2026-01-12", "sonic-3-2025-10-27"], str]
"""Which model performs the infill; the options are documented [here](https://docs.cartesia.ai/api-reference/infill/bytes#body-model-id)."""


class ListAccentsResponse(BaseModel):
    accents: List[Accent]
    """The supported accents, sorted by `id`."""


class ListMetricResultsResponse(BaseModel):
    data: List[MetricResult]
    """The metric results on this page."""
    has_more: bool
    """True when further pages of metric results exist."""
    next_page: Optional[str] = None
    """Cursor for the next page of metric results, to pass as `starting_after` or `ending_before`."""


class ListMetricsResponse(BaseModel):
    data: List[Metric]
    """The metrics on this page."""
    has_more: bool
    """True when further pages of metrics exist."""
    next_page: Optional[str] = None
    """Cursor for the next page of metrics, to pass as `starting_after` or `ending_before`."""


LocalizeDialect: TypeAlias = Union["LocalizeEnglishDialect", "LocalizeSpanishDialect", "LocalizePortugueseDialect", "LocalizeFrenchDialect"]
"""Dialect to target. Dialects exist only for `en` (English), `es` (Spanish), `pt` (Portuguese) and `fr` (French)."""


LocalizeEnglishDialect: TypeAlias = Literal["au", "in", "so", "uk", "us"]


LocalizeFrenchDialect: TypeAlias = Literal["eu", "ca"]


LocalizePortugueseDialect: TypeAlias = Literal["br", "eu"]


LocalizeSpanishDialect: TypeAlias = Literal["mx", "pe"]


LocalizeTargetLanguage: TypeAlias = Literal["en", "de", "es", "fr", "ja", "pt", "zh", "hi", "it", "ko", "nl", "pl", "ru", "sv", "tr", "ar", "he", "ta", "te", "th"]
"""Language to localize the voice into: `en` English, `de` German, `es` Spanish, `fr` French, `ja` Japanese, `pt` Portuguese, `zh` Chinese, `hi` Hindi, `it` Italian, `ko` Korean, `nl` Dutch, `pl` Polish, `ru` Russian, `sv` Swedish, `tr` Turkish, `ar` Arabic, `he` Hebrew, `ta` Tamil, `te` Telugu or `th` Thai."""


class LocalizeVoiceRequest(TypedDict):
    voice_id: str
    """Identifier of the voice to be localized."""
    name: str
    """Name for the new, localized voice."""
    accent: VoiceAccent
    """Accent to localize into, as a catalog id from `GET /accents` whose `is_localizable` is true (for example `british`). Display names are rejected."""
    description: NotRequired[str]
    """Text describing the localized voice that will be created."""
    tagline: NotRequired[str]
    """Short tagline for the new voice."""
    language: NotRequired[LocalizeTargetLanguage]
    """Target language. Superseded by `accent`, which also fixes the language."""
    original_speaker_gender: NotRequired[Gender]
    dialect: NotRequired[Optional[LocalizeDialect]]
    """Target dialect. Superseded by `accent`."""


class LogEvent(BaseModel):
    event: str
    """Name of the event."""
    metadata: Dict[str, str]
    """Extra metadata attached to the event."""
    timestamp: float
    """Offset from the start of the call at which the event arrived."""


class LogMetric(BaseModel):
    name: str
    """Name of the metric."""
    value: float
    """Value of the metric."""
    timestamp: float
    """Offset from the start of the call at which the metric arrived."""


class MP3OutputFormat(TypedDict):
    container: Literal["mp3"]
    sample_rate: Literal[8000, 16000, 22050, 24000, 44100, 48000]
    bit_rate: Literal[32000, 64000, 96000, 128000, 192000]


class Metric(BaseModel):
    id: str
    """Unique ID of the metric."""
    name: str
    """Unique name of the metric, used to refer to it in the CLI."""
    display_name: Optional[str] = None
    """Human-friendly name shown in the Playground, if one is set."""
    prompt: str
    """Prompt that describes the evaluation task and its criteria."""
    created_at: str
    """When the metric was created."""


class MetricResult(BaseModel):
    id: str
    """Unique ID of the metric result."""
    metricId: str
    """ID of the metric that was evaluated."""
    metricName: str
    """Name of the metric that was evaluated."""
    summary: str
    """Summary of the call's transcript."""
    transcript: Optional[List[AgentTranscript]] = None
    """Transcript of the call."""
    agentId: str
    """ID of the agent the result belongs to."""
    callId: str
    """ID of the call the result belongs to."""
    deploymentId: str
    """ID of the deployment the result belongs to."""
    result: str
    """Raw metric output, as a string."""
    jsonResult: Optional[Dict[str, Any]] = None
    """Metric output parsed as structured JSON."""
    value: Any = None
    """Value of the metric result."""
    status: AgentMetricResultStatus
    """Status of the metric result."""
    runId: Optional[str] = None
    """ID of the run that produced the result, if any."""
    createdAt: str
    """When the result was created (UTC)."""


ModelSpeed: TypeAlias = Literal["slow", "normal", "fast"]
"""Deprecated: for sonic-3, use `generation_config.speed` instead. Experimental speed preset (`normal` by default) that may not work with every voice; faster settings may lower the hallucination rate.

Deprecated.
"""


OutputFormat: TypeAlias = Union["RawOutputFormat", "WAVOutputFormat", "MP3OutputFormat"]


OutputFormatContainer: TypeAlias = Literal["raw", "wav", "mp3"]


class PaginatedDatasetFiles(BaseModel):
    """One page of the files in a dataset."""

    data: List[DatasetFile]
    """The files on this page."""
    has_more: bool
    """True when further pages of files exist."""
    next_page: Optional[str] = None
    """Cursor for the next page of files, to pass as `starting_after` or `ending_before`."""


class PaginatedDatasets(BaseModel):
    """One page of datasets."""

    data: List[Dataset]
    """The datasets on this page."""
    has_more: bool
    """True when further pages of datasets exist."""
    next_page: Optional[str] = None
    """Cursor for the next page of datasets, to pass as `starting_after` or `ending_before`."""


class PaginatedFineTunes(BaseModel):
    """One page of fine-tunes."""

    data: List[FineTune]
    """The fine-tunes on this page."""
    has_more: bool
    """True when further pages of fine-tunes exist."""
    next_page: Optional[str] = None
    """Cursor for the next page of fine-tunes, to pass as `starting_after` or `ending_before`."""


class PaginatedPronunciationDicts(BaseModel):
    """One page of pronunciation dictionaries."""

    data: List[PronunciationDict]
    """The dictionaries on this page."""
    has_more: bool
    """True when further pages of dictionaries exist."""
    next_page: Optional[str] = None
    """Cursor for the next page of dictionaries, to pass as `starting_after` or `ending_before`."""


class PaginatedVoices(BaseModel):
    """One page of the voices produced by a fine-tune."""

    data: List[Voice]
    """The voices on this page."""
    has_more: bool
    """True when further pages of voices exist."""
    next_page: Optional[VoiceId] = None
    """Cursor for the next page of voices, to pass as `starting_after` or `ending_before`."""


class PhoneNumber(BaseModel):
    """A phone number through which your agent can be called."""

    agent_id: str
    """Identifier of the agent."""
    number: str
    """The phone number itself."""
    created_at: str
    """When the phone number was created (UTC)."""
    updated_at: str
    """Last update time of the phone number, in UTC."""
    is_cartesia_managed: bool
    """Whether Cartesia manages the number. Currently always true, because Cartesia provisions the numbers."""


class PhoneNumberSummary(BaseModel):
    id: str
    """Identifier of the phone number."""
    number: str
    """The phone number, including its country code."""


class PhonemeTimestamps(BaseModel):
    """Timing of each phoneme."""

    phonemes: List[str]
    """The phonemes, in spoken order."""
    start: List[float]
    """Start time of each phoneme, in seconds."""
    end: List[float]
    """End time of each phoneme, in seconds."""


class PronunciationDict(BaseModel):
    """A set of mappings from text to aliases."""

    id: str
    """Unique ID of the dictionary."""
    name: str
    """Name of the dictionary."""
    owner_id: str
    """ID of the user who owns the dictionary."""
    pinned: bool
    """Whether the user has pinned this dictionary."""
    items: List[PronunciationDictItem]
    """Entries mapping text to pronunciations."""
    created_at: str
    """When the dictionary was created, as an ISO 8601 timestamp."""


class PronunciationDictItem(BaseModel):
    """One entry of a pronunciation dictionary: a piece of text and the custom pronunciation to use for it."""

    text: str
    """Text to be replaced."""
    alias: str
    """What to say instead of the text: a phonetic rendering or substitute text."""
    case_sensitive: Optional[bool] = None
    """`false` (the default) matches every capitalization of `text`; `true` keeps the older rule, where a lowercase key also matches a capitalized sentence start."""


RawEncoding: TypeAlias = Literal["pcm_f32le", "pcm_s16le", "pcm_mulaw", "pcm_alaw"]


class RawOutputFormat(TypedDict):
    container: Literal["raw"]
    encoding: RawEncoding
    sample_rate: Literal[8000, 16000, 22050, 24000, 44100, 48000]


RequestID: TypeAlias = str
"""Unique ID of the network connection."""


class S3UploadParamsResponse(BaseModel):
    """What you need to upload a file directly to S3 storage."""

    url: str
    """Pre-signed URL to upload to."""
    method: str
    """HTTP method for the upload."""
    fields: Dict[str, str]
    """Extra fields the upload must include."""


class SSEOutputFormat(TypedDict):
    container: Literal["raw"]
    encoding: RawEncoding
    sample_rate: Literal[8000, 16000, 22050, 24000, 44100, 48000]


class STTAutoFinalizeCloseCommand(TypedDict):
    """JSON text frame that ends the session cleanly; the model turns all buffered audio into events before the connection closes."""

    type: Literal["close"]
    """Command name; send `close` in a JSON text frame to end the session."""


class STTAutoFinalizeConfigCommand(TypedDict):
    """JSON text frame that tunes turn detection while the session runs. Every threshold is optional; an omitted one keeps its current value. (Not in the published OpenAPI reference; taken from the realtime protocol.)"""

    type: Literal["config"]
    """Command name; always `config`."""
    turn: NotRequired[STTAutoFinalizeConfigCommandTurn]
    """Turn-detection settings."""


class STTAutoFinalizeConnected(BaseModel):
    """Emitted once the WebSocket connection is up. Audio may be sent before it arrives."""

    type: Literal["connected"]
    """Discriminator naming the event type."""
    request_id: str
    """ID of this connection."""


STTAutoFinalizeModel: TypeAlias = Union[Literal["ink-2"], str]
"""Models for realtime transcription with automatic finalization, which detects when the user speaks and emits turn events. Every option is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest)."""


class STTAutoFinalizeTurnEagerEnd(BaseModel):
    """[PREVIEW] The model thinks the user may be done talking."""

    type: Literal["turn.eager_end"]
    """Discriminator naming the event type."""
    transcript: str
    """What has been transcribed in this turn up to now."""
    request_id: str
    """ID of this connection; the same for every turn."""


class STTAutoFinalizeTurnEnd(BaseModel):
    """The user's turn has ended."""

    type: Literal["turn.end"]
    """Discriminator naming the event type."""
    transcript: str
    """Final transcript of the finished turn."""
    request_id: str
    """ID of this connection; the same for every turn."""


class STTAutoFinalizeTurnResume(BaseModel):
    """[PREVIEW] Emitted after a `turn.eager_end` when the user's turn turns out not to be over."""

    type: Literal["turn.resume"]
    """Discriminator naming the event type."""
    request_id: str
    """ID of this connection; the same for every turn."""


class STTAutoFinalizeTurnStart(BaseModel):
    """A user turn has begun. Emitted soon after the user starts talking; use it to interrupt your agent so it does not talk over the user."""

    type: Literal["turn.start"]
    """Discriminator naming the event type."""
    request_id: str
    """ID of this connection; the same for every turn."""


class STTAutoFinalizeTurnUpdate(BaseModel):
    """Emitted again and again while the current user turn is being transcribed."""

    type: Literal["turn.update"]
    """Discriminator naming the event type."""
    transcript: str
    """Everything transcribed so far in the current turn (cumulative, not a delta)."""
    request_id: str
    """ID of this connection; the same for every turn."""


class STTAutoFinalizeWebSocketQueryParams(BaseModel):
    model: STTAutoFinalizeModel
    encoding: STTEncoding
    sample_rate: int
    """Audio sample rate in hertz."""
    language: Optional[str] = None
    """ISO-639-1 code of the spoken language, such as `en` or `es`; `en` if omitted. Current language support is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest)."""
    turn_start_threshold: Optional[float] = None
    """Confidence above which a turn starts; must stay above `turn_eager_end_threshold`. See [Configuring turn detection](https://docs.cartesia.ai/use-the-api/stt/turns#configuring-turn-detection)."""
    turn_eager_end_threshold: Optional[float] = None
    """Confidence below which a preview `turn.eager_end` is sent; must stay between the end and start thresholds."""
    turn_end_threshold: Optional[float] = None
    """Confidence below which the turn ends; must stay below `turn_eager_end_threshold`."""
    turn_end_timeout_ms: Optional[int] = None
    """Longest wait, in milliseconds, after the user stops speaking before the turn ends."""
    keyterm: Optional[List[str]] = None
    """Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms)."""


STTAutoFinalizeWebSocketRequest: TypeAlias = Union["STTAutoFinalizeCloseCommand", "STTAutoFinalizeConfigCommand"]
"""Text frames the client sends to the server. Audio goes in binary frames, not in these messages."""


STTAutoFinalizeWebSocketResponse: TypeAlias = Annotated[Union["STTAutoFinalizeConnected", "STTAutoFinalizeTurnStart", "STTAutoFinalizeTurnUpdate", "STTAutoFinalizeTurnEagerEnd", "STTAutoFinalizeTurnResume", "STTAutoFinalizeTurnEnd", "STTErrorResponse"], Field(discriminator="type")]
"""Events the server sends, told apart by their `type` field. Emitted text is never revised afterwards, and `transcript` accumulates over the course of a turn."""


STTBatchModel: TypeAlias = Union[Literal["ink-whisper", "ink-whisper-2025-06-04"], str]
"""Batch STT models ([options](https://docs.cartesia.ai/api-reference/stt/transcribe#body-model))."""


STTEncoding: TypeAlias = Literal["pcm_s16le", "pcm_s32le", "pcm_f16le", "pcm_f32le", "pcm_mulaw", "pcm_alaw"]
"""How audio sent to the STT WebSocket is encoded."""


class STTErrorResponse(BaseModel):
    """Error details sent over an STT WebSocket connection."""

    type: Literal["error"]
    """Discriminator naming the event type."""
    error_code: Optional[str] = None
    """Error code for programs to match on."""
    status_code: Optional[int] = None
    """HTTP status code of the error."""
    title: Optional[str] = None
    """Short error title for people to read."""
    message: Optional[str] = None
    """Error message for people to read."""
    doc_url: Optional[str] = None
    """Link to documentation about the error."""
    request_id: Optional[str] = None
    """ID of this WebSocket connection."""


class STTManualFinalizeDoneResponse(BaseModel):
    """Final acknowledgment of `close`: all buffered audio has been handled, and the connection shuts right after."""

    type: Literal["done"]
    """Discriminator naming the event type."""
    request_id: str
    """ID of this WebSocket connection."""


class STTManualFinalizeFlushDoneResponse(BaseModel):
    """Confirms, after a `finalize` command, that the buffered audio has been transcribed."""

    type: Literal["flush_done"]
    """Discriminator naming the event type."""
    request_id: str
    """ID of this WebSocket connection."""


STTManualFinalizeModel: TypeAlias = Union[Literal["ink-2", "ink-whisper", "ink-whisper-2025-06-04"], str]
"""Models for realtime transcription with manual finalization, where you send the `finalize` command to get a transcript. Every option is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest)."""


class STTManualFinalizeTranscriptResponse(BaseModel):
    """One chunk of transcript."""

    type: Literal["transcript"]
    """Discriminator naming the event type."""
    request_id: str
    """ID of this WebSocket connection."""
    text: str
    """Text transcribed since the last chunk whose `is_final` was `true`. Build the full transcript by joining the text of every final chunk as is, without trimming or inserting whitespace, or the result will be wrong."""
    is_final: bool
    """True when `text` is final."""
    duration: Optional[float] = None
    """Seconds of audio this chunk was transcribed from."""
    language: Optional[str] = None
    """ISO-639-1 code of the language detected in the audio."""
    words: Optional[List[WordTimestamps]] = None
    """Timing of each word in the transcript."""


class STTManualFinalizeWebSocketQueryParams(BaseModel):
    model: STTManualFinalizeModel
    encoding: STTEncoding
    sample_rate: int
    """Audio sample rate in hertz."""
    language: Optional[str] = None
    """ISO-639-1 code of the spoken language, such as `en` or `es`; `en` if omitted. Current language support is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest)."""
    min_volume: Optional[float] = None
    """`ink-whisper` models only. Threshold for what counts as silence when transcripts are finalized automatically: lower values catch quiet speech, higher values reject noise more aggressively."""
    max_silence_duration_secs: Optional[float] = None
    """`ink-whisper` models only. How many seconds of silence trigger automatic finalization of the transcript: smaller values finalize sooner, larger ones tolerate longer pauses mid-utterance."""
    keyterm: Optional[List[str]] = None
    """`ink-2` models only. Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms)."""


STTManualFinalizeWebSocketRequest: TypeAlias = Literal["finalize", "close"]
"""Plain-text commands to the server: `finalize` once the user stops speaking, to get a transcript of the buffered audio; `close` to flush what remains, end the session and receive a `done` acknowledgment. Audio travels separately, in binary frames."""


STTManualFinalizeWebSocketResponse: TypeAlias = Annotated[Union["STTManualFinalizeTranscriptResponse", "STTManualFinalizeFlushDoneResponse", "STTManualFinalizeDoneResponse", "STTErrorResponse"], Field(discriminator="type")]
"""Events the server sends, told apart by their `type` field."""


SupportedLanguage: TypeAlias = Union[Literal["en", "fr", "de", "es", "pt", "zh", "ja", "hi", "it", "ko", "nl", "pl", "ru", "sv", "tr", "tl", "bg", "ro", "ar", "cs", "el", "fi", "hr", "ms", "sk", "da", "ta", "uk", "hu", "no", "vi", "bn", "th", "he", "ka", "id", "te", "gu", "kn", "ml", "mr", "pa", "or", "ur"], str]
"""Language in which the voice reads the transcript; [Models](https://docs.cartesia.ai/build-with-cartesia/tts-models) lists the accepted codes."""


TTSModel: TypeAlias = Union[Literal["sonic-3.5", "sonic-3", "sonic-3.5-2026-05-04", "sonic-3-2026-01-12", "sonic-3-2025-10-27", "sonic-latest"], str]
"""Which TTS model generates the speech. Every option is in the [model list](https://docs.cartesia.ai/build-with-cartesia/tts-models/latest)."""


class TTSRequest(TypedDict):
    model_id: TTSModel
    transcript: str
    """Text to turn into speech."""
    voice: TTSRequestVoiceSpecifier
    language: NotRequired[Optional[SupportedLanguage]]
    """Language of the transcript. Set `language` or `locale`, not both."""
    locale: NotRequired[Optional[str]]
    """Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both."""
    normalization: NotRequired[Optional[str]]
    """Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language."""
    generation_config: NotRequired[GenerationConfig]
    output_format: OutputFormat
    save: NotRequired[Optional[bool]]
    """Store the generated audio as a file; the response then names it in the `Cartesia-File-ID` header."""
    pronunciation_dict_id: NotRequired[Optional[str]]
    """ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model."""
    speed: NotRequired[ModelSpeed]


class TTSRequestVoiceObject(TypedDict):
    """A voice given as an object; `id` is required and further fields may be added by later API versions."""

    id: VoiceId


TTSRequestVoiceSpecifier: TypeAlias = Union["VoiceId", "TTSRequestVoiceObject"]
"""The voice to generate with: a voice ID, or an object with the voice's `id` (later API versions may add fields to the object). Embeddings are not accepted."""


class TTSSSEChunkEvent(BaseModel):
    """A chunk of audio."""

    type: Literal["chunk"]
    """Discriminator naming the event type."""
    done: Literal[False]
    """Whether the request has finished; always `false` on chunk events."""
    context_id: Optional[ContextID] = None
    """The request's context ID echoed back, when one was given."""
    data: str
    """Audio data, Base64-encoded."""
    step_time: float
    """Time the server spent producing this chunk, in milliseconds."""
    status_code: int
    """Status code, as in HTTP."""


class TTSSSEDoneEvent(BaseModel):
    """Signals that generation is complete; the last event of the stream."""

    type: Literal["done"]
    """Discriminator naming the event type."""
    done: Literal[True]
    """On done events this is always `true`: generation is over."""
    context_id: Optional[ContextID] = None
    """The request's context ID echoed back, when one was given."""
    status_code: int
    """Status code, as in HTTP."""


class TTSSSEErrorEvent(BaseModel):
    """Details of an error in the TTS SSE request."""

    type: Literal["error"]
    """Discriminator naming the event type."""
    done: bool
    """Whether generation has finished."""
    status_code: int
    """HTTP status code of the error."""
    title: str
    """Short error title for people to read."""
    message: str
    """Error message for people to read."""
    error_code: Optional[str] = None
    """Error code for programs to match on."""
    request_id: str
    """ID of this request."""
    doc_url: Optional[str] = None
    """Link to documentation about the error."""


TTSSSEEvent: TypeAlias = Annotated[Union["TTSSSEChunkEvent", "TTSSSETimestampsEvent", "TTSSSEPhonemeTimestampsEvent", "TTSSSEDoneEvent", "TTSSSEErrorEvent"], Field(discriminator="type")]
"""One event of the TTS SSE stream."""


class TTSSSEPhonemeTimestampsEvent(BaseModel):
    """Event carrying phoneme-level timestamps."""

    type: Literal["phoneme_timestamps"]
    """Discriminator naming the event type."""
    done: Literal[False]
    """Whether the request has finished; always `false` on phoneme_timestamps events."""
    context_id: Optional[ContextID] = None
    """The request's context ID echoed back, when one was given."""
    phoneme_timestamps: PhonemeTimestamps
    """Timing of each phoneme."""
    status_code: int
    """Status code, as in HTTP."""


class TTSSSERequest(TypedDict):
    model_id: TTSModel
    transcript: str
    """Text to turn into speech."""
    voice: TTSRequestVoiceSpecifier
    output_format: SSEOutputFormat
    generation_config: NotRequired[GenerationConfig]
    language: NotRequired[Optional[SupportedLanguage]]
    """Language of the transcript. Set `language` or `locale`, not both."""
    locale: NotRequired[Optional[str]]
    """Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both."""
    normalization: NotRequired[Optional[str]]
    """Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language."""
    speed: NotRequired[ModelSpeed]
    """Deprecated."""
    add_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced."""
    add_phoneme_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced."""
    use_normalized_timestamps: NotRequired[Optional[bool]]
    """Choose normalized (`true`) or original (`false`) timestamps."""
    pronunciation_dict_id: NotRequired[Optional[str]]
    """ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model."""
    context_id: NotRequired[Optional[ContextID]]
    """Context ID to attach to this request, if any."""


class TTSSSETimestampsEvent(BaseModel):
    """Event carrying word-level timestamps."""

    type: Literal["timestamps"]
    """Discriminator naming the event type."""
    done: Literal[False]
    """Whether the request has finished; always `false` on timestamps events."""
    context_id: Optional[ContextID] = None
    """The request's context ID echoed back, when one was given."""
    word_timestamps: WordTimestamps
    """Timing of each word."""
    status_code: int
    """Status code, as in HTTP."""


TTSWebSocketRequest: TypeAlias = Union["GenerationRequest", "CancelContextRequest"]


TTSWebSocketResponse: TypeAlias = Annotated[Union["TTSWebSocketResponseChunk", "TTSWebSocketResponseFlushDone", "TTSWebSocketResponseDone", "TTSWebSocketResponseTimestamps", "TTSWebSocketResponseError", "TTSWebSocketResponsePhonemeTimestamps"], Field(discriminator="type")]


class TelephonyParams(BaseModel):
    """Telephony details of a call placed over the phone; the provider may return extra fields."""

    to: str
    """Caller's phone number."""
    from_: str = Field(alias="from")
    """Agent's phone number."""


class TextChunk(BaseModel):
    text: str
    """Text of this chunk."""
    start_timestamp: float
    """When the chunk starts, in seconds from the beginning of the call."""


TimestampGranularity: TypeAlias = Literal["word"]
"""Level of detail for timestamps in the response. Only `word` is supported at present, giving each word's start and end time."""


class TokenGrant(TypedDict):
    tts: NotRequired[Optional[bool]]
    """Lets the token call any TTS endpoint."""
    stt: NotRequired[Optional[bool]]
    """Lets the token call any STT endpoint."""
    agent: NotRequired[Optional[bool]]
    """Lets the token open the Agent WebSocket used for web calls ([connection details](https://docs.cartesia.ai/line/integrations/web-calls#connection))."""


class TokenRequest(TypedDict):
    grants: NotRequired[Optional[TokenGrant]]
    """Capabilities the token carries. Every grant, TTS and STT included, is optional: request only what you need."""
    expires_in: NotRequired[Optional[int]]
    """Lifetime of the token in seconds, counted from when it is issued; at most 3600 (one hour)."""


class TokenResponse(BaseModel):
    token: str
    """The newly issued access token."""


class ToolCall(BaseModel):
    id: str
    """Unique ID of the tool call."""
    name: str
    """Name of the tool that was invoked."""
    arguments: Dict[str, str]
    """Arguments the tool was called with."""


class TranscriptionResponse(BaseModel):
    type: Literal["transcript"]
    """Kind of message; a batch transcription always returns `transcript`."""
    request_id: Optional[str] = None
    """Unique ID of this transcription request."""
    text: str
    """Text recognized in the audio."""
    is_final: Optional[bool] = None
    """Unused in batch transcription.

    Deprecated.
    """
    language: Optional[str] = None
    """Language of the input audio, as specified in the request."""
    duration: Optional[float] = None
    """Length of the input audio in seconds."""
    words: Optional[List[TranscriptionWord]] = None
    """Start and end time of every word; present only when `timestamp_granularities[]` includes `word`."""


class TranscriptionWord(BaseModel):
    word: str
    """The word as transcribed."""
    start: float
    """When the word starts, in seconds."""
    end: float
    """When the word ends, in seconds."""


class UpdateAgentRequest(TypedDict):
    name: NotRequired[Optional[str]]
    """Name to give the agent."""
    description: NotRequired[Optional[str]]
    """Description to give the agent."""
    tts_voice: NotRequired[Optional[VoiceId]]
    """Voice to use for the agent's speech."""
    tts_language: NotRequired[Optional[str]]
    """Language to use for the agent's speech."""


class UpdateDatasetRequest(TypedDict):
    """Body for updating a dataset."""

    name: str
    """Name to change the dataset to."""
    description: str
    """Description to change the dataset to."""


class UpdatePronunciationDictRequest(TypedDict):
    """Body for updating a pronunciation dictionary."""

    name: NotRequired[Optional[str]]
    """Name to change the dictionary to."""
    items: NotRequired[Optional[List[PronunciationDictItemParam]]]
    """New list of pronunciation entries for the dictionary."""


class UpdateVoiceRequest(TypedDict):
    name: NotRequired[str]
    """Name of the voice."""
    description: NotRequired[str]
    """Text describing the voice."""
    gender: NotRequired[Optional[GenderPresentation]]
    accent: NotRequired[Optional[VoiceAccent]]
    """Accent of the voice, as a catalog id from `GET /accents`; `null` clears it."""


class Voice(BaseModel):
    id: VoiceId
    is_owner: bool
    """True if the voice belongs to your organization."""
    access: Literal["private", "public"]
    """Who can use the voice: `private` only its owner, `public` everyone."""
    visibility: Literal["owner", "all"]
    """When the list endpoint returns the voice: `owner` only to its owner, `all` to every user."""
    name: str
    """Display name of the voice, without the tagline."""
    tagline: str
    """A short descriptor of the voice (at most 32 characters); an empty string when none is set."""
    description: str
    """Text describing the voice."""
    accent: Optional[VoiceAccent] = None
    """Accent the voice speaks natively, as a catalog id from `GET /accents`."""
    gender: Optional[GenderPresentation] = None
    """Gender of the voice, when one is set."""
    created_at: str
    """When the voice was created."""
    preview_file_url: Optional[str] = None
    """Where to download a preview clip of the voice, handy for auditioning voices without spending credits. Send the same Authorization header to fetch it. Previews can change, move or disappear, so don't store the URL long-term. `null` when there is no preview. Present only if `expand[]` contains `preview_file_url`."""
    language: SupportedLanguage
    locales: List[VoiceLocale]
    """Every locale the voice speaks. The first entry is the native (source) locale, with `is_native: true`; cross-lingual locales attached to the voice follow."""
    country: Optional[str] = None
    """Deprecated: use `locales[].locale` (BCP-47) instead. ISO 3166-1 alpha-2 code (for example `US`, `GB` or `FR`) of the country the voice is tied to, when known.

    Deprecated.
    """


VoiceAccent: TypeAlias = Union[Literal["abruzzo-italian", "african-american", "african-french", "arabic", "arabic-english", "australian", "bagheli", "belgian-french", "brazilian-portuguese", "british", "budapest", "bulgarian", "california", "camba", "campania", "canadian-english", "canadian-french", "castilian", "central-tamil", "central-thai", "central-vietnamese", "chilean", "colombian", "czech", "danish", "european-portuguese", "finnish", "general-american", "high-german", "hindi", "indian-english", "indian-urdu", "irish", "israeli", "istanbul", "italian", "jakarta", "japanese", "jessore", "khaleeji", "konkani", "korean", "kyiv", "malay", "mandarin", "manila", "mexican", "middle-eastern-arabic", "midwestern-american", "modern-standard-arabic", "moldovan", "new-york", "new-zealand", "north-kerala", "odia", "oslo", "parisian", "parsi", "peruvian", "polish", "powadhi", "randstad", "romanian", "russian", "singaporean", "slovak", "south-african", "southern-us", "southern-karnataka", "southern-vietnamese", "standard-japanese", "stockholm", "swiss-standard", "taiwanese-mandarin", "tbilisi", "telangana", "urdu", "thessaloniki", "zagreb"], str]
"""Accent of a voice, as an id from the accent catalog (`GET /accents`), such as `southern-us` or `parisian`. Display names (`Southern American English`) are rejected. The catalog grows, so any id it lists is accepted."""


class VoiceChangerSSEChunk(BaseModel):
    """A chunk of audio."""

    status_code: Literal[206]
    """Status code, as in HTTP; always `206` on chunk events."""
    done: Literal[False]
    """Whether the request has finished; always `false` on chunk events."""
    data: str
    """Audio data, Base64-encoded."""
    sample_rate: int
    """Audio sample rate in hertz."""
    step_time: float
    """Time the server spent producing this chunk, in milliseconds."""


class VoiceChangerSSEDone(BaseModel):
    """Signals that generation is complete; the last event of the stream."""

    status_code: Literal[200]
    """Status code, as in HTTP; always `200` on done events."""
    done: Literal[True]
    """On done events this is always `true`: generation is over."""


class VoiceChangerSSEError(BaseModel):
    """Details of an error in the voice changer SSE request."""

    type: Literal["error"]
    """Discriminator naming the event type."""
    done: Literal[True]
    """On error events this is always `true`: generation is over."""
    status_code: int
    """HTTP status code of the error."""
    title: str
    """Short error title for people to read."""
    message: str
    """Error message for people to read."""
    error_code: Optional[str] = None
    """Error code for programs to match on."""
    request_id: str
    """ID of this request."""
    doc_url: Optional[str] = None
    """Link to documentation about the error."""


VoiceChangerSSEEvent: TypeAlias = Union["VoiceChangerSSEChunk", "VoiceChangerSSEDone", "VoiceChangerSSEError"]
"""Union of the event types that the voice changer streams over SSE."""


VoiceExpandOptions: TypeAlias = Literal["preview_file_url"]


VoiceId: TypeAlias = str
"""Identifier of a voice."""


class VoiceLocale(BaseModel):
    """Pairs a BCP-47 language-region tag the voice can speak with a flag telling whether that locale is the voice's native (source) one."""

    locale: str
    """BCP-47 language-region tag of the locale, such as `en-US`."""
    is_native: bool
    """Set for the voice's native (source) locale; other locales have `false`."""


class VoiceMetadata(BaseModel):
    id: VoiceId
    user_id: str
    """ID of the user who owns the voice."""
    access: Literal["private", "public"]
    """Who can use the voice: `private` only its owner, `public` everyone."""
    visibility: Literal["owner", "all"]
    """When the list endpoint returns the voice: `owner` only to its owner, `all` to every user."""
    name: str
    """Name of the voice."""
    tagline: str
    """A few words that describe the voice."""
    description: str
    """Text describing the voice, usually longer than the tagline when both are set."""
    created_at: str
    """When the voice was created."""
    language: SupportedLanguage


class WAVOutputFormat(TypedDict):
    container: Literal["wav"]
    encoding: RawEncoding
    sample_rate: Literal[8000, 16000, 22050, 24000, 44100, 48000]


class WordTimestamps(BaseModel):
    """Timing of each word."""

    words: List[str]
    """The words, in spoken order."""
    start: List[float]
    """Start time of each word, in seconds."""
    end: List[float]
    """End time of each word, in seconds."""


class PronunciationDictItemParam(TypedDict):
    """One entry of a pronunciation dictionary: a piece of text and the custom pronunciation to use for it."""

    text: str
    """Text to be replaced."""
    alias: str
    """What to say instead of the text: a phonetic rendering or substitute text."""
    case_sensitive: NotRequired[bool]
    """`false` (the default) matches every capitalization of `text`; `true` keeps the older rule, where a lowercase key also matches a capitalized sentence start."""


class STTAutoFinalizeConfigCommandTurn(TypedDict):
    """Turn-detection settings."""

    start_threshold: NotRequired[float]
    """Confidence needed to decide that the user started speaking."""
    eager_end_threshold: NotRequired[float]
    """Confidence at which a preview `turn.eager_end` is sent."""
    end_threshold: NotRequired[float]
    """Confidence at which the turn is considered over (`turn.end`)."""
    end_timeout_ms: NotRequired[int]
    """Silence, in milliseconds, after which a turn ends regardless of confidence."""


class TTSWebSocketResponseChunk(BaseModel):
    type: Literal["chunk"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """True on the last chunk of the context."""
    data: str
    """Audio data, Base64-encoded."""
    step_time: float
    """Time the server spent producing this chunk, in milliseconds."""
    flush_id: Optional[FlushID] = None


class TTSWebSocketResponseFlushDone(BaseModel):
    type: Literal["flush_done"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """Whether generation has finished."""
    flush_id: FlushID
    flush_done: bool
    """Whether the flush has finished."""


class TTSWebSocketResponseDone(BaseModel):
    type: Literal["done"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: Literal[True]
    """On done events this is always `true`: generation is over."""


class TTSWebSocketResponseTimestamps(BaseModel):
    type: Literal["timestamps"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """Whether generation has finished."""
    word_timestamps: Optional[WordTimestamps] = None
    flush_id: Optional[FlushID] = None


class TTSWebSocketResponseError(BaseModel):
    type: Literal["error"]
    done: bool
    """Whether generation has finished."""
    title: Optional[str] = None
    """Short error title for people to read."""
    message: Optional[str] = None
    """Error message for people to read."""
    error_code: Optional[str] = None
    """Error code for programs to match on."""
    status_code: Optional[int] = None
    """HTTP status code of the error."""
    doc_url: Optional[str] = None
    """Link to relevant docs."""
    request_id: Optional[RequestID] = None
    context_id: Optional[ContextID] = None


class TTSWebSocketResponsePhonemeTimestamps(BaseModel):
    type: Literal["phoneme_timestamps"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """Whether generation has finished."""
    phoneme_timestamps: Optional[PhonemeTimestamps] = None
    flush_id: Optional[FlushID] = None


class TTSSSEChunkEventDecoded(BaseModel):
    """`TTSSSEChunkEvent` as the client hands it over: `data` decoded from base64 to bytes."""

    type: Literal["chunk"]
    """Discriminator naming the event type."""
    done: Literal[False]
    """Whether the request has finished; always `false` on chunk events."""
    context_id: Optional[ContextID] = None
    """The request's context ID echoed back, when one was given."""
    data: bytes
    """Audio data, Base64-encoded."""
    step_time: float
    """Time the server spent producing this chunk, in milliseconds."""
    status_code: int
    """Status code, as in HTTP."""


TTSSSEEventDecoded: TypeAlias = Annotated[Union["TTSSSEChunkEventDecoded", "TTSSSETimestampsEvent", "TTSSSEPhonemeTimestampsEvent", "TTSSSEDoneEvent", "TTSSSEErrorEvent"], Field(discriminator="type")]
"""`TTSSSEEvent` as the client hands it over: `data` decoded from base64 to bytes."""


class TTSWebSocketResponseDecodedChunk(BaseModel):
    type: Literal["chunk"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """True on the last chunk of the context."""
    data: bytes
    """Audio data, Base64-encoded."""
    step_time: float
    """Time the server spent producing this chunk, in milliseconds."""
    flush_id: Optional[FlushID] = None


class TTSWebSocketResponseDecodedFlushDone(BaseModel):
    type: Literal["flush_done"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """Whether generation has finished."""
    flush_id: FlushID
    flush_done: bool
    """Whether the flush has finished."""


class TTSWebSocketResponseDecodedDone(BaseModel):
    type: Literal["done"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: Literal[True]
    """On done events this is always `true`: generation is over."""


class TTSWebSocketResponseDecodedTimestamps(BaseModel):
    type: Literal["timestamps"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """Whether generation has finished."""
    word_timestamps: Optional[WordTimestamps] = None
    flush_id: Optional[FlushID] = None


class TTSWebSocketResponseDecodedError(BaseModel):
    type: Literal["error"]
    done: bool
    """Whether generation has finished."""
    title: Optional[str] = None
    """Short error title for people to read."""
    message: Optional[str] = None
    """Error message for people to read."""
    error_code: Optional[str] = None
    """Error code for programs to match on."""
    status_code: Optional[int] = None
    """HTTP status code of the error."""
    doc_url: Optional[str] = None
    """Link to relevant docs."""
    request_id: Optional[RequestID] = None
    context_id: Optional[ContextID] = None


class TTSWebSocketResponseDecodedPhonemeTimestamps(BaseModel):
    type: Literal["phoneme_timestamps"]
    context_id: ContextID
    status_code: int
    """Status code, as in HTTP."""
    done: bool
    """Whether generation has finished."""
    phoneme_timestamps: Optional[PhonemeTimestamps] = None
    flush_id: Optional[FlushID] = None


TTSWebSocketResponseDecoded: TypeAlias = Annotated[Union["TTSWebSocketResponseDecodedChunk", "TTSWebSocketResponseDecodedFlushDone", "TTSWebSocketResponseDecodedDone", "TTSWebSocketResponseDecodedTimestamps", "TTSWebSocketResponseDecodedError", "TTSWebSocketResponseDecodedPhonemeTimestamps"], Field(discriminator="type")]
"""`TTSWebSocketResponse` as the client hands it over: `data` decoded from base64 to bytes."""


class VoiceChangerSSEChunkDecoded(BaseModel):
    """`VoiceChangerSSEChunk` as the client hands it over: `data` decoded from base64 to bytes."""

    status_code: Literal[206]
    """Status code, as in HTTP; always `206` on chunk events."""
    done: Literal[False]
    """Whether the request has finished; always `false` on chunk events."""
    data: bytes
    """Audio data, Base64-encoded."""
    sample_rate: int
    """Audio sample rate in hertz."""
    step_time: float
    """Time the server spent producing this chunk, in milliseconds."""


VoiceChangerSSEEventDecoded: TypeAlias = Union["VoiceChangerSSEChunkDecoded", "VoiceChangerSSEDone", "VoiceChangerSSEError"]
"""`VoiceChangerSSEEvent` as the client hands it over: `data` decoded from base64 to bytes."""


SttWebsocketEvent: TypeAlias = "STTManualFinalizeWebSocketResponse"
"""Messages the server sends on `/stt/websocket`."""


SttTurnsWebsocketEvent: TypeAlias = "STTAutoFinalizeWebSocketResponse"
"""Messages the server sends on `/stt/turns/websocket`."""


class SttTurnsWebsocketSessionConfigureFields(TypedDict):
    """Further fields of the `configure` command of `/stt/turns/websocket`."""

    turn: NotRequired[STTAutoFinalizeConfigCommandTurn]
    """Turn-detection settings."""


TtsWebsocketEvent: TypeAlias = "TTSWebSocketResponseDecoded"
"""Messages the server sends on `/tts/websocket`, with base64 fields as bytes."""


class TtsWebsocketSettings(TypedDict):
    """Settings a context of `/tts/websocket` is opened with; its commands repeat them."""

    model_id: TTSModel
    voice: TTSRequestVoiceSpecifier
    generation_config: NotRequired[GenerationConfig]
    language: NotRequired[Optional[SupportedLanguage]]
    """Language of the transcript. Set `language` or `locale`, not both."""
    locale: NotRequired[Optional[str]]
    """Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both."""
    normalization: NotRequired[Optional[str]]
    """Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language."""
    output_format: RawOutputFormat
    max_buffer_delay_ms: NotRequired[Optional[int]]
    """Longest time, in milliseconds, that incoming text is held before generation begins: 0 to 5000, default 3000. With it set, the model waits until it has enough context for high-quality speech or the delay runs out, whichever happens first; without it, generation starts at once and buffering is up to you. Trades responsiveness against quality, which usually improves with more context."""
    speed: NotRequired[ModelSpeed]
    """Deprecated."""
    add_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced."""
    add_phoneme_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced."""
    use_normalized_timestamps: NotRequired[Optional[bool]]
    """Choose normalized (`true`) or original (`false`) timestamps."""
    pronunciation_dict_id: NotRequired[Optional[str]]
    """ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model."""


class TtsWebsocketContextPushFields(TypedDict):
    """Further fields of the `push` command of `/tts/websocket`."""

    model_id: NotRequired[TTSModel]
    voice: NotRequired[TTSRequestVoiceSpecifier]
    generation_config: NotRequired[GenerationConfig]
    language: NotRequired[Optional[SupportedLanguage]]
    """Language of the transcript. Set `language` or `locale`, not both."""
    locale: NotRequired[Optional[str]]
    """Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both."""
    normalization: NotRequired[Optional[str]]
    """Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language."""
    output_format: NotRequired[RawOutputFormat]
    max_buffer_delay_ms: NotRequired[Optional[int]]
    """Longest time, in milliseconds, that incoming text is held before generation begins: 0 to 5000, default 3000. With it set, the model waits until it has enough context for high-quality speech or the delay runs out, whichever happens first; without it, generation starts at once and buffering is up to you. Trades responsiveness against quality, which usually improves with more context."""
    speed: NotRequired[ModelSpeed]
    """Deprecated."""
    flush: NotRequired[Optional[bool]]
    """Set to flush the context."""
    add_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced."""
    add_phoneme_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced."""
    use_normalized_timestamps: NotRequired[Optional[bool]]
    """Choose normalized (`true`) or original (`false`) timestamps."""
    pronunciation_dict_id: NotRequired[Optional[str]]
    """ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model."""


class TtsWebsocketContextFlushFields(TypedDict):
    """Further fields of the `flush` command of `/tts/websocket`."""

    model_id: NotRequired[TTSModel]
    voice: NotRequired[TTSRequestVoiceSpecifier]
    generation_config: NotRequired[GenerationConfig]
    language: NotRequired[Optional[SupportedLanguage]]
    """Language of the transcript. Set `language` or `locale`, not both."""
    locale: NotRequired[Optional[str]]
    """Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both."""
    normalization: NotRequired[Optional[str]]
    """Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language."""
    output_format: NotRequired[RawOutputFormat]
    max_buffer_delay_ms: NotRequired[Optional[int]]
    """Longest time, in milliseconds, that incoming text is held before generation begins: 0 to 5000, default 3000. With it set, the model waits until it has enough context for high-quality speech or the delay runs out, whichever happens first; without it, generation starts at once and buffering is up to you. Trades responsiveness against quality, which usually improves with more context."""
    speed: NotRequired[ModelSpeed]
    """Deprecated."""
    add_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced."""
    add_phoneme_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced."""
    use_normalized_timestamps: NotRequired[Optional[bool]]
    """Choose normalized (`true`) or original (`false`) timestamps."""
    pronunciation_dict_id: NotRequired[Optional[str]]
    """ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model."""


class TtsWebsocketContextEndFields(TypedDict):
    """Further fields of the `end` command of `/tts/websocket`."""

    model_id: NotRequired[TTSModel]
    voice: NotRequired[TTSRequestVoiceSpecifier]
    generation_config: NotRequired[GenerationConfig]
    language: NotRequired[Optional[SupportedLanguage]]
    """Language of the transcript. Set `language` or `locale`, not both."""
    locale: NotRequired[Optional[str]]
    """Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both."""
    normalization: NotRequired[Optional[str]]
    """Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language."""
    output_format: NotRequired[RawOutputFormat]
    max_buffer_delay_ms: NotRequired[Optional[int]]
    """Longest time, in milliseconds, that incoming text is held before generation begins: 0 to 5000, default 3000. With it set, the model waits until it has enough context for high-quality speech or the delay runs out, whichever happens first; without it, generation starts at once and buffering is up to you. Trades responsiveness against quality, which usually improves with more context."""
    speed: NotRequired[ModelSpeed]
    """Deprecated."""
    flush: NotRequired[Optional[bool]]
    """Set to flush the context."""
    add_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced."""
    add_phoneme_timestamps: NotRequired[Optional[bool]]
    """Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced."""
    use_normalized_timestamps: NotRequired[Optional[bool]]
    """Choose normalized (`true`) or original (`false`) timestamps."""
    pronunciation_dict_id: NotRequired[Optional[str]]
    """ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model."""
