// Code generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package nullablebodyapi

// Note: an object of the API.
type Note struct {
	Text   *string `json:"text,omitempty"`
	Pinned *bool   `json:"pinned,omitempty"`
}
