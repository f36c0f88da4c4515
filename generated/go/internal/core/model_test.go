package core

import (
	"encoding/json"
	"testing"
)

// voice is a model as the templates render one (models.go).
type voice struct {
	ID       string   `json:"id"`
	Name     *string  `json:"name,omitempty"`
	Tags     []string `json:"tags,omitzero"`
	received Received
}

func (m voice) MarshalJSON() ([]byte, error) {
	type fields voice
	return m.received.Encode(fields(m))
}

func (m *voice) UnmarshalJSON(data []byte) error {
	type fields voice
	*m = voice{}
	return m.received.Decode(data, (*fields)(m))
}

func TestModelsWriteBackWhatTheyReceivedUntilChanged(t *testing.T) {
	// Key order, unknown fields and the empty list survive; encoding/json compacts whitespace, so compact it is.
	in := `{"tags":[],"id":"v1","extra":{"kept":true}}`
	var v voice
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	if v.ID != "v1" || v.Name != nil || v.Tags == nil || len(v.Tags) != 0 {
		t.Fatalf("decoded %+v", v)
	}
	out, _ := json.Marshal(v)
	if string(out) != in || string(v.received.JSON()) != in {
		t.Fatalf("unchanged model wrote %s", out)
	}
	name := "New"
	v.Name = &name
	out, _ = json.Marshal(v)
	if string(out) != `{"id":"v1","name":"New","tags":[]}` {
		t.Fatalf("changed model wrote %s", out)
	}
	built, _ := json.Marshal(voice{ID: "v2"})
	if string(built) != `{"id":"v2"}` {
		t.Fatalf("built model wrote %s (absent optional fields are left out)", built)
	}
}
