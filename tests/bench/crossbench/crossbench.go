//go:build !js

// Package crossbench measures data channel throughput between a native
// everyrtc peer (pion) on this host and an everyrtc wasm peer in headless
// Chromium: one reliable ordered channel with bufferedAmount backpressure,
// 64 MiB as 64 KiB messages each way, the two directions alternating
// inside every repetition. Both figures are timed on the native side
// (command to last byte, or to the browser's receipt), so each includes
// about one round trip.
//
// Run it from the tests module:
//
//	go run ./bench/crossbench/cmd/crossbench -reps 5
//
// (the command also compares SCTP settings side by side and prints pion's
// SCTP counters; see its doc). go test ./bench/crossbench runs it with tiny
// sizes.
package crossbench

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/internal/headless"
	"github.com/everyrtc/rtc/signaling"
	"github.com/everyrtc/rtc/tests/bench"
	"github.com/everyrtc/rtc/tests/bench/crossbench/flow"
	"github.com/everyrtc/rtc/tests/internal/e2e"
	"github.com/everyrtc/rtc/web"
	"github.com/pion/webrtc/v4"
)

// Names of the rows.
const (
	Group         = "native ↔ Chromium"
	Figure        = "throughput, 64 MiB as 64 KiB messages"
	NativeToBrows = "native → browser"
	BrowsToNative = "browser → native"
)

// Sizes is what one run moves.
type Sizes struct {
	Total  int // bytes per direction per repetition
	Chunk  int // bytes per message
	WarmUp int // bytes per direction before the first repetition
}

// Default is the benchmark's size: 64 MiB as 64 KiB messages, after 8 MiB
// each way.
var Default = Sizes{Total: 64 << 20, Chunk: 64 << 10, WarmUp: 8 << 20}

// Run measures reps repetitions of both directions at the Default sizes
// with the native peer's default settings. It matches bench.Suite.
func Run(ctx context.Context, reps int, logf func(string, ...any)) ([]bench.Row, error) {
	return Measure(ctx, reps, Options{Sizes: Default}, logf)
}

// Options change what Measure does, for tests and for investigating.
type Options struct {
	Sizes
	// SettingEngine, when set, is what the native peer's API is built on
	// (the benchmark still restricts it to UDP over IPv4).
	SettingEngine *webrtc.SettingEngine
	// Around, when set, is called before each measured transfer with the
	// row's Impl and the native PeerConnection; the function it returns
	// is called after the transfer (to read counters around it).
	Around func(impl string, pc *rtc.PeerConnection) func()
}

// Measure is Run with other sizes or settings.
func Measure(ctx context.Context, reps int, o Options, logf func(string, ...any)) ([]bench.Row, error) {
	sz := o.Sizes
	if reps < 1 || sz.Total < 1 || sz.Chunk < 1 {
		return nil, errors.New("crossbench: reps, Total and Chunk must be positive")
	}
	b, err := Open(ctx, o.SettingEngine, logf)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	figure := Figure
	if sz != Default {
		figure = fmt.Sprintf("throughput, %s as %s messages", size(sz.Total), size(sz.Chunk))
	}
	rows := []bench.Row{
		{Group: Group, Figure: figure, Impl: NativeToBrows, Unit: "MB/s", Higher: true},
		{Group: Group, Figure: figure, Impl: BrowsToNative, Unit: "MB/s", Higher: true},
	}
	if sz.WarmUp > 0 {
		if _, err := b.ToBrowser(ctx, sz.WarmUp, sz.Chunk); err != nil {
			return nil, fmt.Errorf("crossbench: warm-up %s: %w", NativeToBrows, err)
		}
		if _, err := b.ToNative(ctx, sz.WarmUp, sz.Chunk); err != nil {
			return nil, fmt.Errorf("crossbench: warm-up %s: %w", BrowsToNative, err)
		}
	}
	for i := range reps {
		// Alternate which direction goes first, so neither always runs
		// right after the other's tail.
		dirs := []int{0, 1}
		if i%2 == 1 {
			dirs = []int{1, 0}
		}
		for _, d := range dirs {
			move := b.ToBrowser
			if d == 1 {
				move = b.ToNative
			}
			after := func() {}
			if o.Around != nil {
				after = o.Around(rows[d].Impl, b.pc)
			}
			took, err := move(ctx, sz.Total, sz.Chunk)
			after()
			if err != nil {
				return rows, fmt.Errorf("crossbench: %s, repetition %d: %w", rows[d].Impl, i+1, err)
			}
			mbs := float64(sz.Total) / 1e6 / took.Seconds()
			rows[d].Values = append(rows[d].Values, mbs)
			logf("crossbench: %s %d/%d: %.1f MB/s (%v)", rows[d].Impl, i+1, reps, mbs, took.Round(time.Millisecond))
		}
	}
	return rows, nil
}

// size prints a byte count in KiB or MiB.
func size(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n%(1<<10) == 0 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// clientDir is where the wasm peer's source is: beside this file.
func clientDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return "", errors.New("crossbench: the package's source directory is unknown (built with -trimpath?)")
	}
	return filepath.Dir(file), nil
}

