package core

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

type chunk struct {
	Type string `json:"type"`
	Data []byte `json:"data"`
}

var sseOp = &OperationSpec{Method: "POST", Path: "/sse", Response: ResponseSpec{Kind: "event-stream", Accept: "text/event-stream"}}

func sseReply(events ...string) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for _, e := range events {
			_, _ = fmt.Fprint(w, e)
			w.(http.Flusher).Flush()
		}
	}
}

func TestStreamYieldsEventsWithBase64Decoded(t *testing.T) {
	s := newServer(t, sseReply(": keep-alive\n\n", "event: chunk\ndata: {\"type\":\"chunk\",\n", "data: \"data\":\"AAEC\"}\n\n", "data: {\"type\":\"done\"}\n\n", "data: [DONE]\n\n"))
	resp, err := client(s).Send(context.Background(), sseOp, Input{}, nil)
	stream := NewStream[chunk](client(s), resp, err)
	var got []chunk
	for v, err := range stream.All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if len(got) != 2 || got[0].Type != "chunk" || string(got[0].Data) != "\x00\x01\x02" || got[1].Type != "done" {
		t.Fatalf("events %+v", got)
	}
}

func TestStreamErrorEventEndsWithTypedError(t *testing.T) {
	s := newServer(t, sseReply("data: {\"type\":\"chunk\"}\n\n", "data: {\"type\":\"error\",\"status_code\":429,\"message\":\"busy\",\"request_id\":\"r-9\"}\n\n", "data: {\"type\":\"chunk\"}\n\n"))
	resp, err := client(s).Send(context.Background(), sseOp, Input{}, nil)
	stream := NewStream[chunk](client(s), resp, err)
	n := 0
	for stream.Next() {
		n++
	}
	var streamErr *StreamEventError
	if n != 1 || !errors.As(stream.Err(), &streamErr) || streamErr.Status != 429 || streamErr.RequestID != "r-9" || !strings.Contains(streamErr.Message, "busy") {
		t.Fatalf("after %d events: %v", n, stream.Err())
	}
	if APIErrorOf(stream.Err()) == nil {
		t.Fatal("a stream error unwraps to *APIError")
	}
}

func TestStreamOfAFailedCallCarriesItsError(t *testing.T) {
	s := newServer(t, jsonReply(404, map[string]any{"message": "gone"}))
	resp, err := client(s).Send(context.Background(), sseOp, Input{}, nil)
	stream := NewStream[chunk](client(s), resp, err)
	var nf *notFound
	if stream.Next() || !errors.As(stream.Err(), &nf) {
		t.Fatalf("err %v", stream.Err())
	}
}

func TestLeavingTheLoopEarlyClosesTheStream(t *testing.T) {
	s := newServer(t, sseReply("data: {\"type\":\"a\"}\n\n", "data: {\"type\":\"b\"}\n\n"))
	resp, err := client(s).Send(context.Background(), sseOp, Input{}, nil)
	stream := NewStream[chunk](client(s), resp, err)
	for range stream.All() {
		break
	}
	if _, readErr := resp.Body.Read(make([]byte, 1)); readErr == nil {
		t.Fatal("the body is still open")
	}
}

type item struct {
	ID string `json:"id"`
}

func TestPaginationFollowsCursorsUntilHasMoreIsFalse(t *testing.T) {
	pages := []map[string]any{
		{"data": []item{{"a"}, {"b"}}, "has_more": true},
		{"data": []item{{"c"}}, "has_more": true},
		{"data": []item{{"d"}}, "has_more": false},
	}
	var replies []func(w http.ResponseWriter, r *http.Request)
	for _, p := range pages {
		replies = append(replies, jsonReply(200, p))
	}
	s := newServer(t, replies...)
	op := &OperationSpec{Method: "GET", Path: "/items", Response: ResponseSpec{Kind: "json"},
		Query: []ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}}}
	var ids []string
	for it, err := range AutoPager[item](context.Background(), client(s), op, Input{Params: map[string]any{"limit": 2}}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, it.ID)
	}
	got := s.got()
	if strings.Join(ids, "") != "abcd" || len(got) != 3 || got[1].URL != "/items?limit=2&starting_after=b" || got[2].URL != "/items?limit=2&starting_after=c" {
		t.Fatalf("ids %v, requests %+v", ids, got)
	}
}

func TestPageStopsOnEmptyPageAndKeepsRawFields(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{"data": []item{}, "has_more": true, "total": 0}))
	op := &OperationSpec{Method: "GET", Path: "/items", Response: ResponseSpec{Kind: "json"}}
	page, err := GetPage[item](context.Background(), client(s), op, Input{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	next, err := page.NextPage(context.Background())
	if page.HasNextPage() || next != nil || err != nil || string(page.Raw["total"]) != "0" {
		t.Fatalf("page %+v", page)
	}
}

type unionHolder struct {
	OfA *struct {
		Kind string `json:"kind"`
		A    int    `json:"a"`
	}
	OfB *struct {
		Kind string `json:"kind"`
		B    string `json:"b"`
	}
	OfText *string
	raw    json.RawMessage
}

func (u *unionHolder) UnmarshalJSON(data []byte) error {
	var err error
	u.raw, err = UnmarshalUnion(data, "kind",
		Variant{Target: &u.OfA, Kind: "object", Tags: []string{"a"}},
		Variant{Target: &u.OfB, Kind: "object", Tags: []string{"b"}},
		Variant{Target: &u.OfText, Kind: "string"})
	return err
}

func TestUnionsPickTheVariantAndKeepUnknownOnes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"kind":"b","b":"x","extra":[1, 2]}`, "B"},
		{`{"kind":"a","a":1}`, "A"},
		{`"plain"`, "Text"},
		{`{"kind":"zzz","new":true}`, "none"},
	} {
		var u unionHolder
		if err := json.Unmarshal([]byte(tc.in), &u); err != nil {
			t.Fatal(err)
		}
		got := "none"
		switch {
		case u.OfA != nil:
			got = "A"
		case u.OfB != nil:
			got = "B"
		case u.OfText != nil:
			got = "Text"
		}
		out, _ := MarshalUnion(u.raw, u.OfA, u.OfB, u.OfText)
		// Plain structs re-encode their fields (generated models keep their JSON: model_test.go); unknown ones stay raw.
		want := map[string]string{"B": `{"kind":"b","b":"x"}`, "A": tc.in, "Text": tc.in, "none": tc.in}[got]
		if got != tc.want || string(out) != want {
			t.Fatalf("%s: got %s, wrote %s", tc.in, got, out)
		}
	}
	var changed unionHolder
	_ = json.Unmarshal([]byte(`{"kind":"a","a":1}`), &changed)
	changed.OfA.A = 2
	if out, _ := MarshalUnion(changed.raw, changed.OfA, changed.OfB, changed.OfText); string(out) != `{"kind":"a","a":2}` {
		t.Fatalf("a change through the variant was lost: %s", out)
	}
	built, _ := MarshalUnion(nil, nil, ptr("text"))
	if string(built) != `"text"` {
		t.Fatalf("built %s", built)
	}
}
