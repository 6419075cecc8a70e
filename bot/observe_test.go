package bot

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestRouterObserver(t *testing.T) {
	r := NewRouter(nil)
	ok := func(context.Context, *Request) (Response, error) { return Response{Content: "ok"}, nil }
	r.Register("brief", ok)
	r.Register("alert add", ok)
	r.Register("alert", ok)
	r.Register("boom", func(context.Context, *Request) (Response, error) { panic("x") })
	r.Register("fail", func(context.Context, *Request) (Response, error) { return Response{}, errors.New("db down") })
	r.Register("user", func(context.Context, *Request) (Response, error) { return Response{}, Userf("no") })
	r.RegisterAutocomplete("brief", ok)
	r.RegisterComponent("story:dates:", ok)
	type seen struct {
		kind           Kind
		route, outcome string
		took           time.Duration
	}
	var got []seen
	r.Observe(func(kind Kind, route, outcome string, took time.Duration) {
		got = append(got, seen{kind, route, outcome, took})
	})

	tests := []struct {
		name    string
		req     Request
		kind    Kind
		route   string
		outcome string
	}{
		{"command", Request{Kind: KindCommand, Name: "brief"}, KindCommand, "brief", OutcomeOK},
		{"subcommand", Request{Kind: KindCommand, Name: "alert", Subcommand: "add"}, KindCommand, "alert add", OutcomeOK},
		{"subcommand fallback", Request{Kind: KindCommand, Name: "alert", Subcommand: "list"}, KindCommand, "alert", OutcomeOK},
		{"unknown command", Request{Kind: KindCommand, Name: "user-chosen-text"}, KindCommand, RouteUnknown, OutcomeNoRoute},
		{"panic", Request{Kind: KindCommand, Name: "boom"}, KindCommand, "boom", OutcomePanic},
		{"error", Request{Kind: KindCommand, Name: "fail"}, KindCommand, "fail", OutcomeError},
		{"user error", Request{Kind: KindCommand, Name: "user"}, KindCommand, "user", OutcomeUserError},
		{"autocomplete", Request{Kind: KindAutocomplete, Name: "brief"}, KindAutocomplete, "brief", OutcomeOK},
		{"component by prefix, not custom_id", Request{Kind: KindComponent, CustomID: "story:dates:123456"}, KindComponent, "story:dates", OutcomeOK},
		{"unknown component", Request{Kind: KindComponent, CustomID: "old:987"}, KindComponent, RouteUnknown, OutcomeNoRoute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			r.Handle(context.Background(), tt.req)
			if len(got) != 1 {
				t.Fatalf("observer called %d times, want once", len(got))
			}
			g := got[0]
			if g.kind != tt.kind || g.route != tt.route || g.outcome != tt.outcome {
				t.Errorf("observed (%v, %q, %q), want (%v, %q, %q)", g.kind, g.route, g.outcome, tt.kind, tt.route, tt.outcome)
			}
			if g.took < 0 {
				t.Errorf("negative duration %v", g.took)
			}
		})
	}
}
