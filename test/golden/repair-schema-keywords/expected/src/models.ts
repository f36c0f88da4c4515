// Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Note = {
    id: string;
    title: string;
    body?: string;
    kind?: string;
    score?: number;
};

/** Parameters of `client.notes.create`. */
export type NotesCreateParams = {
    body: Note;
};
