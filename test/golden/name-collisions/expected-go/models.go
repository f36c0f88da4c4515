// Code generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. DO NOT EDIT.

package n2namescollideco

// ClassListParams: Collides with a generated params type name.
type ClassListParams = map[string]any

// Error: an object of the API.
type Error struct {
	Message *string `json:"message,omitempty"`
}

// N2FAStatus: an object of the API.
type N2FAStatus struct {
	Enabled *bool `json:"enabled,omitempty"`
}

// N2faStatus2: Collides with the one above once names become identifiers.
type N2faStatus2 = string

// Page2: an object of the API.
type Page2 struct {
	XItems []Record `json:"x-items,omitzero"`
}

// Record: an object of the API.
type Record struct {
	MyField *string `json:"my-field,omitempty"`
	N2nd    *int64  `json:"2nd,omitempty"`
	Class   *string `json:"class,omitempty"`
}
