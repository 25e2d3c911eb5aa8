// Package eval scores truce's extraction against hand-made gold files.
//
// It sits beside the pipeline rather than in it: cmd/truce loads gold files
// with LoadFile or LoadFS, hands every gold Document's Article to an Extract
// function that runs the real pipeline, and Run compares the events,
// ceasefires and document facts that come back with what the gold says must
// come out. The Report it returns holds precision, recall and F1 over
// events, per-field accuracy, the misses and the false positives, and prints
// itself for a terminal (WriteText) or for scripts (WriteJSON).
//
// Two gold formats are read. truce-gold/1 is the project's own: one or more
// documents, each with gold events located by an evidence string and checked
// by constraints, as described in shared/DESIGN.md ("Gold files"). PLOVER's
// gold-standard records (a JSON array of one-event sentences coded in CAMEO
// actor codes) are read too and turned into one Document per record; for
// them the Report also gives category accuracy and actor F1.
package eval
