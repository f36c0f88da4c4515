// Generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Odd = unknown;

export type Thing = {
    id?: string;
    blob?: unknown;
};

/** Parameters of `client.things.create`. */
export type ThingsCreateParams = {
    mode?: unknown;
    body: unknown;
};
