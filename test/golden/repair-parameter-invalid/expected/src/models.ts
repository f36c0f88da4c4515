// Generated from spec.yaml (Parameter Invalid Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

/** Parameters of `client.things.list`. */
export type ThingsListParams = {
    limit?: number;
};
