// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type User = {
    id: string;
    email?: string;
};

export type UserPage = {
    items: User[];
    more: boolean;
};
