// Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

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

/** Parameters of `client.settings.get`. */
export type SettingsGetParams = {
    verbose?: boolean;
};
