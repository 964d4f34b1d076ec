//go:build js && wasm

// Command client is crossbench's wasm peer: it joins the signaling room in
// SIGNAL_URL, takes the native peer's "bench" data channel and obeys its
// commands (see package flow) until "exit" or the channel closes.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/signaling"
	"github.com/everyrtc/rtc/tests/bench/crossbench/flow"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

func main() {
	if err := run(); err != nil {
		fmt.Println("crossbench client:", err)
	}
}

// run connects and serves commands; an error after the channel opened is
// also sent to the native peer.
func run() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return err
	}
	defer pc.Close()
	chans := e2e.Incoming(pc)
	peer, err := signaling.Join(ctx, os.Getenv("SIGNAL_URL"), pc)
	if err != nil {
		return err
	}
	defer peer.Close()
	ch, err := e2e.Labelled(ctx, chans, flow.Label)
	if err != nil {
		return err
	}
	if err := serve(ctx, ch); err != nil {
		_ = ch.SendText("error " + err.Error())
		return err
	}
	return nil
}

// serve runs the native peer's commands in order.
func serve(ctx context.Context, ch e2e.Channel) error {
	for {
		m, err := ch.In.Next(ctx, "a command")
		if err != nil {
			return err
		}
		f := strings.Fields(string(m.Data))
		if !m.IsString || len(f) == 0 {
			return fmt.Errorf("want a command, got %s", e2e.Describe(m))
		}
		switch {
		case f[0] == "exit":
			return nil
		case f[0] == "send" && len(f) == 3:
			total, chunk, err := twoInts(f[1], f[2])
			if err != nil {
				return err
			}
			if err := flow.Send(ctx, ch.DataChannel, total, chunk); err != nil {
				return err
			}
		case f[0] == "recv" && len(f) == 2:
			total, err := strconv.Atoi(f[1])
			if err != nil {
				return err
			}
			if err := flow.Receive(ctx, ch.In, total); err != nil {
				return err
			}
			if err := ch.Say("got", f[1]); err != nil {
				return err
			}
		default:
			return fmt.Errorf("unknown command %q", m.Data)
		}
	}
}

func twoInts(a, b string) (int, int, error) {
	x, err := strconv.Atoi(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := strconv.Atoi(b)
	return x, y, err
}
