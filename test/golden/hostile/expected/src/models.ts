// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

/**
 * A schema named class *\/ globalThis.pwned = 5; /*
 */
export type Class = {
    constructor?: string;
    __proto__?: string;
    toString?: string;
    /** @description *\/ /* */
    "*/"?: string;
    /** @default 2 */
    "2nd"?: number;
    "a\u2028b"?: string;
};
