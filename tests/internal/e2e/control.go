// Package e2e is the code both peers of the cross-environment tests share:
// the commands the native test sends to the browser through the control
// endpoint, and scenario steps written once against the rtc API, which the
// native peer and the wasm peer in Chromium run unchanged.
package e2e

// EnvControl names the environment variable that carries the control
// endpoint's URL (http://127.0.0.1:PORT/control) to the browser test.
// wasmbrowsertest passes the host environment to the page.
const EnvControl = "RTC_E2E_CONTROL"

// Command is one scenario the browser peer runs, fetched from
// CONTROL/next. The browser posts a Result to CONTROL/result when its side
// is done, then waits on CONTROL/release?id=ID until the native side is
// done too, and only then closes its PeerConnection.
type Command struct {
	ID       int    `json:"id"`
	Scenario string `json:"scenario"`
	// Signal is the signaling URL with the scenario's room,
	// ws://127.0.0.1:PORT/signal?room=NAME.
	Signal string `json:"signal"`
	// Signal2 is a second room, for a scenario with two connections.
	Signal2 string `json:"signal2,omitempty"`
	// TURN, when set, is the only ICE server, with relay-only ICE.
	TURN *TURN `json:"turn,omitempty"`
	// Exit ends the browser test: no scenario follows.
	Exit bool `json:"exit,omitempty"`
}

// TURN is a TURN server with a long-term credential.
type TURN struct {
	URL        string `json:"url"`
	Username   string `json:"username"`
	Credential string `json:"credential"`
	// RelayIP and the port range are where the server allocates relayed
	// addresses: a relay candidate outside them was not made by it.
	RelayIP string `json:"relayIP"`
	MinPort int    `json:"minPort"`
	MaxPort int    `json:"maxPort"`
}

// Result is the browser's verdict on its side of a scenario.
type Result struct {
	ID int  `json:"id"`
	OK bool `json:"ok"`
	// Detail is a short note for the native log (what was measured).
	Detail string `json:"detail,omitempty"`
}

// Scenario names, in the order the native test runs them.
const (
	ScenarioData          = "Data"
	ScenarioMedia         = "Media"
	ScenarioRenegotiation = "Renegotiation"
	ScenarioICERestart    = "ICERestart"
	ScenarioRelay         = "Relay"
	ScenarioVanish        = "Vanish"
)
