// Code generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package importsapi

// Album: an object of the API.
type Album struct {
	ID    *string `json:"id,omitempty"`
	Title *string `json:"title,omitempty"`
}

// AlbumID: a type of the API.
type AlbumID = string

// Image: a type of the API.
type Image = string

// Mode: one of the values below.
//
// Values the API adds later are kept as they are received.
type Mode string

// Values of Mode.
const (
	ModeFull    Mode = "full"
	ModePreview Mode = "preview"
)

// Notes: a type of the API.
type Notes = string

// Problem: an object of the API.
type Problem struct {
	Message *string `json:"message,omitempty"`
}

// Region: one of the values below.
//
// Values the API adds later are kept as they are received.
type Region string

// Values of Region.
const (
	RegionEu Region = "eu"
	RegionUs Region = "us"
)

// Session: a type of the API.
type Session = string

// SortOrder: one of the values below.
//
// Values the API adds later are kept as they are received.
type SortOrder string

// Values of SortOrder.
const (
	SortOrderAsc  SortOrder = "asc"
	SortOrderDesc SortOrder = "desc"
)

// Status: an object of the API.
type Status struct {
	Ok *bool `json:"ok,omitempty"`
}

// Tag: an object of the API.
type Tag struct {
	Op    *string `json:"op,omitempty"`
	Label *string `json:"label,omitempty"`
}

// Track: an object of the API.
type Track struct {
	ID   string  `json:"id"`
	Kind *string `json:"kind,omitempty"`
}

// TrackEvent: an object of the API.
type TrackEvent struct {
	Track Track `json:"track"`
}

// TrackKind: one of the values below.
//
// Values the API adds later are kept as they are received.
type TrackKind string

// Values of TrackKind.
const (
	TrackKindSong      TrackKind = "song"
	TrackKindInterlude TrackKind = "interlude"
)

// TrackPage: an object of the API.
type TrackPage struct {
	Items []Track `json:"items"`
	More  bool    `json:"more"`
}

// Unused: an object of the API.
type Unused struct {
	Reason *string `json:"reason,omitempty"`
}
