// Package truce holds the domain types of truce and the interfaces between its
// pipeline stages.
//
// Data flows one way:
//
//	source → ingest → Article → nlp → Sentence → code → Event → store
//
// An Article is a cleaned news document. The nlp stage splits it into
// Sentences with tokens and tags; the code stage turns sentences into Events
// (who did what to whom, where, when, with what toll) and Ceasefires; a Store
// keeps articles, events and ceasefires, deduplicated. This package imports
// nothing from the outside world; only cmd/truce wires the stages together.
package truce
