// Code generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package readwriteapi

import (
	"context"

	"read-write-api/internal/core"
	"read-write-api/option"
)

// UsersService: the users operations.
type UsersService struct {
	client *core.Client
}

func newUsersService(c *core.Client) *UsersService {
	return &UsersService{client: c}
}

var specUsersList = core.OperationSpec{
	Method:   "GET",
	Path:     "/users",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /users
func (s *UsersService) List(ctx context.Context, opts ...option.RequestOption) ([]User, error) {
	var out []User
	err := s.client.Do(ctx, &specUsersList, core.Input{}, &out, opts)
	return out, err
}

// UsersCreateParams: the values users.create takes besides its path parameters.
type UsersCreateParams struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

var specUsersCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/users",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /users
func (s *UsersService) Create(ctx context.Context, params UsersCreateParams, opts ...option.RequestOption) (*User, error) {
	var out User
	if err := s.client.Do(ctx, &specUsersCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
