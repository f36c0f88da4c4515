// Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type Note = {
    id: string;
    title: string;
    body?: string;
    kind?: string;
    score?: number;
};
