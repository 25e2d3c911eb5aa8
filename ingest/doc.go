// Package ingest is the first stage of truce's pipeline: it turns inputs into
// articles.
//
// In flow files (plain text, Markdown, HTML, JSONL, RSS/Atom feeds), whole
// folders of them, http(s) URLs of pages and feeds, and standard input. Out
// flow *truce.Article values whose Text is a clean body — navigation lines
// ("Also Read: …", share prompts) moved to RelatedLinks, attribution lines
// ("Republished from …") turned into RepublishedFrom and Byline — together
// with a content hash, a simhash for near-duplicate detection, a canonical
// URL and a stable ID. The next stage, nlp, splits Text into sentences;
// every offset truce prints counts code points in that Text.
//
// Bad input never stops a run: every input or document that cannot be read
// (binary, empty, too large, malformed JSON or feed, a dead URL) is reported
// as a *truce.Error whose message names the input, and reading goes on with
// the next one. Memory stays bounded by Reader.MaxBytes per document.
package ingest
