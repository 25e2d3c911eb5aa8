package actor

import (
	"fmt"
	"strings"
	"time"
)

// parseRoles parses "FROM..TO>ID;…" (dates optional) or a bare "ID".
func parseRoles(s string) ([]role, error) {
	if s == "" {
		return nil, nil
	}
	var out []role
	for p := range strings.SplitSeq(s, ";") {
		p = strings.TrimSpace(p)
		dates, id, ok := strings.Cut(p, ">")
		if !ok {
			dates, id = "", p
		}
		id = strings.TrimSpace(id)
		if !isGroupID(id) {
			return nil, fmt.Errorf("role %q: bad actor id %q", p, id)
		}
		r := role{id: id}
		if dates = strings.TrimSpace(dates); dates != "" {
			from, to, ok := strings.Cut(dates, "..")
			if !ok {
				return nil, fmt.Errorf("role %q: want FROM..TO>ID", p)
			}
			var err error
			if r.from, err = parseDay(from); err != nil {
				return nil, fmt.Errorf("role %q: %w", p, err)
			}
			if r.to, err = parseDay(to); err != nil {
				return nil, fmt.Errorf("role %q: %w", p, err)
			}
			if r.from != 0 && r.to != 0 && r.to < r.from {
				return nil, fmt.Errorf("role %q: ends before it starts", p)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// parseDay turns "YYYY-MM-DD" into yyyymmdd; "" is 0 (open).
func parseDay(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return dayOf(t), nil
}

// dayOf returns the yyyymmdd number of a date.
func dayOf(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// daysBefore returns the yyyymmdd number of the day n days before day, or
// 0 when day is not a date.
func daysBefore(day, n int) int {
	t := time.Date(day/10000, time.Month(day/100%100), day%100, 0, 0, 0, 0, time.UTC)
	if day <= 0 || dayOf(t) != day {
		return 0
	}
	return dayOf(t.AddDate(0, 0, -n))
}
