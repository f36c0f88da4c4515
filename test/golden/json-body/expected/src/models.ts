// Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type NewNote = {
    /** @description Shown in lists; closes *\/ comments safely. */
    title: string;
    body?: string;
    tags?: string[];
};

export type Note = NewNote & {
    id: string;
    /** Format: date-time */
    created_at?: string;
};
