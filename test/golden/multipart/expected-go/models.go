// Code generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package uploadapi

// MetadataOrigin: an object of the API.
type MetadataOrigin struct {
	Host *string `json:"host,omitempty"`
	Port *int64  `json:"port,omitempty"`
}

// Metadata: an object of the API.
type Metadata struct {
	Source *string         `json:"source,omitempty"`
	Origin *MetadataOrigin `json:"origin,omitempty"`
}

// StoredFile: an object of the API.
type StoredFile struct {
	ID    string `json:"id"`
	Bytes int64  `json:"bytes"`
}

// FilesUploadParamsPurpose: one of the values below.
//
// Values the API adds later are kept as they are received.
type FilesUploadParamsPurpose string

// Values of FilesUploadParamsPurpose.
const (
	FilesUploadParamsPurposeFineTune   FilesUploadParamsPurpose = "fine_tune"
	FilesUploadParamsPurposeAssistants FilesUploadParamsPurpose = "assistants"
)

// FilesUploadParamsOptions: an object of the API.
type FilesUploadParamsOptions struct {
	Dedupe *bool `json:"dedupe,omitempty"`
}

// FormsSubmitParamsAddress: an object of the API.
type FormsSubmitParamsAddress struct {
	City *string `json:"city,omitempty"`
	Zip  *string `json:"zip,omitempty"`
}
