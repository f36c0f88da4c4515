package core

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
)

// Variant is one shape of a union, as generated code describes it to UnmarshalUnion.
type Variant struct {
	// Target points at the union's field for this variant (a **T, or a *[]T for a list).
	Target any
	// Kind is the JSON kind the variant is written as: object, array, string, number, integer, boolean or any.
	Kind string
	// Tags are the discriminator values that name this variant.
	Tags []string
}

// MarshalUnion writes the variant set (a model variant writes back what it received while unchanged, so a change
// made through the variant is sent), else raw: the JSON of a variant no field holds, kept as received.
func MarshalUnion(raw json.RawMessage, variants ...any) ([]byte, error) {
	for _, v := range variants {
		if !IsAbsent(v) {
			return json.Marshal(v)
		}
	}
	if raw != nil {
		return raw, nil
	}
	return []byte("null"), nil
}

// UnmarshalUnion decodes data into the variant it holds, chosen by the discriminator property when there is one,
// else by its JSON kind and then by which variant reads it without unknown fields. It returns data to keep: a
// variant nobody knows (a newer API's) is kept as raw JSON, never an error.
func UnmarshalUnion(data []byte, property string, variants ...Variant) (json.RawMessage, error) {
	raw := json.RawMessage(bytes.Clone(data))
	kind := jsonKind(data)
	if kind == "null" {
		return raw, nil
	}
	if property != "" && kind == "object" {
		var fields map[string]json.RawMessage
		var tag string
		if json.Unmarshal(data, &fields) == nil && json.Unmarshal(fields[property], &tag) == nil {
			for _, v := range variants {
				for _, t := range v.Tags {
					if t == tag {
						decode(data, v.Target, false)
						return raw, nil
					}
				}
			}
			return raw, nil
		}
	}
	for _, strict := range []bool{true, false} {
		for _, v := range variants {
			if accepts(v.Kind, kind) && decode(data, v.Target, strict) {
				return raw, nil
			}
		}
	}
	return raw, nil
}

func accepts(variant, data string) bool {
	return variant == "any" || variant == data || (variant == "number" && data == "integer")
}

// decode sets *target from data; on failure it leaves the target unset. Strict: an object must hold only keys the
// target's struct names (models decode themselves, so the decoder's DisallowUnknownFields would not reach them).
func decode(data []byte, target any, strict bool) bool {
	if strict && !knownKeys(data, reflect.TypeOf(target).Elem()) {
		return false
	}
	if err := json.Unmarshal(data, target); err != nil {
		reflect.ValueOf(target).Elem().SetZero()
		return false
	}
	return true
}

func knownKeys(data []byte, t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return true
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &fields) != nil {
		return false
	}
	known := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			known[name] = true
		}
	}
	for key := range fields {
		if !known[key] {
			return false
		}
	}
	return true
}

func jsonKind(data []byte) string {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return "null"
	}
	switch trimmed[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	if bytes.ContainsAny(trimmed, ".eE") {
		return "number"
	}
	return "integer"
}
