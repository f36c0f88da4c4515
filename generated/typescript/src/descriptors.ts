// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';
import type { ChannelSpec } from './core/channel-session.js';

export const agentsListOperation: OperationSpec = {
    method: "GET",
    path: "/agents",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsGetOperation: OperationSpec = {
    method: "GET",
    path: "/agents/{agent_id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/agents/{agent_id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const agentsUpdateOperation: OperationSpec = {
    method: "PATCH",
    path: "/agents/{agent_id}",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsTemplatesListOperation: OperationSpec = {
    method: "GET",
    path: "/agents/templates",
    response: { kind: "json", accept: "application/json" },
    security: [["TokenAuth"], ["APIKeyAuth"]]
};

export const agentsCallsListOperation: OperationSpec = {
    method: "GET",
    path: "/agents/calls",
    query: [
        { name: "agent_id" },
        { name: "expand" },
        { name: "starting_after" },
        { name: "ending_before" },
        { name: "limit" }
    ],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsCallsGetOperation: OperationSpec = {
    method: "GET",
    path: "/agents/calls/{call_id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsCallsDownloadAudioOperation: OperationSpec = {
    method: "GET",
    path: "/agents/calls/{call_id}/audio",
    response: { kind: "binary", accept: "audio/wav" },
    security: [["APIKeyAuth"]]
};

export const agentsPhoneNumbersListOperation: OperationSpec = {
    method: "GET",
    path: "/agents/{agent_id}/phone-numbers",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsListOperation: OperationSpec = {
    method: "GET",
    path: "/agents/metrics",
    query: [{ name: "starting_after" }, { name: "limit" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsCreateOperation: OperationSpec = {
    method: "POST",
    path: "/agents/metrics",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsGetOperation: OperationSpec = {
    method: "GET",
    path: "/agents/metrics/{metric_id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsResultsListOperation: OperationSpec = {
    method: "GET",
    path: "/agents/metrics/results",
    query: [
        { name: "agent_id" },
        { name: "deployment_id" },
        { name: "metric_id" },
        { name: "start_date" },
        { name: "end_date" },
        { name: "call_id" },
        { name: "starting_after" },
        { name: "ending_before" },
        { name: "limit" }
    ],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsResultsExportOperation: OperationSpec = {
    method: "GET",
    path: "/agents/metrics/results/export",
    query: [
        { name: "agent_id" },
        { name: "deployment_id" },
        { name: "metric_id" },
        { name: "call_id" },
        { name: "start_date" },
        { name: "end_date" }
    ],
    response: { kind: "text", accept: "text/csv" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsAddToAgentOperation: OperationSpec = {
    method: "POST",
    path: "/agents/{agent_id}/metrics/{metric_id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const agentsMetricsRemoveFromAgentOperation: OperationSpec = {
    method: "DELETE",
    path: "/agents/{agent_id}/metrics/{metric_id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const agentsDeploymentsListOperation: OperationSpec = {
    method: "GET",
    path: "/agents/{agent_id}/deployments",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const agentsDeploymentsGetOperation: OperationSpec = {
    method: "GET",
    path: "/agents/deployments/{deployment_id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const apiStatusGetOperation: OperationSpec = {
    method: "GET",
    path: "/",
    response: { kind: "json", accept: "application/json" },
    security: [["TokenAuth"], ["APIKeyAuth"]]
};

export const accessTokenCreateOperation: OperationSpec = {
    method: "POST",
    path: "/access-token",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const datasetsListOperation: OperationSpec = {
    method: "GET",
    path: "/datasets/",
    query: [{ name: "limit" }, { name: "starting_after" }, { name: "ending_before" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const datasetsCreateOperation: OperationSpec = {
    method: "POST",
    path: "/datasets/",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const datasetsGetOperation: OperationSpec = {
    method: "GET",
    path: "/datasets/{id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const datasetsDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/datasets/{id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const datasetsUpdateOperation: OperationSpec = {
    method: "PATCH",
    path: "/datasets/{id}",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const datasetsFilesListOperation: OperationSpec = {
    method: "GET",
    path: "/datasets/{id}/files",
    query: [{ name: "limit" }, { name: "starting_after" }, { name: "ending_before" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const datasetsFilesUploadOperation: OperationSpec = {
    method: "POST",
    path: "/datasets/{id}/files",
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true
    },
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const datasetsFilesDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/datasets/{id}/files/{fileID}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const fineTunesListOperation: OperationSpec = {
    method: "GET",
    path: "/fine-tunes/",
    query: [{ name: "limit" }, { name: "starting_after" }, { name: "ending_before" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const fineTunesCreateOperation: OperationSpec = {
    method: "POST",
    path: "/fine-tunes/",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const fineTunesGetOperation: OperationSpec = {
    method: "GET",
    path: "/fine-tunes/{id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const fineTunesDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/fine-tunes/{id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const fineTunesListVoicesOperation: OperationSpec = {
    method: "GET",
    path: "/fine-tunes/{id}/voices",
    query: [{ name: "limit" }, { name: "starting_after" }, { name: "ending_before" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const infillBytesOperation: OperationSpec = {
    method: "POST",
    path: "/infill/bytes",
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true,
        fields: { output_format: { style: "deepObject", explode: true } }
    },
    response: { kind: "binary", accept: "audio/wav" },
    security: [["APIKeyAuth"]]
};

export const pronunciationDictsListOperation: OperationSpec = {
    method: "GET",
    path: "/pronunciation-dicts/",
    query: [{ name: "limit" }, { name: "starting_after" }, { name: "ending_before" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const pronunciationDictsCreateOperation: OperationSpec = {
    method: "POST",
    path: "/pronunciation-dicts/",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const pronunciationDictsGetOperation: OperationSpec = {
    method: "GET",
    path: "/pronunciation-dicts/{id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const pronunciationDictsDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/pronunciation-dicts/{id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const pronunciationDictsUpdateOperation: OperationSpec = {
    method: "PATCH",
    path: "/pronunciation-dicts/{id}",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const sttTranscribeOperation: OperationSpec = {
    method: "POST",
    path: "/stt",
    query: [{ name: "encoding" }, { name: "sample_rate" }],
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["TokenAuth"], ["APIKeyAuth"]]
};

export const ttsBytesOperation: OperationSpec = {
    method: "POST",
    path: "/tts/bytes",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "binary", accept: "audio/wav" },
    security: [["TokenAuth"], ["APIKeyAuth"]]
};

export const ttsSseOperation: OperationSpec = {
    method: "POST",
    path: "/tts/sse",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "event-stream", accept: "text/event-stream", base64Fields: ["data"] },
    security: [["TokenAuth"], ["APIKeyAuth"]]
};

export const voiceChangerBytesOperation: OperationSpec = {
    method: "POST",
    path: "/voice-changer/bytes",
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true
    },
    response: { kind: "binary", accept: "audio/wav" },
    security: [["APIKeyAuth"]]
};

export const voiceChangerSseOperation: OperationSpec = {
    method: "POST",
    path: "/voice-changer/sse",
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true
    },
    response: { kind: "event-stream", accept: "text/event-stream", base64Fields: ["data"] },
    security: [["APIKeyAuth"]]
};

export const voicesListAccentsOperation: OperationSpec = {
    method: "GET",
    path: "/accents",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesListOperation: OperationSpec = {
    method: "GET",
    path: "/voices",
    query: [
        { name: "limit" },
        { name: "starting_after" },
        { name: "ending_before" },
        { name: "q" },
        { name: "is_owner" },
        { name: "gender" },
        { name: "language" },
        { name: "expand[]" }
    ],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesCloneOperation: OperationSpec = {
    method: "POST",
    path: "/voices/clone",
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesGetOperation: OperationSpec = {
    method: "GET",
    path: "/voices/{id}",
    query: [{ name: "expand[]" }],
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/voices/{id}",
    response: { kind: "none" },
    security: [["APIKeyAuth"]]
};

export const voicesUpdateOperation: OperationSpec = {
    method: "PATCH",
    path: "/voices/{id}",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesAddAccentsOperation: OperationSpec = {
    method: "PATCH",
    path: "/voices/{id}/accents",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesDeleteAccentOperation: OperationSpec = {
    method: "DELETE",
    path: "/voices/{id}/accents/{accent_id}",
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const voicesLocalizeOperation: OperationSpec = {
    method: "POST",
    path: "/voices/localize",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: [["APIKeyAuth"]]
};

export const ttsWebsocketChannel: ChannelSpec = {
    path: "/tts/websocket",
    security: [["TokenAuth"], ["APIKeyAuth"]],
    base64Fields: ["data"],
    context: { idField: "context_id", endField: "done" }
};

export const sttWebsocketChannel: ChannelSpec = {
    path: "/stt/websocket",
    query: [
        { name: "model" },
        { name: "encoding" },
        { name: "sample_rate" },
        { name: "language" },
        { name: "min_volume" },
        { name: "max_silence_duration_secs" },
        { name: "keyterm" }
    ],
    security: [["TokenAuth"], ["APIKeyAuth"]]
};

export const sttTurnsWebsocketChannel: ChannelSpec = {
    path: "/stt/turns/websocket",
    query: [
        { name: "model" },
        { name: "encoding" },
        { name: "sample_rate" },
        { name: "language" },
        { name: "turn_start_threshold" },
        { name: "turn_eager_end_threshold" },
        { name: "turn_end_threshold" },
        { name: "turn_end_timeout_ms" },
        { name: "keyterm" }
    ],
    security: [["TokenAuth"], ["APIKeyAuth"]]
};
