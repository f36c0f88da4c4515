// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

import (
	"encoding/json"

	"hostile-client/internal/core"
)

// Class: A schema named class */ globalThis.pwned = 5; /*
type Class struct {
	Constructor *string `json:"constructor,omitempty"`
	Proto       *string `json:"__proto__,omitempty"`
	ToString    *string `json:"toString,omitempty"`
	// */ /*
	Value    *string `json:"*/,omitempty"`
	N2nd     *int64  `json:"2nd,omitempty"`
	AB       *string `json:"-"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Class) MarshalJSON() ([]byte, error) {
	type fields Class
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Class) UnmarshalJSON(data []byte) error {
	type fields Class
	*m = Class{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Class) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ItemsConstructorParamsClass: one of the values below.
//
// Values the API adds later are kept as they are received.
type ItemsConstructorParamsClass string

// Values of ItemsConstructorParamsClass.
const (
	ItemsConstructorParamsClassAB    ItemsConstructorParamsClass = "a'b"
	ItemsConstructorParamsClassCD    ItemsConstructorParamsClass = "c\"d"
	ItemsConstructorParamsClassEF    ItemsConstructorParamsClass = "e`f"
	ItemsConstructorParamsClassG     ItemsConstructorParamsClass = "${g}"
	ItemsConstructorParamsClassEmpty ItemsConstructorParamsClass = "*/"
)
