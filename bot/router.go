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
}

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
	defer func() {
		if p := recover(); p != nil {
			log.Error("bot: handler panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp = failure(req.Kind, msgWentWrong)
		}
		resp = Fit(resp)
		if req.Kind != KindAutocomplete && !resp.Update && resp.Content == "" && len(resp.Embeds) == 0 {
			resp.Content = "Done." // Discord rejects an empty message
		}
	}()
	if req.Now.IsZero() {
		req.Now = time.Now()
	}
	h := r.route(req)
	if h == nil {
		log.Warn("bot: no handler")
		switch req.Kind {
		case KindComponent:
			return failure(req.Kind, msgUnknownButton)
		default:
			return failure(req.Kind, msgUnknownCommand)
		}
	}
	resp, err := h(ctx, &req)
	if err != nil {
		var ue *UserError
		if errors.As(err, &ue) {
			return failure(req.Kind, ue.Msg)
		}
		log.Error("bot: handler failed", "err", err)
		return failure(req.Kind, msgWentWrong)
	}
	return resp
}

func (r *Router) route(req Request) HandlerFunc {
	switch req.Kind {
	case KindCommand:
		h := r.commands[req.Route()]
		if h == nil && req.Subcommand != "" {
			h = r.commands[req.Name]
		}
		if h == nil {
			return nil
		}
		for i := len(r.middleware) - 1; i >= 0; i-- {
			h = r.middleware[i](h)
		}
		return h
	case KindAutocomplete:
		if h := r.autocomplete[req.Route()]; h != nil {
			return h
		}
		return r.autocomplete[req.Name]
	case KindComponent:
		for _, c := range r.components {
			if strings.HasPrefix(req.CustomID, c.prefix) {
				return c.h
			}
		}
	}
	return nil
}

// failure is the reply to a failed request: an ephemeral message, or no
// choices for autocomplete (Discord shows nothing better there).
func failure(k Kind, msg string) Response {
	if k == KindAutocomplete {
		return Response{}
	}
	return Response{Content: msg, Ephemeral: true}
}
