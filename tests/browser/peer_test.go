//go:build js && wasm

// Package browser is the wasm peer of the cross-environment tests: the
// native TestCrossEnvironment (in the parent directory) runs it in headless
// Chromium and hands it one scenario at a time through the control
// endpoint named in RTC_E2E_CONTROL. It is not meant to be run alone.
package browser

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// scenarios are the browser sides, by e2e scenario name. Each returns a
// short note for the native log.
var scenarios = map[string]func(t *testing.T, cmd e2e.Command) string{}

// TestBrowserPeer runs the scenarios the native test hands it, each as a
// subtest, until it is told to exit (or has run the Vanish scenario, after
// which it exits at once, leaving its PeerConnection open).
func TestBrowserPeer(t *testing.T) {
	base := os.Getenv(e2e.EnvControl)
	if base == "" {
		t.Fatalf("%s is not set: this is the browser side of TestCrossEnvironment in the tests module, which runs it", e2e.EnvControl)
	}
	for {
		cmd, err := next(base)
		if err != nil {
			t.Fatalf("control: %v", err)
		}
		if cmd.Exit {
			return
		}
		run := scenarios[cmd.Scenario]
		if run == nil {
			_ = post(base, e2e.Result{ID: cmd.ID, Detail: "unknown scenario"})
			t.Fatalf("unknown scenario %q", cmd.Scenario)
		}
		t.Run(cmd.Scenario, func(t *testing.T) {
			var detail string
			defer func() {
				if err := post(base, e2e.Result{ID: cmd.ID, OK: !t.Failed(), Detail: detail}); err != nil {
					t.Errorf("control: posting the result: %v", err)
					return
				}
				if cmd.Scenario == e2e.ScenarioVanish {
					return // the test ends now: see TestBrowserPeer
				}
				if err := release(base, cmd.ID); err != nil {
					t.Errorf("control: waiting for the native side: %v", err)
				}
			}()
			t.Logf("scenario %s, signaling %s", cmd.Scenario, cmd.Signal)
			detail = run(t, cmd)
		})
		if cmd.Scenario == e2e.ScenarioVanish {
			return
		}
	}
}

var client = &http.Client{}

func next(base string) (e2e.Command, error) {
	var cmd e2e.Command
	resp, err := client.Get(base + "/next")
	if err != nil {
		return cmd, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return cmd, fmt.Errorf("GET next: %s", resp.Status)
	}
	err = json.NewDecoder(resp.Body).Decode(&cmd)
	return cmd, err
}

func post(base string, res e2e.Result) error {
	body, err := json.Marshal(res)
	if err != nil {
		return err
	}
	resp, err := client.Post(base+"/result", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("POST result: %s", resp.Status)
	}
	return nil
}

func release(base string, id int) error {
	resp, err := client.Get(fmt.Sprintf("%s/release?id=%d", base, id))
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("GET release: %s", resp.Status)
	}
	return nil
}

// scenarioTimeout bounds each wait of a browser scenario.
const scenarioTimeout = 40 * time.Second

// timeout is a context for one wait.
func timeout(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}
