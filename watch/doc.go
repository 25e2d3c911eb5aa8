// Package watch polls news feeds and brings their new articles into the
// store: the live source at the head of truce's pipeline.
//
// A Watcher keeps a list of feeds in the store (with the validators of the
// last response, the time of the next poll and the items already read), so
// that a restarted watcher resumes where it stopped. Each poll is a
// conditional GET (If-None-Match, If-Modified-Since); a feed that has not
// changed costs one 304. New items, and the pages they link to when an item
// carries only a summary, go through ingest's parsers, then the extractor,
// then Store.PutArticle. Requests to one host are spaced by a politeness
// delay, failing feeds back off exponentially, every request carries a
// clear User-Agent, a timeout and a body-size limit, and the HTTP client
// refuses loopback, private and link-local addresses (server-side request
// forgery) unless told otherwise.
//
// An Alerter, when the Watcher has one, rebuilds the ceasefire registry
// after each poll (or IngestURL) that stored something new, compares it with
// the registry before (ceasefire.Diff) and emits the alerts: a JSON line
// each and, when configured, a webhook POST with retries through a client
// that refuses non-public addresses as well.
//
// In: feed URLs. Out: articles and their extractions in the store, one
// Result per poll, and ceasefire alerts.
package watch
