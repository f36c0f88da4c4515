// Generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import type { Uploadable } from './core/uploads.js';
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type UploadRequest = {
    filename?: string;
    /** Format: binary */
    file: Blob;
};

/** Parameters of `client.documents.upload`. */
export type DocumentsUploadParams = {
    filename?: string;
    /** Format: binary */
    file: Uploadable;
};
