// Code generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package readwriteapi

import (
	"context"

	"read-write-api/internal/core"
	"read-write-api/option"
)

// TeamsService: the teams operations.
type TeamsService struct {
	client *core.Client
}

func newTeamsService(c *core.Client) *TeamsService {
	return &TeamsService{client: c}
}

// TeamsCreateParams: the values teams.create takes besides its path parameters.
type TeamsCreateParams struct {
	Name    string      `json:"name"`
	Members []UserInput `json:"members"`
}

var specTeamsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/teams",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /teams
func (s *TeamsService) Create(ctx context.Context, params TeamsCreateParams, opts ...option.RequestOption) (*Team, error) {
	var out Team
	if err := s.client.Do(ctx, &specTeamsCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
