// Package report holds what the demo's browser client measured, as it posts
// it to the server (JSON), and the table the server prints.
package report

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Results is one run of the demo scenario, measured in the browser.
type Results struct {
	UserAgent string   `json:"userAgent"`
	States    []string `json:"states"`  // connection states in the order they were seen
	Setup     float64  `json:"setupMs"` // signaling join to data channel open

	Seconds      float64 `json:"seconds"`      // how long the client sent
	SentBytes    uint64  `json:"sentBytes"`    // payload the client sent
	EchoedBytes  uint64  `json:"echoedBytes"`  // payload that came back, checked
	Messages     uint64  `json:"messages"`     // messages that came back, checked
	MessageBytes int     `json:"messageBytes"` // size of each message

	StatsRTT      float64 `json:"statsRttMs"` // selected pair's currentRoundTripTime, last seen
	PingRTT       float64 `json:"pingRttMs"`  // median round trip of ping messages
	Pings         int     `json:"pings"`      // ping round trips measured
	LocalType     string  `json:"localType"`  // selected pair's local candidate type
	RemoteType    string  `json:"remoteType"` // and the remote one
	StatsBytesOut uint64  `json:"statsBytesSent"`
	StatsBytesIn  uint64  `json:"statsBytesReceived"`

	Error string `json:"error,omitempty"` // what went wrong, if anything
}

// Check reports what makes r a failed run: an error, no connection, or
// data that did not all come back intact.
func (r Results) Check() error {
	var errs []error
	if r.Error != "" {
		errs = append(errs, errors.New(r.Error))
	}
	if !slices.Contains(r.States, "connected") {
		errs = append(errs, fmt.Errorf("never connected (states %v)", r.States))
	}
	if r.SentBytes == 0 || r.EchoedBytes != r.SentBytes {
		errs = append(errs, fmt.Errorf("%d bytes sent, %d echoed back", r.SentBytes, r.EchoedBytes))
	}
	if r.Pings == 0 {
		errs = append(errs, errors.New("no ping came back"))
	}
	return errors.Join(errs...)
}

// Table is r as a Markdown table.
func (r Results) Table() string {
	mbps := func(n uint64) string {
		if r.Seconds <= 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f MB/s", float64(n)/r.Seconds/1e6)
	}
	rows := [][2]string{
		{"browser", r.UserAgent},
		{"connection states", strings.Join(r.States, " → ")},
		{"selected candidate pair", r.LocalType + " ↔ " + r.RemoteType},
		{"join → channel open", fmt.Sprintf("%.0f ms", r.Setup)},
		{"sent (browser → native)", fmt.Sprintf("%.1f MB in %.1f s, %s", float64(r.SentBytes)/1e6, r.Seconds, mbps(r.SentBytes))},
		{"echoed back and checked", fmt.Sprintf("%.1f MB, %d messages of %d bytes, %s", float64(r.EchoedBytes)/1e6, r.Messages, r.MessageBytes, mbps(r.EchoedBytes))},
		{"bytes on the pair (GetStats)", fmt.Sprintf("%.1f MB sent, %.1f MB received", float64(r.StatsBytesOut)/1e6, float64(r.StatsBytesIn)/1e6)},
		{"round trip (GetStats)", fmt.Sprintf("%.2f ms", r.StatsRTT)},
		{"round trip (ping, median)", fmt.Sprintf("%.2f ms over %d pings", r.PingRTT, r.Pings)},
	}
	var b strings.Builder
	b.WriteString("| | |\n| --- | --- |\n")
	for _, row := range rows {
		fmt.Fprintf(&b, "| %s | %s |\n", row[0], row[1])
	}
	if err := r.Check(); err != nil {
		fmt.Fprintf(&b, "| **failed** | %s |\n", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	return b.String()
}
