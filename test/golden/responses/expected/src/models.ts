// Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type SpeechEvent = {
    /** @constant */
    type: "chunk";
    data: string;
} | {
    /** @constant */
    type: "done";
};

/** Parameters of `client.speech.synthesize`. */
export type SpeechSynthesizeParams = {
    text: string;
};

/** Parameters of `client.speech.stream`. */
export type SpeechStreamParams = {
    text: string;
};
