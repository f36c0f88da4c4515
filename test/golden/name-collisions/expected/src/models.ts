// Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

/**
 * Collides with a generated params type name.
 */
export type ClassListParams = Record<string, unknown>;

export type ErrorModel = {
    message?: string;
};

export type N2FAStatus = {
    enabled?: boolean;
};

/**
 * Collides with the one above once names become identifiers.
 */
export type N2faStatus2 = string;

export type PageModel = {
    "x-items"?: RecordModel[];
};

export type RecordModel = {
    "my-field"?: string;
    "2nd"?: number;
    class?: string;
};
