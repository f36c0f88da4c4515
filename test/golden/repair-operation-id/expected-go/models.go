// Code generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package operationidrepairapi
