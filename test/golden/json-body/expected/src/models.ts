// Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type NewNote = {
    /** @description Shown in lists; closes *\/ comments safely. */
    title: string;
    body?: string;
    tags?: string[];
};

export type Note = NewNote & {
    id: string;
    /** Format: date-time */
    created_at?: string;
};

/** Parameters of `client.notes.create`. */
export type NotesCreateParams = {
    body: NewNote;
};

/** Parameters of `client.notes.update`. */
export type NotesUpdateParams = {
    title?: string;
    /** @default false */
    pinned?: boolean;
};

/** Parameters of `client.notes.setLabels`. */
export type NotesSetLabelsParams = {
    body: string[];
};

/** Parameters of `client.notes.search`. */
export type NotesSearchParams = {
    query?: string;
    body: {
        query: string;
    };
};
