package code

// answerSpan keeps answerObject's reading of a sentence: the words never
// change once the sentence is built, and the triggers of a story ask it
// of their sentence over and over.
type answerSpan struct {
	read          bool
	cue, from, to int
}
