package code

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/truce-project/truce"
)

// Issue 3, round perf30: every event's id was hashed through a digest
// behind an interface, so each write's bytes, the digest, its sum and the
// hex all went to the heap, seven or more allocations an event. The same
// bytes, in the same order, are now gathered on the stack and hashed at
// once: the id is the same string, made with one allocation.

// eventID is a stable hash of article id, sentence index, type and actors:
// the first sixteen hex digits of the SHA-256 of the article id, a zero
// byte, the sentence index and salt (two bytes each, low first), the type,
// and "s" or "t" with the id and sector of each source and target.
func eventID(articleID string, sentence int, typ string, src, tgt []truce.Actor, salt int) string {
	var room [256]byte
	b := append(room[:0], articleID...)
	b = append(b, 0, byte(sentence), byte(sentence>>8), byte(salt), byte(salt>>8))
	b = append(b, typ...)
	for _, a := range src {
		b = append(b, 's')
		b = append(b, a.ID...)
		b = append(b, a.Sector...)
	}
	for _, a := range tgt {
		b = append(b, 't')
		b = append(b, a.ID...)
		b = append(b, a.Sector...)
	}
	sum := sha256.Sum256(b)
	var id [16]byte
	hex.Encode(id[:], sum[:len(id)/2])
	return string(id[:])
}
