package geo

import (
	"embed"
	"io/fs"
)

// The generated parts, embedded again as strings. citiesFS can hand a
// part out only as a copy (9.6 MB for all four, a fresh heap page fault
// every 4 kB); these strings are the bytes the linker placed in the binary,
// which the linker stores once for both, so Load parses the parts where
// they lie and the names and keys it keeps point there. There is one for
// each of internal/gengaz's cityParts parts; a part beyond them, or one
// stored gzip'd, is read through citiesFS.
var (
	//go:embed data/cities-0.tsv
	citiesPart0 string
	//go:embed data/cities-1.tsv
	citiesPart1 string
	//go:embed data/cities-2.tsv
	citiesPart2 string
	//go:embed data/cities-3.tsv
	citiesPart3 string
)

// embeddedPart returns the text of the part named name when fsys is
// citiesFS and the part is one of the strings above.
func embeddedPart(fsys fs.FS, name string) (string, bool) {
	if efs, ok := fsys.(embed.FS); !ok || efs != citiesFS {
		return "", false
	}
	switch name {
	case "data/cities-0.tsv":
		return citiesPart0, true
	case "data/cities-1.tsv":
		return citiesPart1, true
	case "data/cities-2.tsv":
		return citiesPart2, true
	case "data/cities-3.tsv":
		return citiesPart3, true
	}
	return "", false
}
