// Generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Item = {
    id: number;
    name: string;
};

/** Parameters of `client.items.get`. */
export type ItemsGetParams = {
    /**
     * Correlates logs.
     */
    "X-Trace-Id"?: string;
    session?: string;
};

/** Parameters of `client.items.search`. */
export type ItemsSearchParams = {
    /**
     * Free text.
     */
    q: string;
    /**
     * @default 20
     */
    limit?: number;
    in_stock?: boolean;
    /**
     * Any of these tags.
     */
    tags?: string[];
    ids?: number[];
    "expand[]"?: ("price" | "stock")[];
    sort?: "asc" | "desc";
    filter?: {
        color?: string;
        size?: number;
    };
    since?: string;
    "Api-Version"?: "2024-01-01";
};
