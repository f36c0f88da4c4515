// Generated from spec.yaml (Data Refs API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares. Binary data in responses is a Blob.

export type Thing = {
    /**
     * @example {
     *       "$ref": "./nope.json"
     *     }
     */
    id?: string;
};
