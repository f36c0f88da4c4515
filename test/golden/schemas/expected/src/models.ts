// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// Types of the schemas the spec declares, then the parameters of each method. Binary data in responses is a Blob;
// uploads in parameters are any `Uploadable`.

export type Cat = {
    /**
     * @enum {string}
     */
    kind: "cat";
    /** @default 9 */
    lives: number;
};

export type Circle = {
    /**
     * @enum {string}
     */
    type: "circle";
    r: number;
};

export type Closed = {
    a?: string;
};

/**
 * A primary color.
 */
export type Color = "red" | "green" | "blue";

export type Dog = {
    /**
     * @enum {string}
     */
    kind: "dog";
    good?: boolean | null;
};

export type Either = string | number;

export type Forest = TreeNode[];

export type Labels = {
    [key: string]: string;
};

/**
 * Use Color.
 *
 * @deprecated
 */
export type Nullable = string | null;

export type Open = {
    [key: string]: unknown;
};

export type Pet = Cat | Dog;

export type Priority = 1 | 2 | 3;

export type Shape = Circle | Square;

export type Square = {
    /**
     * @enum {string}
     */
    type: "square";
    side: number;
};

export type Stamped = Labels & {
    /** Format: date-time */
    at: string;
};

export type TreeNode = {
    value: string;
    children?: TreeNode[];
    forest?: Forest;
};

/** Parameters of `client.pets.create`. */
export type PetsCreateParams = Pet;
