// Code generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package typealiasrepairapi

// Settings: an object of the API.
type Settings struct {
	Enabled  bool               `json:"enabled"`
	Count    int64              `json:"count"`
	Ratio    *float64           `json:"ratio,omitempty"`
	Total    *int64             `json:"total,omitempty"`
	Label    *string            `json:"label,omitempty"`
	Tags     []string           `json:"tags,omitzero"`
	Extra    map[string]float64 `json:"extra,omitzero"`
	Misspelt any                `json:"misspelt,omitzero"`
	Either   *int64             `json:"either,omitempty"`
}
