package bot

import (
	"strings"
	"testing"
	"time"
)

func TestValidateExpression(t *testing.T) {
	tests := []struct {
		expr string
		err  string // substring of the error; "" means valid
	}{
		{"Lavrov", ""},
		{`"peace talks"`, ""},
		{`person:Lavrov AND place:Riyadh`, ""},
		{`country:"Saudi Arabia" -Yemen`, ""},
		{`(Zelensky OR Zelenskyy) AND NOT excluded:Ukraine`, ""},
		{`Person:Lavrov`, ""},
		{`summit “Istanbul talks”`, ""},
		{`Lavrov OR -Ukraine`, "would match almost every story"},
		{``, "empty"},
		{`   `, "empty"},
		{`NOT Lavrov`, "would match almost every story"},
		{`-Lavrov -Rubio`, "would match almost every story"},
		{`(Lavrov`, "unclosed parenthesis at column 1"},
		{`Lavrov)`, "unexpected \")\" at column 7"},
		{`"peace talks`, "unclosed quote at column 1"},
		{`city:Paris`, "unknown field \"city\" at column 1"},
		{`person: Lavrov`, "after person: at column 8"},
		{`AND Lavrov`, "before AND at column 1"},
		{`Lavrov OR`, "after OR at column 10"},
		{`Lavrov - Rubio`, "at column 9"},
		{`""`, "empty quotes"},
		{`...`, "no letters or digits"},
		{strings.Repeat("(", 30) + "a" + strings.Repeat(")", 30), "too deeply nested"},
		{strings.Repeat("a", 201), "most allowed is 200"},
		{"a\xffb", "not valid text"},
	}
	for _, tt := range tests {
		t.Run(tt.expr[:min(len(tt.expr), 40)], func(t *testing.T) {
			err := validateExpression(tt.expr)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("validateExpression(%q) = %v, want valid", tt.expr, err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("validateExpression(%q) = %v, want error containing %q", tt.expr, err, tt.err)
			}
		})
	}
}

func FuzzValidateExpression(f *testing.F) {
	for _, s := range []string{"Lavrov", `person:"Sergey Lavrov" AND (Riyadh OR -Kyiv)`, `((((`, `"`, `a:b:c`, `NOT NOT a`, `-`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validateExpression(s) // must not panic or hang
		if err != nil && strings.TrimSpace(err.Error()) == "" {
			t.Fatalf("empty error for %q", s)
		}
	})
}

func TestParseMute(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		err  string
	}{
		{"30m", 30 * time.Minute, ""},
		{"2h", 2 * time.Hour, ""},
		{"1h30m", 90 * time.Minute, ""},
		{"1d", 24 * time.Hour, ""},
		{"1w", 7 * 24 * time.Hour, ""},
		{"1.5h", 90 * time.Minute, ""},
		{"2 days", 48 * time.Hour, ""},
		{"0", 0, ""},
		{"off", 0, ""},
		{"", 0, "give a duration"},
		{"forever", 0, "not a duration"},
		{"5y", 0, "unknown unit"},
		{"31d", 0, "longer than the 30 days"},
		{"99999999999w", 0, "longer than the 30 days"},
		{"10s", 0, "unknown unit"},
		{"0.5m", 0, "too short"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseMute(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("parseMute(%q) = %v, %v; want error %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("parseMute(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseDays(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  bool
	}{
		{"", "every day", false},
		{"every day", "every day", false},
		{"weekdays", "Mon, Tue, Wed, Thu, Fri", false},
		{"mon-fri", "Mon, Tue, Wed, Thu, Fri", false},
		{"fri-mon", "Sun, Mon, Fri, Sat", false},
		{"Monday, wed,FRI", "Mon, Wed, Fri", false},
		{"sun-sat", "every day", false},
		{"weekends", "Sun, Sat", false},
		{"funday", "", true},
		{"mo", "", true},
		{"mon-xyz", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDays(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("parseDays(%q) error = %v", tt.in, err)
			}
			if !tt.err && daysText(got) != tt.want {
				t.Errorf("parseDays(%q) = %s, want %s", tt.in, daysText(got), tt.want)
			}
		})
	}
}

func TestParseClockAndZone(t *testing.T) {
	for in, want := range map[string]string{"7:30": "07:30", "0730": "07:30", "23:59": "23:59", "00:00": "00:00"} {
		if got, err := parseClock(in); err != nil || got != want {
			t.Errorf("parseClock(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"24:00", "7.30", "730", "07:60", "noon", ""} {
		if _, err := parseClock(bad); err == nil {
			t.Errorf("parseClock(%q) accepted", bad)
		}
	}
	for in, want := range map[string]string{"europe/paris": "Europe/Paris", "UTC": "UTC", "America/Argentina/Cordoba": "America/Argentina/Cordoba"} {
		if got, err := parseZone(in); err != nil || got != want {
			t.Errorf("parseZone(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"Local", "Paris", "../../etc/passwd", "Mars/Olympus", ""} {
		if _, err := parseZone(bad); err == nil {
			t.Errorf("parseZone(%q) accepted", bad)
		}
	}
	for _, z := range commonZones {
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("common zone %s does not load: %v", z, err)
		}
	}
}
