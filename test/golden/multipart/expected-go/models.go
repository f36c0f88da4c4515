// Code generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package uploadapi

import (
	"encoding/json"

	"upload-api/internal/core"
)

// MetadataOrigin: an object of the API.
type MetadataOrigin struct {
	Host     *string `json:"host,omitempty"`
	Port     *int64  `json:"port,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m MetadataOrigin) MarshalJSON() ([]byte, error) {
	type fields MetadataOrigin
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *MetadataOrigin) UnmarshalJSON(data []byte) error {
	type fields MetadataOrigin
	*m = MetadataOrigin{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m MetadataOrigin) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Metadata: an object of the API.
type Metadata struct {
	Source   *string         `json:"source,omitempty"`
	Origin   *MetadataOrigin `json:"origin,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Metadata) MarshalJSON() ([]byte, error) {
	type fields Metadata
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Metadata) UnmarshalJSON(data []byte) error {
	type fields Metadata
	*m = Metadata{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Metadata) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// StoredFile: an object of the API.
type StoredFile struct {
	ID       string `json:"id"`
	Bytes    int64  `json:"bytes"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m StoredFile) MarshalJSON() ([]byte, error) {
	type fields StoredFile
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *StoredFile) UnmarshalJSON(data []byte) error {
	type fields StoredFile
	*m = StoredFile{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m StoredFile) ReceivedJSON() json.RawMessage { return m.received.JSON() }

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
	Dedupe   *bool `json:"dedupe,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m FilesUploadParamsOptions) MarshalJSON() ([]byte, error) {
	type fields FilesUploadParamsOptions
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *FilesUploadParamsOptions) UnmarshalJSON(data []byte) error {
	type fields FilesUploadParamsOptions
	*m = FilesUploadParamsOptions{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m FilesUploadParamsOptions) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// FormsSubmitParamsAddress: an object of the API.
type FormsSubmitParamsAddress struct {
	City     *string `json:"city,omitempty"`
	Zip      *string `json:"zip,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m FormsSubmitParamsAddress) MarshalJSON() ([]byte, error) {
	type fields FormsSubmitParamsAddress
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *FormsSubmitParamsAddress) UnmarshalJSON(data []byte) error {
	type fields FormsSubmitParamsAddress
	*m = FormsSubmitParamsAddress{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m FormsSubmitParamsAddress) ReceivedJSON() json.RawMessage { return m.received.JSON() }
