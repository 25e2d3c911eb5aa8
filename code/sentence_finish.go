package code

import (
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
)

// finishMentions runs the last passes of newSent over the mentions, once
// places are known: people named by their office, groups named by what
// they lead or own, counterparts, and the sector words that only describe
// a pact or goods ("a military pact", "military equipment").
func (st *sent) finishMentions() {
	st.policeOfficers()
	st.critics()
	st.joinSectorNouns()
	st.ownedOfficers()
	st.ledKinds()
	st.counterparts()
	st.pactModifiersX48()
	st.documentNamesX103()
	st.goodsModifiersX93()
	st.mentionsX80()
}

// articleOffsets turns a mention's byte offsets in sentence s into code
// points in the article; in ASCII text (ascii: asciiOnly(s.Text)) they
// are the same.
func articleOffsets(s truce.Sentence, m actor.Mention, ascii bool) (int, int) {
	if ascii {
		return s.Start + m.Start, s.Start + m.End
	}
	return s.Start + utf8.RuneCountInString(s.Text[:m.Start]), s.Start + utf8.RuneCountInString(s.Text[:m.End])
}
