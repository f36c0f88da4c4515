// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

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

/** Parameters of `client.items.constructor_`. */
export type ItemsConstructorParams = {
    "q*/x"?: string;
    class?: "a'b" | "c\"d" | "e`f" | "${g}" | "*/";
};

/** Parameters of `client.tostring.toString_`. */
export type TostringToStringParams = {
    constructor?: string;
    toString?: string;
    __proto__?: string;
    hasOwnProperty?: string;
};
