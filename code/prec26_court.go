package code

// Commercial lawsuits: a court ordering a firm to pay another is no
// political event, and the words of its story ("a five-year legal
// battle", "the judge rejected the company's argument", "the delay had
// killed the exporter's season") are the words of a suit, not of a
// conflict.

import "github.com/truce-project/truce"

// courtWords name a court or its judges.
var courtWords = filtered(wordSet("court", "courts", "judge", "judges", "justices", "tribunal", "arbitrator",
	"arbitrators", "arbitration"))

// paymentWords tell money a ruling makes someone pay.
var paymentWords = filtered(wordSet("pay", "repay", "damages", "compensation", "compensate", "reimburse"))

// commercialLawsuit reports whether the article tells a ruling on money:
// a sentence holds a court, a payment and a number ("a court in Lagos
// ordered a cement maker to pay 2.1 billion naira to a rival"). Whether
// its events are politics is left to the actors (lawsuitOnly): a court
// ordering a government to pay victims keeps the government's acts.
func commercialLawsuit(d *doc) bool {
	for _, st := range d.sents {
		court, pay, num := false, false, false
		for k, w := range st.low {
			court = court || courtWords.has(w)
			pay = pay || paymentWords.has(w)
			num = num || st.toks[k].tag == "CD"
		}
		if court && pay && num {
			return true
		}
	}
	return false
}

// lawsuitOnly reports whether every actor of the event is a court, a firm
// or a country's bare name (where the text gives a firm's nationality, "a
// Norwegian feed supplier"): no government, force, armed group, party,
// crowd or person of the public takes part.
func lawsuitOnly(cd *candidate) bool {
	for _, side := range [][]truce.Actor{cd.ev.Source, cd.ev.Target} {
		for _, a := range side {
			if a.Sector != "JUD" && a.Sector != "BUS" && (a.Sector != "" || a.ID != a.Country) {
				return false
			}
		}
	}
	return true
}
