# truce: build, test, lint and benchmark.
GO ?= go

.PHONY: build test race lint bench fuzz cameo

build:
	CGO_ENABLED=0 $(GO) build -o truce ./cmd/truce

test:
	$(GO) test -count=1 ./...

race:
	$(GO) test -race -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# Each fuzz target for 30 seconds; new interesting inputs land in testdata/fuzz.
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzParseHTML -fuzztime=30s ./ingest/
	$(GO) test -run='^$$' -fuzz=FuzzReadJSONL -fuzztime=30s ./ingest/
	$(GO) test -run='^$$' -fuzz=FuzzParseFeed -fuzztime=30s ./ingest/
	$(GO) test -run='^$$' -fuzz=FuzzLoad -fuzztime=30s ./eval/
	$(GO) test -run='^$$' -fuzz=FuzzLoadUser -fuzztime=30s ./actor/
	$(GO) test -run='^$$' -fuzz=FuzzFind -fuzztime=30s ./geo/
	$(GO) test -run='^$$' -fuzz='^FuzzFind$$' -fuzztime=30s ./when/
	$(GO) test -run='^$$' -fuzz=FuzzFindWeekdays -fuzztime=30s ./when/
	$(GO) test -run='^$$' -fuzz=FuzzScanCues -fuzztime=30s ./when/
	$(GO) test -run='^$$' -fuzz=FuzzSplit -fuzztime=30s ./nlp/
	$(GO) test -run='^$$' -fuzz=FuzzParseCount -fuzztime=30s ./nlp/
	$(GO) test -run='^$$' -fuzz=FuzzSearch -fuzztime=30s ./sqlite/
	$(GO) test -run='^$$' -fuzz=FuzzRequests -fuzztime=30s ./http/
	$(GO) test -run='^$$' -fuzz=FuzzExtract -fuzztime=30s ./code/

# Regenerate the CAMEO→PLOVER table from the shared reference tables.
cameo:
	$(GO) run ./code/internal/gencameo -ref ../shared/reference > code/data/cameo.tsv
