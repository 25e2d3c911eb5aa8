package export

import (
	"encoding/json"
	"io"
)

// jsonLines writes each non-nil value as one line of JSON.
func jsonLines[T any](w io.Writer, vs []*T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if v == nil {
			continue
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}
