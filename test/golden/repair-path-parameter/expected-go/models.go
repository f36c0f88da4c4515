// Code generated from spec.yaml (Path Parameter Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pathparameterrepairapi

// PartID: a type of the API.
type PartID = int64

// Thing: an object of the API.
type Thing struct {
	ID string `json:"id"`
}
