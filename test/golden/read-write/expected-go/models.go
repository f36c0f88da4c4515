// Code generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package readwriteapi

// Plain: an object of the API.
type Plain struct {
	A *string `json:"a,omitempty"`
}

// Team: Refers to User, so what the client sends differs from what it receives here too.
type Team struct {
	Name    string `json:"name"`
	Members []User `json:"members"`
}

// TeamInput: Refers to User, so what the client sends differs from what it receives here too.
type TeamInput struct {
	Name    string      `json:"name"`
	Members []UserInput `json:"members"`
}

// User: an object of the API.
type User struct {
	ID        string `json:"id"`
	Email     string `json:"email"`
	CreatedAt string `json:"created_at"`
}

// UserInput: an object of the API.
type UserInput struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}
