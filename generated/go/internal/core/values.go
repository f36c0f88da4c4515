package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// IsAbsent: nil, or a nil pointer, slice, map or interface; the caller did not give the value.
func IsAbsent(v any) bool {
	if v == nil {
		return true
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return r.IsNil()
	}
	return false
}

// plain turns a caller's value (a model, a pointer, a slice) into JSON data: string, json.Number, bool, nil,
// []any or an ordered object, through its JSON encoding, so models serialize as they would in a JSON body.
func plain(v any) (any, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, invalidf("A value cannot be encoded: %v.", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return decodeOrdered(dec)
}

// object keeps the keys of a JSON object in the order they were encoded (struct field order).
type object struct {
	keys   []string
	values map[string]any
}

func decodeOrdered(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			list := []any{}
			for dec.More() {
				item, err := decodeOrdered(dec)
				if err != nil {
					return nil, err
				}
				list = append(list, item)
			}
			_, err := dec.Token()
			return list, err
		}
		obj := &object{values: map[string]any{}}
		for dec.More() {
			keyTok, err := dec.Token()
			if err != nil {
				return nil, err
			}
			key := keyTok.(string)
			value, err := decodeOrdered(dec)
			if err != nil {
				return nil, err
			}
			if _, seen := obj.values[key]; !seen {
				obj.keys = append(obj.keys, key)
			}
			obj.values[key] = value
		}
		_, err = dec.Token()
		return obj, err
	default:
		return t, nil
	}
}

// scalarText is the wire text of a scalar: true/false, numbers as JSON writes them, strings as they are.
func scalarText(v any) (string, error) {
	switch t := v.(type) {
	case string:
		return t, nil
	case json.Number:
		return t.String(), nil
	case bool:
		if t {
			return "true", nil
		}
		return "false", nil
	case nil:
		return "", nil
	}
	return "", invalidf("A %s cannot be sent as a single value here; pass a scalar.", kindName(v))
}

func kindName(v any) string {
	switch v.(type) {
	case []any:
		return "list"
	case *object:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// pair is one name=value of a query string or a form (not yet encoded).
type pair struct{ name, value string }

// styled turns one parameter or form field into pairs, as OpenAPI's style and explode say.
func styled(name string, value any, style string, explode bool) ([]pair, error) {
	switch v := value.(type) {
	case nil:
		return nil, nil
	case []any:
		texts := make([]string, 0, len(v))
		for _, item := range v {
			text, err := scalarText(item)
			if err != nil {
				return nil, err
			}
			texts = append(texts, text)
		}
		if style == "deepObject" {
			return nil, invalidf("%q: a list cannot be sent in deepObject style.", name)
		}
		if explode && style == "form" {
			out := make([]pair, 0, len(texts))
			for _, text := range texts {
				out = append(out, pair{name, text})
			}
			return out, nil
		}
		if len(texts) == 0 {
			return nil, nil
		}
		sep := map[string]string{"spaceDelimited": " ", "pipeDelimited": "|"}[style]
		if sep == "" {
			sep = ","
		}
		return []pair{{name, strings.Join(texts, sep)}}, nil
	case *object:
		if style == "deepObject" {
			return deepPairs(name, v)
		}
		var out, flat []pair
		for _, key := range v.keys {
			if v.values[key] == nil {
				continue
			}
			text, err := scalarText(v.values[key])
			if err != nil {
				return nil, err
			}
			out = append(out, pair{key, text})
			flat = append(flat, pair{"", key}, pair{"", text})
		}
		if explode {
			return out, nil
		}
		texts := make([]string, 0, len(flat))
		for _, p := range flat {
			texts = append(texts, p.value)
		}
		return []pair{{name, strings.Join(texts, ",")}}, nil
	default:
		text, err := scalarText(v)
		if err != nil {
			return nil, err
		}
		return []pair{{name, text}}, nil
	}
}

func deepPairs(prefix string, v any) ([]pair, error) {
	switch t := v.(type) {
	case nil:
		return nil, nil
	case *object:
		var out []pair
		for _, key := range t.keys {
			more, err := deepPairs(prefix+"["+key+"]", t.values[key])
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
		}
		return out, nil
	case []any:
		return nil, invalidf("%q holds a list, which deepObject style cannot express.", prefix)
	default:
		text, err := scalarText(t)
		if err != nil {
			return nil, err
		}
		return []pair{{prefix, text}}, nil
	}
}

// sortedKeys, for maps given as WithQuery values or loose fields: deterministic wire order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

const unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

// EncodeComponent percent-encodes everything but RFC 3986's unreserved characters.
func EncodeComponent(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		ch := text[i]
		if strings.IndexByte(unreserved, ch) >= 0 {
			b.WriteByte(ch)
		} else {
			fmt.Fprintf(&b, "%%%02X", ch)
		}
	}
	return b.String()
}

// EncodeQueryComponent is EncodeComponent with brackets kept readable (`expand[]=a`): servers read them the same.
func EncodeQueryComponent(text string) string {
	return strings.NewReplacer("%5B", "[", "%5D", "]").Replace(EncodeComponent(text))
}
