package nlp

// wspan is one feature's weights: the run of n entries from off in the
// index's cls and w. The zero wspan is a feature with no weights.
type wspan struct{ off, n uint32 }

// put stores ws at the end of the index's weights and returns its run.
func (b *indexBuilder) put(ws []weight) wspan {
	ix := b.ix
	off := len(ix.w)
	for _, cw := range ws {
		ix.cls = append(ix.cls, uint8(cw.class))
		ix.w = append(ix.w, cw.w)
	}
	return wspan{uint32(off), uint32(len(ws))}
}

// push stores one weight at the end of the index's weights.
func (b *indexBuilder) push(class int, w float64) {
	b.ix.cls = append(b.ix.cls, uint8(class))
	b.ix.w = append(b.ix.w, w)
}

// since returns the run of the weights stored from off on.
func (b *indexBuilder) since(off int) wspan {
	return wspan{uint32(off), uint32(len(b.ix.w) - off)}
}

// weights returns the classes and values of the run s.
func (ix *featIndex) weights(s wspan) ([]uint8, []float64) {
	end := s.off + s.n
	return ix.cls[s.off:end:end], ix.w[s.off:end:end]
}
