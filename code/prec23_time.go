package code

// Words of time the tagger may read as verbs: "rallied on Saturday
// evening to demand" has no verb between the rally and its demand, though
// "evening" ends like a participle.

// dayParts are the parts of a day told after a weekday or date.
var dayParts = wordSet("evening", "morning", "afternoon", "night", "evenings", "mornings")

// timeWord reports whether token n is a word of time, inside a date the
// sentence names or a part of the day: no verb, whatever its tag.
func timeWord(st *sent, n int) bool {
	return dayParts[st.low[n]] || inDate(st, n)
}
