// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Audio = {
    /**
     * @enum {string}
     */
    kind: "audio";
    stream: string;
    pcm: string;
    last?: boolean;
};

export type Failure = {
    /**
     * @enum {string}
     */
    kind: "failure";
    reason?: string;
    stream?: string;
};

export type SayRequest = {
    voice: string;
    text: string;
    more?: boolean;
    stream?: string;
};

export type SpeechMessage = Audio | Failure;

export type Stop = {
    stream: string;
    stop: boolean;
};

/** Parameters of `client.speech.stream`. */
export type SpeechStreamParams = SayRequest;
