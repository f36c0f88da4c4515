package core

import (
	"context"
	"errors"
	"net/http"
	"testing"
)

func TestRedirectsKeepCredentialsOnlyWithinTheOrigin(t *testing.T) {
	other := newServer(t, jsonReply(200, map[string]any{"at": "other"}))
	s := newServer(t,
		func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/moved", http.StatusFound) },
		func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, other.URL+"/elsewhere", http.StatusTemporaryRedirect)
		})
	var out map[string]any
	if err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, &out, nil); err != nil {
		t.Fatal(err)
	}
	same, away := s.got(), other.got()
	if len(same) != 2 || same[1].Header.Get("Authorization") != "Bearer sk-test" || out["at"] != "other" {
		t.Fatalf("same-origin hop %+v", same)
	}
	if len(away) != 1 || away[0].Header.Get("Authorization") != "" || away[0].Header.Get("Test-Version") == "" {
		t.Fatalf("the credential followed the redirect to another origin: %v", away[0].Header)
	}
}

func TestRedirectLoopIsARedirectError(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/again", http.StatusFound) })
	err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var redirect *RedirectError
	if !errors.As(err, &redirect) || len(s.got()) != MaxRedirects {
		t.Fatalf("err %v after %d requests", err, len(s.got()))
	}
}
