package code_test

import (
	"strings"
	"testing"
)

// constructionCase is one sentence of a general construction and the
// category and CAMEO code it must (or, with no set, must not) be coded as.
type constructionCase struct {
	name, text, typ, cameo string
	no                     bool
}

// checkConstructions extracts each case's sentence and checks that an
// event of its category (and CAMEO code, when given) is coded, or, for a
// look-alike marked no, that none is.
func checkConstructions(t *testing.T, tests []constructionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range mustExtract(t, tt.text, "2024-05-06").Events {
				hit := e.Type == tt.typ && (tt.cameo == "" || e.CAMEO == tt.cameo)
				if hit && tt.no {
					t.Errorf("got %s/%s, want none", e.Type, e.CAMEO)
				}
				if hit && !tt.no {
					return
				}
				got = append(got, e.Type+"/"+e.CAMEO)
			}
			if !tt.no {
				t.Errorf("want %s/%s, got [%s]", tt.typ, tt.cameo, strings.Join(got, " "))
			}
		})
	}
}
