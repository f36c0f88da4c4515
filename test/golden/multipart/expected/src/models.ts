// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import type { Uploadable } from './core/uploads.js';
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Metadata = {
    source?: string;
    origin?: {
        host?: string;
        port?: number;
    };
};

export type StoredFile = {
    id: string;
    bytes: number;
};

/** Parameters of `client.files.upload`. */
export type FilesUploadParams = {
    overwrite?: boolean;
} & {
    /**
     * Format: binary
     * @description The file contents.
     */
    file: Uploadable;
    /** @enum {string} */
    purpose: "fine_tune" | "assistants";
    "labels[]"?: string[];
    attachments?: Uploadable[];
    metadata?: Metadata;
    options?: {
        dedupe?: boolean;
    };
    tags?: string[];
};

/** Parameters of `client.files.uploadRaw`. */
export type FilesUploadRawParams = {
    body: Uploadable;
};

/** Parameters of `client.forms.submit`. */
export type FormsSubmitParams = {
    name?: string;
    age?: number;
    address?: {
        city?: string;
        zip?: string;
    };
};
