//go:build !js

package main

import (
	"context"
	"fmt"
	"log"
	"maps"
	"slices"
	"sync"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/datachannel/chat"
	"github.com/everyrtc/rtc/examples/internal/serve"
)

// relay is the server's side of the chat: one native peer per page, and
// the open chat channels that every message is relayed to.
type relay struct {
	mu       sync.Mutex
	channels map[*rtc.DataChannel]string // open chat channels -> their guest's name
	guests   int
}

func newRelay() *relay { return &relay{channels: map[*rtc.DataChannel]string{}} }

// broadcast sends m to every open chat channel, its sender's included.
func (r *relay) broadcast(m chat.Message) {
	text := m.Encode()
	r.mu.Lock()
	defer r.mu.Unlock()
	for dc := range r.channels {
		_ = dc.SendText(text)
	}
}

// serve is the native peer of one page: it joins the page's signaling room
// and relays its chat channel until the connection ends.
func (r *relay) serve(ctx context.Context, url string) error {
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return err
	}
	pc.OnDataChannel(func(dc *rtc.DataChannel) {
		if dc.Label() != "chat" {
			return
		}
		dc.OnOpen(func() { r.join(dc) })
		dc.OnClose(func() { r.leave(dc) })
		dc.OnMessage(func(msg rtc.DataChannelMessage) {
			m, err := chat.Decode(msg.Data)
			if err != nil {
				_ = dc.SendText(chat.Message{From: chat.Server, Text: err.Error()}.Encode())
				return
			}
			r.mu.Lock()
			m.From = r.channels[dc]
			r.mu.Unlock()
			r.broadcast(m)
		})
	})
	return serve.Peer(ctx, url, pc)
}

func (r *relay) join(dc *rtc.DataChannel) {
	r.mu.Lock()
	r.guests++
	name := fmt.Sprintf("guest-%d", r.guests)
	r.channels[dc] = name
	r.mu.Unlock()
	log.Printf("%s joined", name)
	_ = dc.SendText(chat.Message{From: chat.Server, Text: "you are " + name}.Encode())
	r.broadcast(chat.Message{From: chat.Server, Text: name + " joined", Online: r.online()})
}

func (r *relay) leave(dc *rtc.DataChannel) {
	r.mu.Lock()
	name, ok := r.channels[dc]
	delete(r.channels, dc)
	r.mu.Unlock()
	if ok {
		log.Printf("%s left", name)
		r.broadcast(chat.Message{From: chat.Server, Text: name + " left", Online: r.online()})
	}
}

// online is the sorted names of the guests in the chat.
func (r *relay) online() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := slices.Collect(maps.Values(r.channels))
	slices.Sort(names)
	return names
}
