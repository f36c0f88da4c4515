// Generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type Odd = unknown;

export type Thing = {
    id?: string;
    blob?: unknown;
};
