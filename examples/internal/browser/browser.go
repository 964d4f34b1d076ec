//go:build js && wasm

// Package browser is what the examples' WebAssembly clients share: the
// page's #app element, the signaling URL of the server that served the
// page, and posting a -headless run's results back to it.
package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
)

// App is the page's #app element (web's index page has one), or its body.
func App() js.Value {
	doc := js.Global().Get("document")
	if app := doc.Call("getElementById", "app"); !app.IsNull() {
		return app
	}
	return doc.Get("body")
}

// Element appends a new tag element with text to parent and returns it.
func Element(parent js.Value, tag, text string) js.Value {
	e := js.Global().Get("document").Call("createElement", tag)
	e.Set("textContent", text)
	parent.Call("appendChild", e)
	return e
}

// SignalURL is the WebSocket URL of path on the server that served the
// page, for the signaling room room; an empty room is a new one of the
// page's own.
func SignalURL(path, room string) string {
	loc := js.Global().Get("location")
	scheme := "ws://"
	if loc.Get("protocol").String() == "https:" {
		scheme = "wss://"
	}
	if room == "" {
		room = NewRoom()
	}
	return scheme + loc.Get("host").String() + path + "?room=" + url.QueryEscape(room)
}

// NewRoom is a new signaling room name, unlikely to be taken.
func NewRoom() string { return strconv.FormatInt(time.Now().UnixNano(), 36) }

// PostResults sends v as JSON to /results on the server that served the
// page, where a -headless run waits for it. It posts with the browser's
// fetch: net/http would add megabytes (crypto/tls) to every client.
func PostResults(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	origin := js.Global().Get("location").Get("origin").String()
	resp, err := jsbridge.AwaitCall(context.Background(), js.Global(), "fetch", origin+"/results", map[string]any{
		"method":  "POST",
		"headers": map[string]any{"Content-Type": "application/json"},
		"body":    string(body),
	})
	if err != nil {
		return fmt.Errorf("posting results: %w", err)
	}
	if status := resp.Get("status").Int(); status != 204 {
		return fmt.Errorf("posting results: status %d %s", status, resp.Get("statusText").String())
	}
	return nil
}

// Log appends a <pre> to parent and returns a function that adds a line
// to it.
func Log(parent js.Value) func(string) {
	pre := Element(parent, "pre", "")
	return func(s string) { pre.Set("textContent", pre.Get("textContent").String()+s+"\n") }
}

// Input appends a text box to parent; f gets each line typed into it, on a
// goroutine of its own (a js.Func must not block). The listener lives as
// long as the page.
func Input(parent js.Value, placeholder string, f func(line string)) {
	in := Element(parent, "input", "")
	in.Set("placeholder", placeholder)
	in.Get("style").Set("width", "30em")
	in.Call("addEventListener", "keydown", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if args[0].Get("key").String() != "Enter" {
			return nil
		}
		text := in.Get("value").String()
		in.Set("value", "")
		if text != "" {
			go f(text)
		}
		return nil
	}))
}
