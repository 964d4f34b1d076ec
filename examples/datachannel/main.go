//go:build !js

// Command datachannel is a chat: a native Go server relays messages between
// browser clients written in Go (./client, compiled to WebAssembly). Each
// page gets a native peer of its own, through the signaling hub; every chat
// line goes to everyone, its sender included. With -headless it opens two
// pages in headless Chromium, lets them chat and prints what each saw.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"time"

	"github.com/everyrtc/rtc/examples/internal/serve"
)

func main() {
	addr := flag.String("addr", "", "where to serve (default 127.0.0.1:8080; with -headless any free port)")
	inChromium := flag.Bool("headless", false, "chat between two pages in headless Chromium and print the outcome")
	flag.Parse()
	if err := run(*addr, *inChromium); err != nil {
		log.Fatal(err)
	}
}

// pageResult is what a page posts in a -headless run (client/headless.go).
type pageResult struct {
	Name   string `json:"name"`
	Own    int    `json:"own"`    // its own lines that came back
	Others int    `json:"others"` // lines of the other guest it received
	Error  string `json:"error,omitempty"`
}

func run(addr string, inChromium bool) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bodies, err := serve.Run(ctx, addr, inChromium, serve.Example{
		Title:   "everyrtc chat",
		Answer:  newRelay().serve,
		Pages:   []string{"", ""},
		Timeout: 60 * time.Second,
		Hello:   "open it in two browser tabs",
	})
	if err != nil || !inChromium {
		return err
	}
	var errs []error
	fmt.Println("\n| page | own lines back | lines from the other page |\n| --- | --- | --- |")
	for _, b := range bodies {
		var p pageResult
		if err := json.Unmarshal(b, &p); err != nil {
			return fmt.Errorf("a page's result: %w", err)
		}
		fmt.Printf("| %s | %d of %d | %d of %d |\n", p.Name, p.Own, headlessLines, p.Others, headlessLines)
		if p.Error != "" || p.Own != headlessLines || p.Others != headlessLines {
			errs = append(errs, fmt.Errorf("%s: %d own and %d other lines (want %d each) %s", p.Name, p.Own, p.Others, headlessLines, p.Error))
		}
	}
	return errors.Join(errs...)
}

// headlessLines is how many lines each page sends in a -headless run.
const headlessLines = 3
