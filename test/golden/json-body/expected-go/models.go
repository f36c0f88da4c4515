// Code generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. DO NOT EDIT.

package jsonbodyapi

// NewNote: an object of the API.
type NewNote struct {
	// Shown in lists; closes */ comments safely.
	Title string   `json:"title"`
	Body  *string  `json:"body,omitempty"`
	Tags  []string `json:"tags,omitzero"`
}

// Note: an object of the API.
type Note struct {
	// Shown in lists; closes */ comments safely.
	Title     string   `json:"title"`
	Body      *string  `json:"body,omitempty"`
	Tags      []string `json:"tags,omitzero"`
	ID        string   `json:"id"`
	CreatedAt *string  `json:"created_at,omitempty"`
}

// NotesSearchParamsBody: an object of the API.
type NotesSearchParamsBody struct {
	Query string `json:"query"`
}
