package http

import (
	"encoding/json"
	"errors"
	"log/slog"
	nethttp "net/http"

	"github.com/truce-project/truce"
)

// Codes of errors that only the HTTP layer produces.
const (
	codeUnauthorized = "unauthorized"
	codeForbidden    = "forbidden"
	codeMethod       = "method_not_allowed"
)

// errorStatus maps an error code to an HTTP status: the one place where
// truce's error kinds meet HTTP.
func errorStatus(code string) int {
	switch code {
	case truce.EINVALID:
		return nethttp.StatusBadRequest
	case truce.ENOTFOUND:
		return nethttp.StatusNotFound
	case truce.ECONFLICT:
		return nethttp.StatusConflict
	case truce.ETOOLARGE:
		return nethttp.StatusRequestEntityTooLarge
	case codeUnauthorized:
		return nethttp.StatusUnauthorized
	case codeForbidden:
		return nethttp.StatusForbidden
	case codeMethod:
		return nethttp.StatusMethodNotAllowed
	}
	return nethttp.StatusInternalServerError
}

// errorBody is the JSON every error response carries.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// error writes err as a JSON error. Internal errors are logged and the
// client gets a generic message; the others carry their own message.
func (s *Server) error(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	var mbe *nethttp.MaxBytesError
	if errors.As(err, &mbe) {
		err = truce.Errorf(truce.ETOOLARGE, "request body larger than %d bytes", mbe.Limit)
	}
	code := truce.ErrorCode(err)
	var body errorBody
	body.Error.Code = code
	if code == truce.EINTERNAL {
		s.Logger.LogAttrs(r.Context(), slog.LevelError, "internal error",
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("err", err))
		body.Error.Message = "internal error"
	} else {
		// A client error's message and cause name the input at fault.
		var te *truce.Error
		errors.As(err, &te)
		body.Error.Message = te.Error()
	}
	writeJSON(w, errorStatus(code), body)
}

// writeJSON writes v as the JSON response with the given status.
func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = nethttp.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// asTruceError is errors.As for *truce.Error.
func asTruceError(err error, target **truce.Error) bool {
	return errors.As(err, target)
}
