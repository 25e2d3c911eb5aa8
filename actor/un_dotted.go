package actor

import (
	"slices"
	"strings"
)

// unDotted returns the "U.N. ..." spellings of aliases written "UN ..."
// ("UN humanitarian office" is also "U.N. humanitarian office", as
// agencies using that style of wire copy spell it) that no group has as
// an alias of its own.
func unDotted(groups []*entity, aliases []string) []string {
	var out []string
	for _, a := range aliases {
		rest, ok := strings.CutPrefix(a, "UN ")
		if !ok || rest == "" {
			continue
		}
		dotted := "U.N. " + rest
		if !groupAlias(groups, dotted) {
			out = append(out, dotted)
		}
	}
	return out
}

// groupAlias reports whether some group has alias a.
func groupAlias(groups []*entity, a string) bool {
	return slices.ContainsFunc(groups, func(g *entity) bool { return slices.Contains(g.aliases, a) })
}
