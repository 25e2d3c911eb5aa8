// Package nlp is the language stage of truce's pipeline: it takes an
// article's body text (truce.Article.Text) and returns its sentences
// (truce.Sentence), each with its tokens and their Penn Treebank
// part-of-speech tags, every offset counted in Unicode code points into the
// text it was given. The code stage reads these sentences to find events.
//
// Sentences are split by rules written for news prose: titles and
// abbreviations ("Gen.", "Oct.", "U.S."), initials and decimals do not end a
// sentence; a newline always does. Tokens are tagged by an averaged
// perceptron whose weights are the English model shipped with
// github.com/jdkato/prose/v2; this package evaluates the model itself
// because prose's own tagger allocates a map per word and is several times
// too slow for the pipeline (see Pipeline).
//
// The package also reads the numbers news uses for tolls and truces:
// ParseCount ("at least 23", "dozens", "between 10 and 15"), ParseDuration
// ("48-hour", "two weeks") and IsMeasure ("2,600-kilometer").
package nlp
