package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean separates navigation and attribution lines from the body of an
// article text.
//
// A line is navigation, returned in related, when it starts with a label such
// as "Also Read", "Read more", "Related", "See also" or "Recommended"
// followed by a separator (":", "-", "|", "»") or nothing, or when it is a
// short prompt to share, subscribe, follow, sign up or "click here".
//
// A line is attribution when it says where the article comes from: "This
// article is republished from The Conversation under a Creative Commons
// license", "This article was originally published on X", "This article is a
// derivative work from the original authored by Amin Saikal, Adjunct
// Professor …", or a short "By Jane Doe, Reuters" line. The outlet goes to
// republishedFrom and the author's name (the capitalised words up to the
// first comma) to byline; the line leaves the body.
//
// All other lines are kept exactly, joined with "\n", so offsets into the
// body stay meaningful: CRLF and lone CR become LF, trailing white space is
// trimmed, leading and trailing blank lines are dropped, and a blank line
// left next to another blank line by a removed line is dropped.
func Clean(text string) (body string, related []string, republishedFrom, byline string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	kept := make([]string, 0, len(lines))
	removed := false
	for _, line := range lines {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		t := strings.TrimSpace(line)
		if t == "" {
			if len(kept) == 0 || (removed && kept[len(kept)-1] == "") {
				continue
			}
			kept = append(kept, "")
			continue
		}
		if isNavigation(t) {
			related = append(related, t)
			removed = true
			continue
		}
		if from, by, ok := attribution(t); ok {
			if republishedFrom == "" {
				republishedFrom = from
			}
			if byline == "" {
				byline = by
			}
			removed = true
			continue
		}
		if by, ok := bylineLine(t); ok {
			if byline == "" {
				byline = by
			}
			removed = true
			continue
		}
		kept = append(kept, line)
		removed = false
	}
	for len(kept) > 0 && kept[len(kept)-1] == "" {
		kept = kept[:len(kept)-1]
	}
	return strings.Join(kept, "\n"), related, republishedFrom, byline
}

// navLabels start navigation lines when followed by a separator or nothing.
var navLabels = []string{
	"also read", "read also", "read more", "more to read", "related", "related articles",
	"related stories", "related content", "related coverage", "related news", "see also",
	"recommended", "recommended reading", "you may also like", "you might also like",
	"further reading", "more from", "more on this", "more stories", "most read", "trending",
	"watch", "listen", "read next", "up next", "advertisement",
}

// navPrompts start navigation lines of any content, if the line is short.
var navPrompts = []string{
	"share this", "share on ", "share via", "subscribe to", "subscribe for", "subscribe now",
	"sign up for", "sign up to", "follow us", "click here", "tap here", "download our app",
	"download the app", "like us on", "join us on", "join our", "read the original article",
	"get the latest", "don't miss", "support our journalism",
}

// isNavigation reports whether the trimmed line t is navigation rather than
// body text.
func isNavigation(t string) bool {
	s := strings.TrimLeft(t, "»›>•*·-–—|[( \t")
	low := strings.ToLower(s)
	for _, p := range navLabels {
		if rest, ok := strings.CutPrefix(low, p); ok {
			rest = strings.TrimLeft(rest, " \t")
			if rest == "" {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest)
			if strings.ContainsRune(":-–—|»›>", r) {
				return true
			}
		}
	}
	if len(strings.Fields(s)) > 25 {
		return false
	}
	for _, p := range navPrompts {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

var (
	// attributionStart opens a line that talks about the article itself.
	attributionStart = regexp.MustCompile(`(?i)^(?:this (?:article|piece|story|post|essay|commentary|analysis|op-ed)\b|originally\b|first (?:published|appeared)\b|republished\b|reprinted\b|adapted\b)`)
	// attributionWord must also appear, so that body sentences opening with
	// "This article" are not mistaken for attribution.
	attributionWord = regexp.MustCompile(`(?i)publish|appeared|derivative|creative commons|licen[cs]e|reprint|adapted from`)
	outletRe        = regexp.MustCompile(`(?i)\b(?:republished|reprinted|(?:originally|first) (?:published|appeared)|published originally|appeared (?:first|originally))\s+(?:(?:from|on|in|at|by)\s+|with (?:the )?permission (?:of|from)\s+)(.+)`)
	authorRe        = regexp.MustCompile(`(?i)\b(?:authored|written) by\s+(.+)`)
	bylineRe        = regexp.MustCompile(`^(?:By|BY|by)\s+(.+)`)
)

// outletStops end an outlet's name in an attribution line.
var outletStops = []string{" under ", " with ", ",", " on ", " and ", ". ", " (", " — ", " – ", " - ", " | ", ";"}

// attribution reports whether t is an attribution line and returns the
// outlet and the author's name it gives, either of which may be empty.
func attribution(t string) (from, by string, ok bool) {
	if len(strings.Fields(t)) > 60 || !attributionStart.MatchString(t) || !attributionWord.MatchString(t) {
		return "", "", false
	}
	if m := outletRe.FindStringSubmatch(t); m != nil {
		from = m[1]
		for _, stop := range outletStops {
			if i := strings.Index(from, stop); i >= 0 {
				from = from[:i]
			}
		}
		from = strings.TrimRight(strings.TrimSpace(from), ".:")
	}
	if m := authorRe.FindStringSubmatch(t); m != nil {
		by = leadingName(m[1])
	}
	return from, by, true
}

// nameJoiners may stand between the capitalised words of a name.
var nameJoiners = map[string]bool{"de": true, "van": true, "von": true, "bin": true, "al": true, "da": true, "del": true, "la": true, "le": true, "and": true, "&": true}

// leadingName returns the capitalised words at the start of s, up to the
// first comma, with joiners such as "and" or "van" allowed between them.
func leadingName(s string) string {
	if i := strings.IndexAny(s, ",|(;"); i >= 0 {
		s = s[:i]
	}
	var name []string
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameJoiners[w] {
			break
		}
		name = append(name, w)
	}
	for len(name) > 0 && nameJoiners[name[len(name)-1]] {
		name = name[:len(name)-1]
	}
	if len(name) == 0 {
		return ""
	}
	last := name[len(name)-1]
	if utf8.RuneCountInString(last) > 2 {
		name[len(name)-1] = strings.TrimRight(last, ".:")
	}
	return strings.Join(name, " ")
}

// notNames are capitalised words that start phrases like "By Tuesday, …" or
// "By The Numbers", which are not bylines.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "Then": true, "Now": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Late": true, "Early": true,
}

// bylineLine reports whether t is a short "By Jane Doe, Reuters" line and
// returns the name. The words before the first comma must all belong to a
// name of two to five words, so "By Tuesday, the talks had failed" is body.
func bylineLine(t string) (string, bool) {
	m := bylineRe.FindStringSubmatch(t)
	if m == nil || len(strings.Fields(t)) > 12 {
		return "", false
	}
	head := m[1]
	if i := strings.IndexAny(head, ",|(;"); i >= 0 {
		head = head[:i]
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.Index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	name := leadingName(head)
	n := len(strings.Fields(name))
	if n < 2 || n > 5 || name != strings.TrimRight(strings.TrimSpace(head), ".:") {
		return "", false
	}
	if notNames[strings.Fields(name)[0]] {
		return "", false
	}
	return name, true
}
