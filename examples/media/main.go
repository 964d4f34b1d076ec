//go:build !js

// Command media receives a browser's camera (or a synthetic picture and
// tone) in a native Go server, records it (VP8 to IVF, Opus to Ogg) and
// sends it back to the page, which shows both. The browser side is Go too
// (./client, compiled to WebAssembly). With -headless it runs the page in
// headless Chromium with the synthetic source and prints what came back.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/everyrtc/rtc/examples/internal/serve"
	"github.com/everyrtc/rtc/examples/media/mediaresult"
)

func main() {
	addr := flag.String("addr", "", "where to serve (default 127.0.0.1:8080; with -headless any free port)")
	out := flag.String("out", "", "directory for the recordings (default: a new temporary directory)")
	inChromium := flag.Bool("headless", false, "run the page in headless Chromium with a synthetic source and print the outcome")
	flag.Parse()
	if err := run(*addr, *out, *inChromium); err != nil {
		log.Fatal(err)
	}
}

func run(addr, out string, inChromium bool) error {
	if out == "" {
		dir, err := os.MkdirTemp("", "everyrtc-media")
		if err != nil {
			return err
		}
		out = dir
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rec := &recorder{dir: out}
	bodies, err := serve.Run(ctx, addr, inChromium, serve.Example{
		Title:   "everyrtc media",
		Answer:  rec.serve,
		Pages:   []string{""},
		Timeout: 60 * time.Second,
		Hello:   "recordings go to " + out,
	})
	if err != nil || !inChromium {
		return err
	}
	var r mediaresult.Result
	if err := json.Unmarshal(bodies[0], &r); err != nil {
		return fmt.Errorf("the page's result: %w", err)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*"))
	fmt.Printf("\n| | |\n| --- | --- |\n| source | %s |\n| RTP packets recorded | %d video, %d audio |\n",
		r.Source, rec.video.Load(), rec.audio.Load())
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			fmt.Printf("| %s | %d bytes |\n", f, st.Size())
		}
	}
	fmt.Printf("| sent back, decoded in the page | %d video frames, %d audio samples |\n", r.FramesDecoded, r.AudioSamples)
	switch {
	case r.Error != "":
		return fmt.Errorf("the page: %s", r.Error)
	case rec.video.Load() == 0 || rec.audio.Load() == 0:
		return fmt.Errorf("recorded %d video and %d audio packets", rec.video.Load(), rec.audio.Load())
	case r.FramesDecoded == 0 || r.AudioSamples == 0:
		return fmt.Errorf("the page decoded %d frames and %d samples of what came back", r.FramesDecoded, r.AudioSamples)
	}
	return nil
}
