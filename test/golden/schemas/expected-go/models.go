// Code generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemafeatures

import (
	"encoding/json"

	"schema-features/internal/core"
)

// Cat: an object of the API.
type Cat struct {
	Kind     string `json:"kind"`
	Lives    int64  `json:"lives"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Cat) MarshalJSON() ([]byte, error) {
	type fields Cat
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Cat) UnmarshalJSON(data []byte) error {
	type fields Cat
	*m = Cat{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Cat) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// CircleType: one of the values below.
//
// Values the API adds later are kept as they are received.
type CircleType string

// Values of CircleType.
const (
	CircleTypeCircle CircleType = "circle"
)

// Circle: an object of the API.
type Circle struct {
	Type     CircleType `json:"type"`
	R        float64    `json:"r"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Circle) MarshalJSON() ([]byte, error) {
	type fields Circle
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Circle) UnmarshalJSON(data []byte) error {
	type fields Circle
	*m = Circle{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Circle) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Closed: an object of the API.
type Closed struct {
	A        *string `json:"a,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Closed) MarshalJSON() ([]byte, error) {
	type fields Closed
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Closed) UnmarshalJSON(data []byte) error {
	type fields Closed
	*m = Closed{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Closed) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Color: A primary color.
//
// Values the API adds later are kept as they are received.
type Color string

// Values of Color.
const (
	ColorRed   Color = "red"
	ColorGreen Color = "green"
	ColorBlue  Color = "blue"
)

// Dog: an object of the API.
type Dog struct {
	Kind     string `json:"kind"`
	Good     *bool  `json:"good,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Dog) MarshalJSON() ([]byte, error) {
	type fields Dog
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Dog) UnmarshalJSON(data []byte) error {
	type fields Dog
	*m = Dog{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Dog) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Either: one of several shapes.
//
// One Of field is set: the variant the JSON holds (told apart by its shape). An unknown
// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.
type Either struct {
	OfString *string
	OfFloat  *float64
	raw      json.RawMessage
}

// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.
func (u Either) MarshalJSON() ([]byte, error) {
	return core.MarshalUnion(u.raw, u.OfString, u.OfFloat)
}

// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.
func (u *Either) UnmarshalJSON(data []byte) error {
	*u = Either{}
	var err error
	u.raw, err = core.UnmarshalUnion(data, "",
		core.Variant{Target: &u.OfString, Kind: "string"},
		core.Variant{Target: &u.OfFloat, Kind: "number"},
	)
	return err
}

// Raw is the JSON the value was received as (nil for a value built in code).
func (u Either) Raw() json.RawMessage { return u.raw }

// Forest: a type of the API.
type Forest = []TreeNode

// Labels: a type of the API.
type Labels = map[string]string

// Nullable: Use Color.
//
// Deprecated: the API marks this as deprecated.
type Nullable = *string

// Open: a type of the API.
type Open = map[string]any

// Pet: one of several shapes.
//
// One Of field is set: the variant the JSON holds (told apart by its kind field). An unknown
// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.
type Pet struct {
	OfCat *Cat
	OfDog *Dog
	raw   json.RawMessage
}

// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.
func (u Pet) MarshalJSON() ([]byte, error) {
	return core.MarshalUnion(u.raw, u.OfCat, u.OfDog)
}

// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.
func (u *Pet) UnmarshalJSON(data []byte) error {
	*u = Pet{}
	var err error
	u.raw, err = core.UnmarshalUnion(data, "kind",
		core.Variant{Target: &u.OfCat, Kind: "object", Tags: []string{"cat"}},
		core.Variant{Target: &u.OfDog, Kind: "object", Tags: []string{"dog"}},
	)
	return err
}

// Raw is the JSON the value was received as (nil for a value built in code).
func (u Pet) Raw() json.RawMessage { return u.raw }

// Priority: a type of the API.
type Priority = int64

// Shape: one of several shapes.
//
// One Of field is set: the variant the JSON holds (told apart by its type field). An unknown
// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.
type Shape struct {
	OfCircle *Circle
	OfSquare *Square
	raw      json.RawMessage
}

// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.
func (u Shape) MarshalJSON() ([]byte, error) {
	return core.MarshalUnion(u.raw, u.OfCircle, u.OfSquare)
}

// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.
func (u *Shape) UnmarshalJSON(data []byte) error {
	*u = Shape{}
	var err error
	u.raw, err = core.UnmarshalUnion(data, "type",
		core.Variant{Target: &u.OfCircle, Kind: "object", Tags: []string{"circle"}},
		core.Variant{Target: &u.OfSquare, Kind: "object", Tags: []string{"square"}},
	)
	return err
}

// Raw is the JSON the value was received as (nil for a value built in code).
func (u Shape) Raw() json.RawMessage { return u.raw }

// SquareType: one of the values below.
//
// Values the API adds later are kept as they are received.
type SquareType string

// Values of SquareType.
const (
	SquareTypeSquare SquareType = "square"
)

// Square: an object of the API.
type Square struct {
	Type     SquareType `json:"type"`
	Side     float64    `json:"side"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Square) MarshalJSON() ([]byte, error) {
	type fields Square
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Square) UnmarshalJSON(data []byte) error {
	type fields Square
	*m = Square{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Square) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Stamped: an object of the API.
type Stamped struct {
	At       string `json:"at"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Stamped) MarshalJSON() ([]byte, error) {
	type fields Stamped
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Stamped) UnmarshalJSON(data []byte) error {
	type fields Stamped
	*m = Stamped{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Stamped) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// TreeNode: an object of the API.
type TreeNode struct {
	Value    string     `json:"value"`
	Children []TreeNode `json:"children,omitzero"`
	Forest   Forest     `json:"forest,omitzero"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m TreeNode) MarshalJSON() ([]byte, error) {
	type fields TreeNode
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *TreeNode) UnmarshalJSON(data []byte) error {
	type fields TreeNode
	*m = TreeNode{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m TreeNode) ReceivedJSON() json.RawMessage { return m.received.JSON() }
