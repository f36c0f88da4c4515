// Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Album = {
    id?: string;
    title?: string;
};

export type AlbumId = string;

export type Image = Blob;

export type Mode = "full" | "preview";

export type Notes = string;

export type Problem = {
    message?: string;
};

export type Region = "eu" | "us";

export type Session = string;

export type SortOrder = "asc" | "desc";

export type Status = {
    ok?: boolean;
};

export type Tag = {
    op?: string;
    label?: string;
};

export type Track = {
    id: string;
    kind?: TrackKind;
};

export type TrackEvent = {
    track: Track;
};

export type TrackKind = "song" | "interlude";

export type TrackPage = {
    items: Track[];
    more: boolean;
};

export type Unused = {
    reason?: string;
};

/** Parameters of `client.albums.create`. */
export type AlbumsCreateParams = WithRequired<Album, "title">;

/** Parameters of `client.tracks.list`. */
export type TracksListParams = {
    sort?: SortOrder;
    limit?: number;
    after?: string;
    "X-Region"?: Region;
    session?: Session;
};

type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
