//go:build !js

// Command browser-to-browser serves a Go WebAssembly client (./client) and a
// signaling hub: two pages that open the same room link connect to each
// other directly, with the hub only relaying their offers, answers and
// candidates. With -headless it opens two pages of one room in headless
// Chromium and prints what each received from the other.
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
	inChromium := flag.Bool("headless", false, "connect two pages in headless Chromium and print the outcome")
	flag.Parse()
	if err := run(*addr, *inChromium); err != nil {
		log.Fatal(err)
	}
}

// pageResult is what a page posts in a -headless run (client/main.go).
type pageResult struct {
	Polite   bool   `json:"polite"`
	Received string `json:"received"`
	Pair     string `json:"pair"`
	Error    string `json:"error,omitempty"`
}

func run(addr string, inChromium bool) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bodies, err := serve.Run(ctx, addr, inChromium, serve.Example{
		Title:   "everyrtc browser to browser",
		Pages:   []string{"?room=headless", "?room=headless"},
		Timeout: 60 * time.Second,
		Hello:   "open it, then open the link it shows in a second tab or browser",
	})
	if err != nil || !inChromium {
		return err
	}
	var errs []error
	fmt.Println("\n| page | received from the other page | selected candidate pair |\n| --- | --- | --- |")
	for _, b := range bodies {
		var p pageResult
		if err := json.Unmarshal(b, &p); err != nil {
			return fmt.Errorf("a page's result: %w", err)
		}
		role := map[bool]string{true: "polite", false: "impolite"}[p.Polite]
		fmt.Printf("| %s | %q | %s |\n", role, p.Received, p.Pair)
		if p.Error != "" {
			errs = append(errs, fmt.Errorf("%s page: %s", role, p.Error))
		}
	}
	return errors.Join(errs...)
}
