// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

// Class: A schema named class */ globalThis.pwned = 5; /*
type Class struct {
	Constructor *string `json:"constructor,omitempty"`
	Proto       *string `json:"__proto__,omitempty"`
	ToString    *string `json:"toString,omitempty"`
	// */ /*
	Value *string `json:"*/,omitempty"`
	N2nd  *int64  `json:"2nd,omitempty"`
	AB    *string `json:"-"`
}

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
