package graph_test

import (
	"strings"
	"testing"
)

// Every type, field, argument and enum value of the schema has a
// description: the SDL is the API's documentation.
func TestSDLDescribesEverything(t *testing.T) {
	h := newHarness(t, nil, nil)
	var resp struct {
		Schema struct {
			Types []struct {
				Name        string
				Description *string
				Fields      []struct {
					Name        string
					Description *string
					Args        []struct {
						Name        string
						Description *string
					}
				}
				InputFields []struct {
					Name        string
					Description *string
				}
				EnumValues []struct {
					Name        string
					Description *string
				}
			}
		} `json:"__schema"`
	}
	h.c.MustPost(`{ __schema { types { name description
		fields { name description args { name description } }
		inputFields { name description }
		enumValues { name description } } } }`, &resp)
	if len(resp.Schema.Types) < 40 {
		t.Fatalf("introspection gave %d types", len(resp.Schema.Types))
	}
	empty := func(s *string) bool { return s == nil || strings.TrimSpace(*s) == "" }
	var missing []string
	for _, ty := range resp.Schema.Types {
		if strings.HasPrefix(ty.Name, "__") || ty.Name == "String" || ty.Name == "Int" || ty.Name == "Boolean" || ty.Name == "ID" || ty.Name == "Float" {
			continue
		}
		if empty(ty.Description) {
			missing = append(missing, ty.Name)
		}
		for _, f := range ty.Fields {
			if empty(f.Description) {
				missing = append(missing, ty.Name+"."+f.Name)
			}
			for _, a := range f.Args {
				if empty(a.Description) {
					missing = append(missing, ty.Name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, f := range ty.InputFields {
			if empty(f.Description) {
				missing = append(missing, ty.Name+"."+f.Name)
			}
		}
		for _, v := range ty.EnumValues {
			if empty(v.Description) {
				missing = append(missing, ty.Name+"."+v.Name)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d schema elements without a description: %s", len(missing), strings.Join(missing, ", "))
	}
}
