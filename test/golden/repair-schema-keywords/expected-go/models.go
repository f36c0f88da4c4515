// Code generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemakeywordrepairapi

// Note: an object of the API.
type Note struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Body  *string  `json:"body,omitempty"`
	Kind  *string  `json:"kind,omitempty"`
	Score *float64 `json:"score,omitempty"`
}
