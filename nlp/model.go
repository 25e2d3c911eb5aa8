package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// The tagger's model is prose's English averaged-perceptron model, stored in
// a compact form (data/tagger.bin) that loads several times faster than
// prose's gob files: gob spends most of its time building the nested maps.
// It is stored inflated: the binary grows by 2.6 MB and start-up saves the
// 20 ms that inflating it took on one core.
// TestCompactModel regenerates it from prose with -update and checks that
// it holds exactly prose's model.
//
// Layout, all integers unsigned varints, floats IEEE 754
// binary64 little-endian:
//
//	"truce-tagger/1"
//	nClasses, then each class: len, bytes
//	nTags, then each word and tag: len, bytes, len, bytes (sorted by word)
//	nFeatures, then each feature: len, bytes, nWeights, then (class, float64)…
const modelMagic = "truce-tagger/1"

// encodeModel writes t in the compact form, deterministically.
func encodeModel(t *tagger) ([]byte, error) {
	var raw bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(n int) { raw.Write(tmp[:binary.PutUvarint(tmp[:], uint64(n))]) }
	str := func(s string) { uv(len(s)); raw.WriteString(s) }
	raw.WriteString(modelMagic)
	uv(len(t.classes))
	for _, c := range t.classes {
		str(c)
	}
	words := sortedKeys(t.tags)
	uv(len(words))
	for _, w := range words {
		str(w)
		str(t.tags[w])
	}
	feats := sortedKeys(t.weights)
	uv(len(feats))
	for _, f := range feats {
		str(f)
		ws := append([]weight(nil), t.weights[f]...)
		sort.Slice(ws, func(i, j int) bool { return ws[i].class < ws[j].class })
		uv(len(ws))
		for _, w := range ws {
			uv(int(w.class))
			raw.Write(binary.LittleEndian.AppendUint64(nil, math.Float64bits(w.w)))
		}
	}
	return raw.Bytes(), nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// modelReader reads the compact form.
type modelReader struct {
	// b is the unread rest of the inflated model; strings read are slices
	// of it, which spares an allocation for each of the model's 75,000
	// features.
	b   string
	err error
}

func (r *modelReader) uv() int {
	if r.err != nil {
		return 0
	}
	var n uint64
	var shift uint
	k := 0
	for ; ; k++ {
		if k == len(r.b) || k == binary.MaxVarintLen64 {
			r.err = errors.New("bad varint")
			return 0
		}
		c := r.b[k]
		if c < 0x80 {
			if k == binary.MaxVarintLen64-1 && c > 1 {
				r.err = errors.New("bad varint")
				return 0
			}
			n |= uint64(c) << shift
			break
		}
		n |= uint64(c&0x7f) << shift
		shift += 7
	}
	if n > uint64(len(r.b))*8+1<<20 {
		r.err = errors.New("bad varint")
		return 0
	}
	r.b = r.b[k+1:]
	return int(n)
}

func (r *modelReader) str() string {
	n := r.uv()
	if r.err != nil {
		return ""
	}
	if n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return ""
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

func (r *modelReader) f64() float64 {
	if r.err != nil {
		return 0
	}
	if len(r.b) < 8 {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	b := r.b
	v := math.Float64frombits(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56)
	r.b = r.b[8:]
	return v
}

// inflate reads the whole gzip stream gz into one string, sized from the
// gzip trailer, so that the model is copied once.
func inflate(gz []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	if len(gz) >= 4 {
		if n := binary.LittleEndian.Uint32(gz[len(gz)-4:]); n < 1<<28 {
			sb.Grow(int(n))
		}
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// decodeModel reads a tagger from the compact form, with the map of every
// feature that encodeModel writes.
func decodeModel(gz []byte) (*tagger, error) { return decodeCompact(gz, true) }

// decodeCompact reads a tagger from the compact form. Tagging needs only
// the feature index; keep also fills t.weights.
func decodeCompact(gz []byte, keep bool) (*tagger, error) {
	// The model may also be stored gzip'd, which makes the binary smaller
	// and start-up slower.
	var raw string
	if bytes.HasPrefix(gz, []byte(modelMagic)) {
		raw = string(gz)
	} else {
		var err error
		if raw, err = inflate(gz); err != nil {
			return nil, fmt.Errorf("decode tagger model: %w", err)
		}
	}
	return decodeText(raw, keep)
}

// decodeText decodes a model's inflated text, as decodeCompact does; the
// tagger's strings are cut from raw.
func decodeText(raw string, keep bool) (*tagger, error) {
	if !strings.HasPrefix(raw, modelMagic) {
		return nil, errors.New("decode tagger model: not a truce-tagger/1 file")
	}
	r := &modelReader{b: raw[len(modelMagic):]}
	t := &tagger{}
	nc := r.uv()
	for i := 0; i < nc && r.err == nil; i++ {
		t.classes = append(t.classes, r.str())
	}
	nt := r.uv()
	t.tags = make(map[string]string, min(nt, 1<<20))
	for i := 0; i < nt && r.err == nil; i++ {
		w := r.str()
		t.tags[w] = r.str()
	}
	nf := r.uv()
	if keep {
		t.weights = make(map[string][]weight, min(nf, 1<<22))
	}
	// A weight takes at least 9 bytes of the model.
	b := newIndexBuilder(t.classes, min(nf, 1<<22), len(r.b)/9)
	// One slab for every weight kept: a slice each per feature.
	var slab []weight
	if keep {
		slab = make([]weight, 0, len(r.b)/9)
	}
	for i := 0; i < nf && r.err == nil; i++ {
		f := r.str()
		n := r.uv()
		start, off := len(slab), len(b.ix.w)
		for k := 0; k < n && r.err == nil; k++ {
			c := r.uv()
			if c >= len(t.classes) {
				r.err = fmt.Errorf("class %d out of range", c)
				break
			}
			w := r.f64()
			b.push(c, w)
			if keep {
				slab = append(slab, weight{int32(c), w})
			}
		}
		if keep {
			t.weights[f] = slab[start:len(slab):len(slab)]
		}
		b.add(f, b.since(off))
	}
	if r.err != nil {
		return nil, fmt.Errorf("decode tagger model: %w", r.err)
	}
	if len(t.classes) == 0 || nf == 0 {
		return nil, errors.New("decode tagger model: empty model")
	}
	if len(t.classes) > maxClasses {
		return nil, fmt.Errorf("decode tagger model: %d classes, at most %d", len(t.classes), maxClasses)
	}
	t.ix = b.finish()
	t.ix.bounded = boundedWeights(t.ix.w)
	t.indexLex()
	return t, nil
}
