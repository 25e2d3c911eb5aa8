// Package http serves truce's store over HTTP: a read-only JSON API under
// /api/v1 (events with the same filters as truce events and cursor
// pagination, or merged across sources with ?merged=1; events with their
// evidence and sources; the ceasefire registry of package ceasefire; dyads,
// their daily series, escalation and retaliation chains from package dyad;
// articles, full-text search, an OpenAPI document), two write endpoints
// behind a bearer token (adding a feed, ingesting a URL), and a web
// dashboard: a map of events over embedded country outlines, filters, a
// dyad timeline, a ceasefire board and an event page that shows the
// sentence each event came from.
//
// It sits at the end of the pipeline: in come a truce.Store (with
// full-text search) and, for writes, something that fetches and stores
// articles (package watch); out go JSON, CSV, GeoJSON and HTML. Pages are
// html/template, scripts are embedded files (no inline script, so a strict
// Content-Security-Policy holds), and the vendored libraries and the
// country outlines are embedded too: the dashboard needs no network beyond
// the server itself. Truce error codes map to HTTP statuses in one place,
// errorStatus.
package http
