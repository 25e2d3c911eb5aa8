package nlp

import "strings"

// loadModel decodes the embedded model text. Embedded as a string, a
// model stored inflated is decoded where it lies in the binary: the
// tagger's words and tags are cut from it, and the 4 MB are not copied
// to the heap first, as decodeCompact must copy a []byte it does not own.
// A model stored gzip'd is inflated as decodeCompact does.
func loadModel(text string) (*tagger, error) {
	if strings.HasPrefix(text, modelMagic) {
		return decodeText(text, false)
	}
	return decodeCompact([]byte(text), false)
}
