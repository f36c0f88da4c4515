// Code generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package queryparamsapi

import (
	"encoding/json"

	"query-params-api/internal/core"
)

// Item: an object of the API.
type Item struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Item) MarshalJSON() ([]byte, error) {
	type fields Item
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Item) UnmarshalJSON(data []byte) error {
	type fields Item
	*m = Item{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Item) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ItemsSearchParamsExpandItem: one of the values below.
//
// Values the API adds later are kept as they are received.
type ItemsSearchParamsExpandItem string

// Values of ItemsSearchParamsExpandItem.
const (
	ItemsSearchParamsExpandItemPrice ItemsSearchParamsExpandItem = "price"
	ItemsSearchParamsExpandItemStock ItemsSearchParamsExpandItem = "stock"
)

// ItemsSearchParamsSort: one of the values below.
//
// Values the API adds later are kept as they are received.
type ItemsSearchParamsSort string

// Values of ItemsSearchParamsSort.
const (
	ItemsSearchParamsSortAsc  ItemsSearchParamsSort = "asc"
	ItemsSearchParamsSortDesc ItemsSearchParamsSort = "desc"
)

// ItemsSearchParamsFilter: an object of the API.
type ItemsSearchParamsFilter struct {
	Color    *string `json:"color,omitempty"`
	Size     *int64  `json:"size,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m ItemsSearchParamsFilter) MarshalJSON() ([]byte, error) {
	type fields ItemsSearchParamsFilter
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *ItemsSearchParamsFilter) UnmarshalJSON(data []byte) error {
	type fields ItemsSearchParamsFilter
	*m = ItemsSearchParamsFilter{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m ItemsSearchParamsFilter) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ItemsSearchParamsAPIVersion: one of the values below.
//
// Values the API adds later are kept as they are received.
type ItemsSearchParamsAPIVersion string

// Values of ItemsSearchParamsAPIVersion.
const (
	ItemsSearchParamsAPIVersionN20240101 ItemsSearchParamsAPIVersion = "2024-01-01"
)
