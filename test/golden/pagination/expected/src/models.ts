// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type User = {
    id: string;
    email?: string;
};

export type UserPage = {
    items: User[];
    more: boolean;
};

/** Parameters of `client.users.list`. */
export type UsersListParams = {
    limit?: number;
    after?: string;
    before?: string;
    role?: string;
};
