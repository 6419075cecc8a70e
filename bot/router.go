package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sort"
	"strings"
	"time"
)

// HandlerFunc answers one request. A returned error is logged and the user
// gets a short generic ephemeral message; a UserError's text is shown as is.
type HandlerFunc func(ctx context.Context, req *Request) (Response, error)

// Middleware wraps a handler (for example to append notices).
type Middleware func(HandlerFunc) HandlerFunc

// UserError is an error whose message is meant for the user (an invalid
// option, a missing permission). Handlers usually return a Response
// instead; UserError is for helpers deep in a handler.
type UserError struct{ Msg string }

// Error returns the message.
func (e *UserError) Error() string { return e.Msg }

// Userf builds a UserError.
func Userf(format string, args ...any) error {
	return &UserError{Msg: fmt.Sprintf(format, args...)}
}

// Generic replies.
const (
	msgWentWrong      = "Something went wrong on our side. Please try again in a moment."
	msgUnknownCommand = "I don't know that command. Try /help."
	msgUnknownButton  = "This button no longer works. Try the command again."
)

// Router dispatches requests to handlers: commands by name and subcommand
// ("alert add"), autocomplete by command route, components by the longest
// registered custom_id prefix ("story:participants:"). Register everything
// before the first Handle; Handle is safe for concurrent use.
type Router struct {
	log          *slog.Logger
	commands     map[string]HandlerFunc
	autocomplete map[string]HandlerFunc
	components   []componentRoute
	middleware   []Middleware
	observe      Observer
}

// Outcomes of a request, told to a Router's Observer.
const (
	// OutcomeOK: the handler answered.
	OutcomeOK = "ok"
	// OutcomeUserError: the handler returned a UserError (shown as is).
	OutcomeUserError = "user_error"
	// OutcomeError: the handler failed; the user got a generic message.
	OutcomeError = "error"
	// OutcomePanic: the handler panicked; the user got a generic message.
	OutcomePanic = "panic"
	// OutcomeNoRoute: no handler for the command or button.
	OutcomeNoRoute = "no_route"
)

// RouteUnknown is the route an Observer is told for a request no handler
// was registered for, so that labels stay bounded.
const RouteUnknown = "unknown"

// Observer is told how each request went, for metrics: its kind, a route
// from a bounded set (a registered command route such as "alert add", a
// registered component prefix without its trailing colon, or
// RouteUnknown), one of the Outcome constants and how long the handler
// took. It must be quick and safe for concurrent use.
type Observer func(kind Kind, route, outcome string, took time.Duration)

type componentRoute struct {
	prefix string
	h      HandlerFunc
}

// NewRouter returns an empty router logging to log (nil discards).
func NewRouter(log *slog.Logger) *Router {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Router{log: log, commands: map[string]HandlerFunc{}, autocomplete: map[string]HandlerFunc{}}
}

// Use adds middleware applied to command handlers (not to autocomplete or
// components), outermost first.
func (r *Router) Use(mw Middleware) { r.middleware = append(r.middleware, mw) }

// Observe sets the observer told about every request (nil: none). Call it
// before the first Handle, like Use.
func (r *Router) Observe(o Observer) { r.observe = o }

// Register routes a command: name is "brief", or "alert add" for a
// subcommand. A handler registered for the bare name of a command with
// subcommands receives the subcommands not registered on their own.
func (r *Router) Register(name string, h HandlerFunc) { r.commands[name] = h }

// RegisterAutocomplete routes autocomplete requests of a command route
// ("brief", "alert remove"); the handler reads Request.Focused.
func (r *Router) RegisterAutocomplete(name string, h HandlerFunc) { r.autocomplete[name] = h }

// RegisterComponent routes clicks on components whose custom_id starts with
// prefix; the longest matching prefix wins.
func (r *Router) RegisterComponent(prefix string, h HandlerFunc) {
	r.components = append(r.components, componentRoute{prefix, h})
	sort.SliceStable(r.components, func(i, j int) bool {
		return len(r.components[i].prefix) > len(r.components[j].prefix)
	})
}

// Handle answers a request. It never fails: unknown routes, handler errors
// and panics become short ephemeral messages (details go to the log), and
// the response is fitted to Discord's limits.
func (r *Router) Handle(ctx context.Context, req Request) (resp Response) {
	log := r.log.With("kind", req.Kind.String(), "route", req.Route(), "custom_id", req.CustomID,
		"guild_id", req.GuildID, "channel_id", req.ChannelID, "user_id", req.UserID)
	start := time.Now()
	route, outcome := RouteUnknown, OutcomeNoRoute
	defer func() {
		if p := recover(); p != nil {
			log.Error("bot: handler panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp = failure(req.Kind, msgWentWrong)
			outcome = OutcomePanic
		}
		if r.observe != nil {
			r.observe(req.Kind, route, outcome, time.Since(start))
		}
		resp = Fit(resp)
		if req.Kind != KindAutocomplete && !resp.Update && resp.Content == "" && len(resp.Embeds) == 0 {
			resp.Content = "Done." // Discord rejects an empty message
		}
	}()
	if req.Now.IsZero() {
		req.Now = time.Now()
	}
	h, name := r.lookup(req)
	if h == nil {
		log.Warn("bot: no handler")
		switch req.Kind {
		case KindComponent:
			return failure(req.Kind, msgUnknownButton)
		default:
			return failure(req.Kind, msgUnknownCommand)
		}
	}
	route, outcome = name, OutcomePanic // until the handler returns
	resp, err := h(ctx, &req)
	if err != nil {
		var ue *UserError
		if errors.As(err, &ue) {
			outcome = OutcomeUserError
			return failure(req.Kind, ue.Msg)
		}
		outcome = OutcomeError
		log.Error("bot: handler failed", "err", err)
		return failure(req.Kind, msgWentWrong)
	}
	outcome = OutcomeOK
	return resp
}

// route returns the handler of req, or nil.
func (r *Router) route(req Request) HandlerFunc {
	h, _ := r.lookup(req)
	return h
}

// lookup returns the handler of req and the registered route it was found
// under, or nil.
func (r *Router) lookup(req Request) (HandlerFunc, string) {
	switch req.Kind {
	case KindCommand:
		name := req.Route()
		h := r.commands[name]
		if h == nil && req.Subcommand != "" {
			name = req.Name
			h = r.commands[name]
		}
		if h == nil {
			return nil, ""
		}
		for i := len(r.middleware) - 1; i >= 0; i-- {
			h = r.middleware[i](h)
		}
		return h, name
	case KindAutocomplete:
		if h := r.autocomplete[req.Route()]; h != nil {
			return h, req.Route()
		}
		if h := r.autocomplete[req.Name]; h != nil {
			return h, req.Name
		}
	case KindComponent:
		for _, c := range r.components {
			if strings.HasPrefix(req.CustomID, c.prefix) {
				return c.h, strings.TrimRight(c.prefix, ":")
			}
		}
	}
	return nil, ""
}

// failure is the reply to a failed request: an ephemeral message, or no
// choices for autocomplete (Discord shows nothing better there).
func failure(k Kind, msg string) Response {
	if k == KindAutocomplete {
		return Response{}
	}
	return Response{Content: msg, Ephemeral: true}
}
