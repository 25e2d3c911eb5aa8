package http

import (
	nethttp "net/http"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

// maxDyadEvents bounds how many events one dyad or merged-events request
// reads.
const maxDyadEvents = 200000

// allEvents reads every event passing the filter in r's query (the cursor
// aside), page by page, up to maxDyadEvents.
func (s *Server) allEvents(r *nethttp.Request) ([]truce.Event, error) {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		return nil, err
	}
	f.After = ""
	var all []truce.Event
	for len(all) < maxDyadEvents {
		f.Limit = min(10000, maxDyadEvents-len(all))
		page, err := s.Store.Events(r.Context(), f)
		if err != nil {
			return nil, err
		}
		for _, e := range page {
			all = append(all, *e)
		}
		if len(page) < f.Limit {
			break
		}
		f.After = page[len(page)-1].ID
	}
	return all, nil
}

// mergedEvents returns the events passing the filter in r's query after
// the cross-source merge (dyad.Merge): reports of one happening from
// several articles become one event with every source and a mention count.
// The merge runs over the filtered events only.
func (s *Server) mergedEvents(r *nethttp.Request) ([]truce.Event, error) {
	evs, err := s.allEvents(r)
	if err != nil {
		return nil, err
	}
	merged, _ := dyad.Merge(evs, dyad.MergeOptions{})
	return merged, nil
}

// dyadAnswer is the JSON answer of /api/v1/dyads: the dyads, and with a=
// and b= that dyad's daily series and retaliation chains.
type dyadAnswer struct {
	Dyads []dyad.Dyad `json:"dyads"`
	A     string      `json:"a,omitempty"`
	B     string      `json:"b,omitempty"`
	// Days is dyad.Series: one entry a day from the first event to the
	// last, with the escalation indicator.
	Days []dyad.Day `json:"days,omitempty"`
	// Chains is dyad.Chains: runs of strikes each answering the one before.
	Chains []dyad.Chain `json:"chains,omitempty"`
}

// dyadQuery reads a=, b= (both or neither) and window= from r.
func dyadQuery(r *nethttp.Request) (pair dyad.Pair, window int, err error) {
	q := r.URL.Query()
	a, b := strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	if (a == "") != (b == "") {
		return pair, 0, truce.Errorf(truce.EINVALID, "a timeline needs both a= and b=")
	}
	if a != "" && strings.EqualFold(a, b) {
		return pair, 0, truce.Errorf(truce.EINVALID, "a=%q and b=%q: a dyad needs two different sides", a, b)
	}
	if v := q.Get("window"); v != "" {
		if window, err = strconv.Atoi(v); err != nil || window < 1 || window > 60 {
			return pair, 0, truce.Errorf(truce.EINVALID, "window=%q: want a number of days from 1 to 60", v)
		}
	}
	if a != "" {
		pair = dyad.NewPair(a, b)
	}
	return pair, window, nil
}

// dyads computes the answer of /api/v1/dyads from the merged events
// passing the filters in r's query.
func (s *Server) dyads(r *nethttp.Request, limit int) (dyadAnswer, error) {
	pair, window, err := dyadQuery(r)
	if err != nil {
		return dyadAnswer{}, err
	}
	evs, err := s.mergedEvents(r)
	if err != nil {
		return dyadAnswer{}, err
	}
	return dyadsOf(evs, pair, window, limit), nil
}

// dyadsOf lists the dyads of evs, at most limit, and when pair is set its
// series and chains (window days for an inferred retaliation, the default
// when 0).
func dyadsOf(evs []truce.Event, pair dyad.Pair, window, limit int) dyadAnswer {
	ans := dyadAnswer{Dyads: dyad.List(evs)}
	if len(ans.Dyads) > limit {
		ans.Dyads = ans.Dyads[:limit]
	}
	if pair.A != "" {
		ans.A, ans.B = pair.A, pair.B
		ans.Days = dyad.Series(evs, pair.A, pair.B)
		ans.Chains = dyad.Chains(evs, pair.A, pair.B, window)
		if ans.Chains == nil {
			ans.Chains = []dyad.Chain{}
		}
	}
	return ans
}

func (s *Server) handleDyads(w nethttp.ResponseWriter, r *nethttp.Request) {
	limit, err := limitParam(r.URL.Query(), 100, 10000)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ans, err := s.dyads(r, limit)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, ans)
}
