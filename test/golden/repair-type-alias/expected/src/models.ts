// Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type Settings = {
    enabled: boolean;
    count: number;
    ratio?: number;
    total?: number;
    label?: string;
    tags?: string[];
    extra?: {
        [key: string]: number;
    };
    misspelt?: unknown;
    either?: number | null;
};
