// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Plain = {
    a?: string;
};

/**
 * Refers to User, so what the client sends differs from what it receives here too.
 */
export type Team = {
    name: string;
    members: User[];
};

/**
 * Refers to User, so what the client sends differs from what it receives here too.
 */
export type TeamInput = {
    name: string;
    members: UserInput[];
};

export type User = {
    readonly id: string;
    email: string;
    /** Format: date-time */
    readonly created_at: string;
};

export type UserInput = {
    email: string;
    password: string;
};

/** Parameters of `client.users.create`. */
export type UsersCreateParams = UserInput;

/** Parameters of `client.teams.create`. */
export type TeamsCreateParams = TeamInput;
