// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type Metadata = {
    source?: string;
    origin?: {
        host?: string;
        port?: number;
    };
};

export type StoredFile = {
    id: string;
    bytes: number;
};
