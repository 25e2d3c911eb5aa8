package http

import (
	"encoding/json"
	"errors"
	"io"
	nethttp "net/http"
	"strings"

	"github.com/truce-project/truce"
)

// urlRequest is the body of both write endpoints.
type urlRequest struct {
	URL string `json:"url"`
}

// readURLRequest decodes {"url": …} from the (size-limited) body.
func readURLRequest(r *nethttp.Request) (string, error) {
	var req urlRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var mbe *nethttp.MaxBytesError
		if errors.As(err, &mbe) {
			return "", err
		}
		if errors.Is(err, io.EOF) {
			return "", truce.Errorf(truce.EINVALID, `empty body: want {"url": "…"}`)
		}
		return "", truce.Errorf(truce.EINVALID, `bad JSON body: want {"url": "…"}`)
	}
	u := strings.TrimSpace(req.URL)
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return "", truce.Errorf(truce.EINVALID, "url %q: want an http or https URL", req.URL)
	}
	return u, nil
}

func (s *Server) handleAddFeed(w nethttp.ResponseWriter, r *nethttp.Request) {
	u, err := readURLRequest(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	added, err := s.Writer.AddFeed(r.Context(), u)
	if err != nil {
		s.error(w, r, err)
		return
	}
	status := nethttp.StatusOK
	if added {
		status = nethttp.StatusCreated
	}
	writeJSON(w, status, map[string]any{"url": u, "added": added})
}

func (s *Server) handleIngest(w nethttp.ResponseWriter, r *nethttp.Request) {
	u, err := readURLRequest(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	puts, err := s.Writer.IngestURL(r.Context(), u)
	if err != nil {
		s.error(w, r, err)
		return
	}
	type stored struct {
		ArticleID   string `json:"article_id"`
		Status      string `json:"status"`
		DuplicateOf string `json:"duplicate_of,omitempty"`
		Events      int    `json:"events"`
	}
	out := make([]stored, 0, len(puts))
	for _, p := range puts {
		out = append(out, stored{p.ArticleID, p.Status, p.DuplicateOf, p.Events})
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"url": u, "articles": out})
}
