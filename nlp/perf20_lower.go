package nlp

// lowerASCII appends w in lower case to dst, as strings.ToLower spells it,
// and reports true; when w has a byte outside ASCII or is longer than
// dst's room it reports false, so that the caller falls back on
// strings.ToLower. A caller with a buffer on the stack looks a lowered word
// up in a map without allocating it.
func lowerASCII(dst []byte, w string) ([]byte, bool) {
	if len(w) > cap(dst)-len(dst) {
		return dst, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}
