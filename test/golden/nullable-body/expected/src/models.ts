// Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Note = {
    text?: string;
    pinned?: boolean;
} | null;

/** Parameters of `client.notes.create`. */
export type NotesCreateParams = NonNullable<{
    text?: string;
} | null>;

/** Parameters of `client.notes.replace`. */
export type NotesReplaceParams = NonNullable<Note>;

/** Parameters of `client.notes.update`. */
export type NotesUpdateParams = {
    dryRun?: boolean;
} & Note;
