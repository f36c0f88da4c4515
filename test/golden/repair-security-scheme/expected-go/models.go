// Code generated from spec.yaml (Security Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package securityrepairapi
