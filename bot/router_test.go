package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

func TestRouter(t *testing.T) {
	var logs bytes.Buffer
	r := NewRouter(slog.New(slog.NewTextHandler(&logs, nil)))
	reply := func(s string) HandlerFunc {
		return func(context.Context, *Request) (Response, error) { return Response{Content: s}, nil }
	}
	r.Register("brief", reply("brief"))
	r.Register("alert add", reply("alert add"))
	r.Register("alert", reply("alert fallback"))
	r.Register("boom", func(context.Context, *Request) (Response, error) { panic("secret panic detail") })
	r.Register("fail", func(context.Context, *Request) (Response, error) {
		return Response{}, errors.New("store: dial tcp 10.0.0.1: secret internal detail")
	})
	r.Register("user", func(context.Context, *Request) (Response, error) { return Response{}, Userf("Bad time %q.", "25:00") })
	r.Register("empty", reply(""))
	r.RegisterAutocomplete("brief", func(context.Context, *Request) (Response, error) {
		return Response{Choices: []Choice{{"Riyadh", "Riyadh"}}}, nil
	})
	r.RegisterAutocomplete("boom", func(context.Context, *Request) (Response, error) { panic("x") })
	r.RegisterComponent("story:", reply("story"))
	r.RegisterComponent("story:dates:", reply("dates"))
	r.Use(func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, req *Request) (Response, error) {
			resp, err := next(ctx, req)
			resp.Content += "+mw"
			return resp, err
		}
	})

	tests := []struct {
		name      string
		req       Request
		want      string
		ephemeral bool
	}{
		{"command", Request{Kind: KindCommand, Name: "brief"}, "brief+mw", false},
		{"subcommand", Request{Kind: KindCommand, Name: "alert", Subcommand: "add"}, "alert add+mw", false},
		{"subcommand fallback", Request{Kind: KindCommand, Name: "alert", Subcommand: "list"}, "alert fallback+mw", false},
		{"unknown command", Request{Kind: KindCommand, Name: "nope"}, msgUnknownCommand, true},
		{"panic", Request{Kind: KindCommand, Name: "boom"}, msgWentWrong, true},
		{"error", Request{Kind: KindCommand, Name: "fail"}, msgWentWrong, true},
		{"user error", Request{Kind: KindCommand, Name: "user"}, `Bad time "25:00".`, true},
		{"empty reply", Request{Kind: KindCommand, Name: "empty"}, "+mw", false},
		{"longest component prefix", Request{Kind: KindComponent, CustomID: "story:dates:42"}, "dates", false},
		{"component prefix", Request{Kind: KindComponent, CustomID: "story:reactions:42"}, "story", false},
		{"unknown component", Request{Kind: KindComponent, CustomID: "old:button"}, msgUnknownButton, true},
		{"autocomplete", Request{Kind: KindAutocomplete, Name: "brief"}, "", false},
		{"autocomplete panic gives no choices", Request{Kind: KindAutocomplete, Name: "boom"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Handle(context.Background(), tt.req)
			if got.Content != tt.want || got.Ephemeral != tt.ephemeral {
				t.Errorf("got %q ephemeral=%v, want %q ephemeral=%v", got.Content, got.Ephemeral, tt.want, tt.ephemeral)
			}
		})
	}
	if got := r.Handle(context.Background(), Request{Kind: KindAutocomplete, Name: "brief"}); len(got.Choices) != 1 {
		t.Errorf("autocomplete choices = %v", got.Choices)
	}
	if !strings.Contains(logs.String(), "secret panic detail") || !strings.Contains(logs.String(), "secret internal detail") {
		t.Errorf("details missing from the log:\n%s", logs.String())
	}
}

func TestRouterEmptyMessageGetsContent(t *testing.T) {
	r := NewRouter(nil)
	r.Register("x", func(context.Context, *Request) (Response, error) { return Response{}, nil })
	if got := r.Handle(context.Background(), Request{Kind: KindCommand, Name: "x"}); got.Content == "" {
		t.Error("an empty reply would be rejected by Discord")
	}
}
