// Code generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pagedapi

// User: an object of the API.
type User struct {
	ID    string  `json:"id"`
	Email *string `json:"email,omitempty"`
}

// UserPage: an object of the API.
type UserPage struct {
	Items []User `json:"items"`
	More  bool   `json:"more"`
}

// GroupsListResponse: an object of the API.
type GroupsListResponse struct {
	Items []string `json:"items,omitzero"`
}
