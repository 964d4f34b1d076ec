//go:build !js

package tests

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/signaling"
	"github.com/everyrtc/rtc/tests/internal/e2e"
	"github.com/pion/webrtc/v4"
)

// TestCrossEnvironment runs each scenario between a native peer (here) and
// a wasm peer in headless Chromium, which talk through the signaling hub.
// One browser runs every scenario, in this order; Vanish ends it.
func TestCrossEnvironment(t *testing.T) {
	e := newEnv(t)
	t.Run(e2e.ScenarioData, e.testData)
	t.Run(e2e.ScenarioMedia, e.testMedia)
	t.Run(e2e.ScenarioRenegotiation, e.testRenegotiation)
	t.Run(e2e.ScenarioICERestart, e.testICERestart)
	t.Run(e2e.ScenarioRelay, e.testRelay)
	t.Run(e2e.ScenarioVanish, e.testVanish)
	if !e.browserGone {
		select {
		case e.control.commands <- e2e.Command{Exit: true}:
		case <-e.browser.done:
		case <-time.After(handTimeout):
			t.Fatalf("the browser peer did not ask for its next scenario within %v", handTimeout)
		}
	}
	e.browser.wait(t)
}

// env is what the scenarios share: one HTTP server on 127.0.0.1 with the
// signaling hub (/signal) and the browser's control endpoint (/control/),
// and the browser peer.
type env struct {
	srv         *httptest.Server
	control     *control
	browser     *browser
	browserGone bool // after Vanish
}

func newEnv(t *testing.T) *env {
	e := &env{control: newControl()}
	hub := signaling.NewHub(signaling.HubOptions{})
	mux := http.NewServeMux()
	mux.Handle("/signal", hub)
	mux.Handle("/control/", e.control)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		hub.Close()
		e.srv.Close()
	})
	e.browser = launchBrowser(t, e.srv.URL+"/control")
	return e
}

// room returns the signaling URL of a room of its own for scenario.
func (e *env) room(scenario string) string {
	return fmt.Sprintf("ws%s/signal?room=%s-%s", strings.TrimPrefix(e.srv.URL, "http"), strings.ToLower(scenario), rand.Text()[:8])
}

// begin hands the scenario to the browser.
func (e *env) begin(t *testing.T, cmd e2e.Command) *browserRun {
	t.Helper()
	if e.browserGone {
		t.Fatal("the browser peer has exited")
	}
	return e.control.start(t, e.browser, cmd)
}

// nativeAPI is the native peer's API: UDP over IPv4 on every interface but
// loopback (Chromium's mDNS host candidates resolve to eth0's address),
// and, with short, ICE timeouts that detect a vanished peer in seconds.
func nativeAPI(short bool) *rtc.API {
	var s webrtc.SettingEngine
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	if short {
		s.SetICETimeouts(2*time.Second, 4*time.Second, 500*time.Millisecond)
	}
	return rtc.NewAPI(rtc.WithSettingEngine(s))
}

// peer is the native PeerConnection of a scenario, joined to the signaling
// room of cmd.
func (e *env) newPC(t *testing.T, cmd e2e.Command, api *rtc.API) *rtc.PeerConnection {
	t.Helper()
	pc, err := api.NewPeerConnection(e2e.Configuration(cmd))
	if err != nil {
		t.Fatalf("NewPeerConnection: %v", err)
	}
	t.Cleanup(func() { _ = pc.Close() })
	return pc
}

// join joins pc to cmd's signaling room.
func join(t *testing.T, cmd e2e.Command, pc *rtc.PeerConnection) *e2e.Peer {
	t.Helper()
	p, err := e2e.Join(ctx(t, waitTimeout), cmd.Signal, pc)
	if err != nil {
		t.Fatalf("signaling.Join(%s): %v", cmd.Signal, err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

// waitTimeout bounds each wait of a native scenario.
const waitTimeout = 40 * time.Second

// ctx is a context for one wait, ending with the test.
func ctx(t *testing.T, d time.Duration) context.Context {
	c, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return c
}

// check fails t with err, if any.
func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
