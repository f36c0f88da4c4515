// Code generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. DO NOT EDIT.

package authzoo
