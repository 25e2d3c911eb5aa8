package export

import (
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/truce-project/truce"
)

// evidenceWidth is how many characters of the evidence sentence a table
// row shows.
const evidenceWidth = 60

// table writes rows under a header as columns aligned with spaces. Cells
// are folded to one line and an empty cell shows as "-".
func table(w io.Writer, header []string, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	write := func(cells []string) error {
		for i, c := range cells {
			c = oneLine(c)
			if c == "" {
				c = "-"
			}
			cells[i] = c
		}
		_, err := io.WriteString(tw, strings.Join(cells, "\t")+"\n")
		return err
	}
	if err := write(header); err != nil {
		return err
	}
	for _, r := range rows {
		if err := write(r); err != nil {
			return err
		}
	}
	return tw.Flush()
}

func eventTable(w io.Writer, events []*truce.Event) error {
	header := []string{"DATE", "TYPE", "MODE", "SOURCE", "TARGET", "LOCATION", "FATALITIES", "EVIDENCE"}
	var rows [][]string
	for _, e := range events {
		if e == nil {
			continue
		}
		rows = append(rows, []string{
			e.Date, e.Type, e.Mode,
			actorIDs(e.Source, ","), actorIDs(e.Target, ","),
			tableLocation(e.Location), countRange(e.Fatalities),
			truncate(oneLine(e.Evidence.Sentence), evidenceWidth),
		})
	}
	return table(w, header, rows)
}

// tableLocation is "Kabul, AFG", or just the name or country known.
func tableLocation(l *truce.Location) string {
	if l == nil {
		return ""
	}
	name := l.Name
	if name == "" {
		name = l.Text
	}
	switch {
	case name == "":
		return l.Country
	case l.Country == "" || name == l.Country:
		return name
	}
	return name + ", " + l.Country
}

func articleTable(w io.Writer, articles []*truce.Article) error {
	header := []string{"PUBLISHED", "ID", "TITLE", "URL", "DUPLICATE_OF"}
	var rows [][]string
	for _, a := range articles {
		if a == nil {
			continue
		}
		var published string
		if !a.Published.IsZero() {
			published = a.Published.Format(time.DateOnly)
		}
		url := a.URL
		if url == "" {
			url = a.Origin
		}
		rows = append(rows, []string{published, a.ID, truncate(oneLine(a.Title), evidenceWidth), url, a.DuplicateOf})
	}
	return table(w, header, rows)
}
