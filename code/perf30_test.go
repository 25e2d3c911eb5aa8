package code

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestLastField checks lastField against the last of strings.Fields.
func TestLastField(t *testing.T) {
	for _, s := range []string{"", " ", "police", "the police ", "Foreign\tMinister\n", " a  b\u00a0c ", "x\u0085", "bad\xffbyte word", "\xff"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSortSmallAsSortSlice checks that sortSmall leaves elements, equal
// keys included, in the order sort.Slice leaves them, at lengths on both
// sides of the insertion sort's limit.
func TestSortSmallAsSortSlice(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		for range 50 {
			ms := make([]mention, n)
			for k := range ms {
				ms[k] = mention{i: r.IntN(5), j: k, actor: truce.Actor{ID: string(rune('a' + k%26))}}
			}
			want := slices.Clone(ms)
			sort.Slice(want, func(a, b int) bool { return want[a].i < want[b].i })
			sortMentionsByStart(ms)
			for k := range ms {
				if ms[k].i != want[k].i || ms[k].j != want[k].j {
					t.Fatalf("n=%d: sortMentionsByStart order differs from sort.Slice at %d", n, k)
				}
			}
		}
	}
}

// TestEventIDStable pins eventID to the ids the digest-writer version gave.
func TestEventIDStable(t *testing.T) {
	src := []truce.Actor{{ID: "PAKMIL", Sector: "MIL"}}
	tgt := []truce.Actor{{ID: "TTP"}, {ID: "AFG", Sector: ""}}
	got := eventID("art-1", 300, "190", src, tgt, 2)
	if len(got) != 16 {
		t.Fatalf("eventID = %q, want 16 hex digits", got)
	}
	if want := eventIDDigest("art-1", 300, "190", src, tgt, 2); got != want {
		t.Fatalf("eventID = %q, want %q", got, want)
	}
	long := strings.Repeat("x", 400) // past the stack room
	if got, want := eventID(long, 1, "010", src, nil, 0), eventIDDigest(long, 1, "010", src, nil, 0); got != want {
		t.Fatalf("eventID(long) = %q, want %q", got, want)
	}
}

// eventIDDigest is eventID as it was before perf30: writes to a digest.
func eventIDDigest(articleID string, sentence int, typ string, src, tgt []truce.Actor, salt int) string {
	h := sha256.New()
	h.Write([]byte(articleID))
	h.Write([]byte{0, byte(sentence), byte(sentence >> 8), byte(salt), byte(salt >> 8)})
	h.Write([]byte(typ))
	for _, a := range src {
		h.Write([]byte("s" + a.ID + a.Sector))
	}
	for _, a := range tgt {
		h.Write([]byte("t" + a.ID + a.Sector))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
