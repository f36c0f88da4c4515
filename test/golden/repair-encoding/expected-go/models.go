// Code generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package encodingrepairapi

// UploadsCreateParamsSettings: an object of the API.
type UploadsCreateParamsSettings struct {
	Mode *string `json:"mode,omitempty"`
}
