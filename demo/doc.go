// Package demo holds truce's built-in demo corpus: short dated news articles
// about real 2025 events, written in the project's own words, each with a
// hand annotation in the truce-gold/1 format.
//
// It sits at the very start of the pipeline, beside ingest: Articles hands
// the corpus to `truce demo` as raw articles (body text as written, with its
// navigation lines still in place, for ingest to clean), and Gold and
// GoldFiles hand the annotations to `truce eval`, which scores the
// extractor against them. The corpus lives in corpus/ and is embedded, so
// the demo works from the single binary with no files beside it.
//
// Each article is a pair of files: NN-slug.txt, the body with one paragraph
// per line, and NN-slug.gold.json, whose id, published, title, url and
// text_file fields describe the article and whose events, no_events_from
// and no_events_of_type fields are the gold reading of it.
package demo
