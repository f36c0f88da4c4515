// Code generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package queryparamsapi

// Item: an object of the API.
type Item struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

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
	Color *string `json:"color,omitempty"`
	Size  *int64  `json:"size,omitempty"`
}

// ItemsSearchParamsAPIVersion: one of the values below.
//
// Values the API adds later are kept as they are received.
type ItemsSearchParamsAPIVersion string

// Values of ItemsSearchParamsAPIVersion.
const (
	ItemsSearchParamsAPIVersionN20240101 ItemsSearchParamsAPIVersion = "2024-01-01"
)
