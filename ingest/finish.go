package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/truce-project/truce"
)

// Finish fills the derived fields of a. It cleans a.Text with Clean (moving
// navigation lines to RelatedLinks and taking RepublishedFrom and Byline
// from attribution lines when those fields are empty), sets ContentHash and
// SimHash, sets CanonicalURL (the normalised canonical URL when one is set,
// else the normalised URL) and, when a.ID is empty, sets ID to the first 16
// hex digits of the SHA-256 of the canonical URL, or of the content hash
// (itself a SHA-256) when there is no URL. Finish is idempotent.
func Finish(a *truce.Article) {
	body, related, from, byline := Clean(a.Text)
	a.Text = body
	for _, l := range related {
		if !slices.Contains(a.RelatedLinks, l) {
			a.RelatedLinks = append(a.RelatedLinks, l)
		}
	}
	a.Title = collapseSpace(a.Title)
	a.Byline = cleanByline(a.Byline)
	if a.Byline == "" {
		a.Byline = byline
	}
	a.RepublishedFrom = collapseSpace(a.RepublishedFrom)
	if a.RepublishedFrom == "" {
		a.RepublishedFrom = from
	}
	sum := sha256.Sum256([]byte(collapseSpace(a.Text)))
	a.ContentHash = hex.EncodeToString(sum[:])
	a.SimHash = SimHash(a.Text)

	canon := a.CanonicalURL
	if canon == "" {
		canon = a.URL
	}
	a.CanonicalURL = ""
	if canon != "" {
		if c, err := NormalizeURL(canon); err == nil {
			a.CanonicalURL = c
		}
	}
	if a.ID == "" {
		a.ID = a.ContentHash[:16]
		if a.CanonicalURL != "" {
			h := sha256.Sum256([]byte(a.CanonicalURL))
			a.ID = hex.EncodeToString(h[:8])
		}
	}
}

// collapseSpace trims s and replaces every run of white space with one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cleanByline drops a leading "By" from a byline.
func cleanByline(s string) string {
	s = collapseSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return s
}

// trackingParams are query parameters that identify a campaign or a click,
// not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "msclkid": true,
	"yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true,
}

// NormalizeURL returns the canonical form of an http(s) URL: scheme and host
// lower-cased, default port and fragment dropped, an empty path made "/",
// tracking parameters (utm_*, fbclid, gclid and the like) removed and the
// remaining query parameters sorted. Other absolute URLs are returned with
// scheme and host lower-cased. It returns an error for a URL that does not
// parse or is not absolute.
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", truce.Errorf(truce.EINVALID, "normalize URL %q: %v", raw, err)
	}
	if u.Scheme == "" || u.Host == "" {
		return "", truce.Errorf(truce.EINVALID, "normalize URL %q: not an absolute URL", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.Scheme != "http" && u.Scheme != "https" {
		return u.String(), nil
	}
	if port := u.Port(); (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		u.Host = u.Hostname()
		if strings.Contains(u.Host, ":") { // IPv6 literal
			u.Host = "[" + u.Host + "]"
		}
	}
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			// Keep a query we cannot parse as it is: dropping it could merge
			// different pages.
			return u.String(), nil
		}
		for k := range q {
			if trackingParams[strings.ToLower(k)] || strings.HasPrefix(strings.ToLower(k), "utm_") {
				delete(q, k)
			}
		}
		u.RawQuery = q.Encode()
	}
	u.ForceQuery = false
	return u.String(), nil
}

// SimHash returns a 64-bit simhash of text: every shingle of three
// consecutive lower-cased words is hashed with FNV-64a, and bit i of the
// result is set when more shingles have bit i set than not. Texts of fewer
// than three words hash as one shingle; a text without words hashes to 0.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return 0
	}
	var weights [64]int
	add := func(shingle []string) {
		h := fnv.New64a()
		for i, w := range shingle {
			if i > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		v := mix64(h.Sum64())
		for i := range weights {
			if v&(1<<i) != 0 {
				weights[i]++
			} else {
				weights[i]--
			}
		}
	}
	if len(words) < 3 {
		add(words)
	} else {
		for i := 0; i+3 <= len(words); i++ {
			add(words[i : i+3])
		}
	}
	var out uint64
	for i, w := range weights {
		if w > 0 {
			out |= 1 << i
		}
	}
	return out
}

// NearDuplicate reports whether two simhashes differ in at most 3 bits.
func NearDuplicate(a, b uint64) bool {
	return bits.OnesCount64(a^b) <= 3
}

// mix64 is the finaliser of MurmurHash3: FNV-64a leaves the bits of similar
// short strings correlated, which makes simhash bits unstable.
func mix64(v uint64) uint64 {
	v ^= v >> 33
	v *= 0xff51afd7ed558ccd
	v ^= v >> 33
	v *= 0xc4ceb9fe1a85ec53
	v ^= v >> 33
	return v
}
