// Generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Container = "raw" | "wav";

export type Language = "en" | "fr" | (string & {}) | null;

/**
 * A model id.
 */
export type ModelId = "sonic-3" | "sonic-2" | (string & {});

export type SampleRate = 22050 | 44100 | (number & {});

export type SpeakRequest = {
    model_id: ModelId;
    language?: Language;
    sample_rate?: SampleRate;
    container: Container;
    /** @description An inline open enum. */
    accent?: "us" | "uk" | (string & {});
    emotion?: "calm" | "sad" | (string & {});
};

export type Speech = {
    model_id?: ModelId;
    container?: Container;
};

/** Parameters of `client.speech.create`. */
export type SpeechCreateParams = SpeakRequest;