// closers run in reverse order.
type closers []func()

func (c closers) run() {
	for i := len(c) - 1; i >= 0; i-- {
		c[i]()
	}
}

// Pair is a native peer connected to a wasm peer in headless Chromium,
// with the benchmark's data channel open.
type Pair struct {
	pc      *rtc.PeerConnection
	ch      e2e.Channel
	browser *headless.Chromium
	close   func()
}

// Open builds and serves the wasm peer, opens it in headless Chromium and
// connects a native peer (on SettingEngine s if not nil) to it through a
// signaling hub on 127.0.0.1.
func Open(ctx context.Context, s *webrtc.SettingEngine, logf func(string, ...any)) (b *Pair, err error) {
	var done closers
	defer func() {
		if err != nil {
			done.run()
		}
	}()
	dir, err := clientDir()
	if err != nil {
		return nil, err
	}
	app, err := web.Build(ctx, dir, "./client", "-trimpath", "-ldflags=-s -w")
	if err != nil {
		return nil, fmt.Errorf("crossbench: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("crossbench: %w", err)
	}
	hub := signaling.NewHub(signaling.HubOptions{})
	base := "http://" + ln.Addr().String()
	signal := "ws://" + ln.Addr().String() + "/signal?room=crossbench"
	app.Env = map[string]string{"SIGNAL_URL": signal}
	mux := http.NewServeMux()
	mux.Handle("/signal", hub)
	mux.Handle("/", app.Handler())
	srv := &http.Server{Handler: mux}
	go func() { _ = srv.Serve(ln) }()
	done = append(done, func() { hub.Close(); _ = srv.Close() })

	pc, err := nativeAPI(s).NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return nil, fmt.Errorf("crossbench: %w", err)
	}
	done = append(done, func() { _ = pc.Close() })
	ch, err := e2e.Create(pc, flow.Label)
	if err != nil {
		return nil, fmt.Errorf("crossbench: %w", err)
	}
	browser, err := headless.Start(ctx, base+"/")
	if err != nil {
		return nil, fmt.Errorf("crossbench: %w", err)
	}
	done = append(done, browser.Stop)
	joinCtx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	peer, err := signaling.Join(joinCtx, signal, pc)
	if err != nil {
		return nil, fmt.Errorf("crossbench: signaling: %w; chromium said:\n%s", err, browser.Output())
	}
	done = append(done, func() { _ = peer.Close() })
	if err := e2e.WaitOpen(joinCtx, ch.DataChannel); err != nil {
		return nil, fmt.Errorf("crossbench: %w; %s; chromium said:\n%s", err, e2e.State(pc), browser.Output())
	}
	logf("crossbench: connected to Chromium (%.1f MB of wasm)", float64(len(app.WASM))/1e6)
	return &Pair{pc: pc, ch: ch, browser: browser, close: func() {
		_ = ch.Say("exit")
		done.run()
	}}, nil
}

// nativeAPI is the native peer's API: UDP over IPv4 only (Chromium's mDNS
// host candidates resolve to a non-loopback IPv4 address), on s if given.
func nativeAPI(s *webrtc.SettingEngine) *rtc.API {
	var se webrtc.SettingEngine
	if s != nil {
		se = *s
	}
	se.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	return rtc.NewAPI(rtc.WithSettingEngine(se))
}

// moveTimeout bounds one direction of one repetition.
const moveTimeout = 5 * time.Minute

// PeerConnection is the native peer.
func (b *Pair) PeerConnection() *rtc.PeerConnection { return b.pc }

// Close ends the browser's program, Chromium and the native peer.
func (b *Pair) Close() { b.close() }

// ToBrowser sends total bytes to the browser and returns the time from the
// command until the browser's "got" (the data plus about one round trip).
func (b *Pair) ToBrowser(ctx context.Context, total, chunk int) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, moveTimeout)
	defer cancel()
	t0 := time.Now()
	if err := b.ch.Say("recv", fmt.Sprint(total)); err != nil {
		return 0, err
	}
	if err := flow.Send(ctx, b.ch.DataChannel, total, chunk); err != nil {
		return 0, err
	}
	if _, err := b.ch.Expect(ctx, "got", 1); err != nil {
		return 0, b.explain(err)
	}
	return time.Since(t0), nil
}

// ToNative asks the browser for total bytes and returns the time from the
// command until the last byte (about one round trip plus the data).
func (b *Pair) ToNative(ctx context.Context, total, chunk int) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, moveTimeout)
	defer cancel()
	t0 := time.Now()
	if err := b.ch.Say("send", fmt.Sprint(total), fmt.Sprint(chunk)); err != nil {
		return 0, err
	}
	if err := flow.Receive(ctx, b.ch.In, total); err != nil {
		return 0, b.explain(err)
	}
	return time.Since(t0), nil
}

// explain adds what Chromium printed to err when its process has ended.
func (b *Pair) explain(err error) error {
	select {
	case <-b.browser.Exited:
		return fmt.Errorf("%w; chromium exited: %v; it said:\n%s", err, b.browser.WaitErr, strings.TrimSpace(b.browser.Output()))
	default:
		return err
	}
}
