// Generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import type { Uploadable } from './core/uploads.js';
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

/** Parameters of `client.uploads.create`. */
export type UploadsCreateParams = {
    /** Format: binary */
    file?: Uploadable;
    title?: string;
    settings?: {
        mode?: string;
    };
    tags?: string[];
};
