package core

import (
	"bytes"
	"encoding/json"
)

// Received keeps the JSON a model was decoded from, so that an unchanged model writes back exactly what arrived
// (fields the schema does not list, and required fields the server left out, included). Generated models hold one
// in an unexported field and route their JSON methods through it.
type Received struct {
	data     []byte
	snapshot []byte
}

// Decode decodes data into fields (a pointer to the model's plain struct type), then remembers data and what the
// fields encode to, to tell later whether the model was changed.
func (r *Received) Decode(data []byte, fields any) error {
	if err := json.Unmarshal(data, fields); err != nil {
		return err
	}
	snapshot, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	r.data, r.snapshot = bytes.Clone(data), snapshot
	return nil
}

// Encode writes the JSON received when the fields still encode as they did then; otherwise the fields' JSON.
func (r Received) Encode(fields any) ([]byte, error) {
	encoded, err := json.Marshal(fields)
	if err != nil || r.data == nil || !bytes.Equal(encoded, r.snapshot) {
		return encoded, err
	}
	return r.data, nil
}

// JSON is the JSON received, nil for a model built in code.
func (r Received) JSON() json.RawMessage { return r.data }
