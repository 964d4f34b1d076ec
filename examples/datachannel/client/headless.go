//go:build js && wasm

package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/datachannel/chat"
)

// headlessLines is how many lines each page sends (main.go checks it).
const headlessLines = 3

// result is what a page posts in a -headless run (the server's pageResult).
type result struct {
	Name   string `json:"name"`
	Own    int    `json:"own"`
	Others int    `json:"others"`
	Error  string `json:"error,omitempty"`
}

// chatAlone plays one guest of a -headless run: once a second guest is
// online it sends its lines, then counts its own lines coming back and the
// other guest's arriving, for at most 30 s.
func chatAlone(dc *rtc.DataChannel, messages <-chan chat.Message) (r result) {
	timeout := time.After(30 * time.Second)
	sent := false
	for !sent || r.Own < headlessLines || r.Others < headlessLines {
		select {
		case m := <-messages:
			switch {
			case m.From == chat.Server && strings.HasPrefix(m.Text, "you are "):
				r.Name = strings.TrimPrefix(m.Text, "you are ")
			case m.From == chat.Server:
			case m.From == r.Name:
				r.Own++
			default:
				r.Others++
			}
			if !sent && len(m.Online) >= 2 {
				for i := range headlessLines {
					if err := dc.SendText(chat.Message{Text: fmt.Sprintf("line %d from %s", i+1, r.Name)}.Encode()); err != nil {
						r.Error = err.Error()
						return r
					}
				}
				sent = true
			}
		case <-timeout:
			r.Error = fmt.Sprintf("after 30 s: sent %v, %d own and %d other lines", sent, r.Own, r.Others)
			return r
		}
	}
	return r
}
