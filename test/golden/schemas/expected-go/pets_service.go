// Code generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemafeatures

import (
	"context"

	"schema-features/internal/core"
	"schema-features/option"
)

// PetsService: the pets operations.
type PetsService struct {
	client *core.Client
}

func newPetsService(c *core.Client) *PetsService {
	return &PetsService{client: c}
}

// PetsCreateParams: the values pets.create takes besides its path parameters.
type PetsCreateParams struct {
	Body Pet `json:"-"`
}

var specPetsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/pets",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /pets
func (s *PetsService) Create(ctx context.Context, params PetsCreateParams, opts ...option.RequestOption) (*Pet, error) {
	var out Pet
	if err := s.client.Do(ctx, &specPetsCreate, core.Input{Body: params.Body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
