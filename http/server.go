package http

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	nethttp "net/http"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
)

//go:embed assets
var assetFS embed.FS

//go:embed templates/*.html
var templateFS embed.FS

// DefaultMaxBodyBytes bounds a request body unless Server.MaxBodyBytes says
// otherwise.
const DefaultMaxBodyBytes = 64 << 10

// Store is what the server reads; *sqlite.Store implements it.
type Store interface {
	truce.Store
	// Search returns articles matching a full-text query, best first;
	// EINVALID for a query that cannot be parsed.
	Search(ctx context.Context, q string, limit int) ([]*truce.Article, error)
	// Registry returns the ceasefire registry built from every stored
	// declaration and event (see package ceasefire).
	Registry(ctx context.Context, o ceasefire.Options) ([]truce.Ceasefire, error)
}

// Writer does what the write endpoints ask; *watch.Watcher implements it.
type Writer interface {
	// AddFeed records a feed to poll; false when it was recorded already.
	AddFeed(ctx context.Context, url string) (bool, error)
	// IngestURL fetches a page or feed into the store.
	IngestURL(ctx context.Context, url string) ([]truce.PutResult, error)
}

// Server is the JSON API and dashboard over a store.
type Server struct {
	Store Store
	// Writer and Token enable the write endpoints; with either unset they
	// answer 403.
	Writer Writer
	Token  string
	Logger *slog.Logger
	// MaxBodyBytes bounds request bodies (DefaultMaxBodyBytes when 0).
	MaxBodyBytes int64
	// Now is the clock that counts a ceasefire's days in force.
	Now func() time.Time

	handler nethttp.Handler
	pages   map[string]*template.Template
}

// NewServer returns a server over store that logs to logger (nothing when
// nil). Set Writer and Token before calling Handler to enable writes.
func NewServer(store Store, logger *slog.Logger) (*Server, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	t, err := parsePages()
	if err != nil {
		return nil, fmt.Errorf("parse templates: %w", err)
	}
	return &Server{Store: store, Logger: logger, Now: time.Now, pages: t}, nil
}

func (s *Server) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

// routes lists every route: pattern and handler. The OpenAPI test checks
// that each /api/v1 route is documented.
func (s *Server) routes() map[string]nethttp.HandlerFunc {
	return map[string]nethttp.HandlerFunc{
		"GET /healthz":                s.handleHealth,
		"GET /api/v1/events":          s.handleEvents,
		"GET /api/v1/events/{id}":     s.handleEvent,
		"GET /api/v1/ceasefires":      s.handleCeasefires,
		"GET /api/v1/ceasefires/{id}": s.handleCeasefire,
		"GET /api/v1/dyads":           s.handleDyads,
		"GET /api/v1/articles":        s.handleArticles,
		"GET /api/v1/articles/{id}":   s.handleArticle,
		"GET /api/v1/search":          s.handleSearch,
		"GET /api/v1/openapi.json":    s.handleOpenAPI,
		"POST /api/v1/feeds":          s.requireToken(s.handleAddFeed),
		"POST /api/v1/ingest":         s.requireToken(s.handleIngest),
		"GET /{$}":                    s.handleDashboard,
		"GET /ui/events":              s.handleEventRows,
		"GET /events/{id}":            s.handleEventPage,
		"GET /ceasefires":             s.handleCeasefirePage,
		"GET /dyads":                  s.handleDyadPage,
		"GET /assets/{path...}":       s.handleAsset,
	}
}

// Handler returns the server's handler, built on first use; set the
// server's fields before the first call, and make it before serving.
func (s *Server) Handler() nethttp.Handler {
	if s.handler != nil {
		return s.handler
	}
	mux := nethttp.NewServeMux()
	paths := map[string]bool{}
	for pattern, h := range s.routes() {
		mux.HandleFunc(pattern, h)
		_, path, _ := strings.Cut(pattern, " ")
		paths[path] = true
	}
	// The same paths without a method catch other methods, so that the
	// answer is a JSON error rather than the mux's plain text.
	for path := range paths {
		mux.HandleFunc(path, func(w nethttp.ResponseWriter, r *nethttp.Request) {
			s.error(w, r, &truce.Error{Code: codeMethod, Message: r.Method + " not allowed on " + r.URL.Path})
		})
	}
	mux.HandleFunc("/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		s.error(w, r, truce.Errorf(truce.ENOTFOUND, "no such page: %s", r.URL.Path))
	})
	s.handler = s.recoverer(s.secure(s.logRequests(mux)))
	return s.handler
}

// ListenAndServe serves on addr until ctx is done, then shuts down
// gracefully, giving requests in flight up to 10 s.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &nethttp.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(s.Logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// contentSecurityPolicy allows only the server's own scripts, styles,
// images and API: no inline script, no third party.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure sets the security headers on every response and bounds request
// bodies.
func (s *Server) secure(next nethttp.Handler) nethttp.Handler {
	max := s.MaxBodyBytes
	if max <= 0 {
		max = DefaultMaxBodyBytes
	}
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.Body != nil {
			r.Body = nethttp.MaxBytesReader(w, r.Body, max)
		}
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	nethttp.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = nethttp.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() nethttp.ResponseWriter { return w.ResponseWriter }

// logRequests logs one line per request.
func (s *Server) logRequests(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.status), slog.Int64("bytes", sw.bytes),
			slog.Duration("took", time.Since(start)))
	})
}

// recoverer turns a panic in a handler into a logged internal error: the
// client sees a generic message, never a stack trace.
func (s *Server) recoverer(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == nethttp.ErrAbortHandler {
					panic(v)
				}
				s.error(w, r, fmt.Errorf("panic serving %s: %v", r.URL.Path, v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// requireToken lets a request through only with the configured bearer
// token; with no token or no writer configured the endpoint is off.
func (s *Server) requireToken(next nethttp.HandlerFunc) nethttp.HandlerFunc {
	return func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if s.Token == "" || s.Writer == nil {
			s.error(w, r, &truce.Error{Code: codeForbidden, Message: "write endpoints are off: set TRUCE_TOKEN to enable them"})
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="truce"`)
			s.error(w, r, &truce.Error{Code: codeUnauthorized, Message: "missing or wrong bearer token"})
			return
		}
		next(w, r)
	}
}

// handleAsset serves the embedded assets.
func (s *Server) handleAsset(w nethttp.ResponseWriter, r *nethttp.Request) {
	sub, err := fs.Sub(assetFS, "assets")
	if err != nil {
		s.error(w, r, err)
		return
	}
	name := r.PathValue("path")
	if f, err := sub.Open(name); err != nil {
		s.error(w, r, truce.Errorf(truce.ENOTFOUND, "no such asset: %s", name))
		return
	} else if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		s.error(w, r, truce.Errorf(truce.ENOTFOUND, "no such asset: %s", name))
		return
	} else {
		f.Close()
	}
	if strings.HasSuffix(name, ".geojson") {
		w.Header().Set("Content-Type", "application/geo+json")
	}
	// Vendored files and the outlines change only with their version; our
	// own scripts and styles change with truce, so they are revalidated.
	if strings.HasPrefix(name, "vendor/") || name == "world.geojson" {
		w.Header().Set("Cache-Control", "public, max-age=86400")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	nethttp.ServeFileFS(w, r, sub, name)
}
