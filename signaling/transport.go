package signaling

import "context"

// wsConn is the client's WebSocket to the hub: coder/websocket natively
// (transport_native.go), the browser's own WebSocket in WebAssembly
// (transport_js.go), which delivers every message received before the close
// and reports the close status, and keeps net/http out of the wasm binary.
type wsConn interface {
	// read returns the next message, text or binary, in the order they
	// arrived. Once the connection has ended it fails with an error that
	// closeStatus and isTooBig read.
	read(ctx context.Context) (text bool, data []byte, err error)
	// write sends a text message.
	write(ctx context.Context, data []byte) error
	// close sends a close frame (1000 or 3000-4999 from a browser; reason
	// at most 123 bytes) and waits, a few seconds at most, for the
	// connection to end.
	close(code int, reason string) error
	// setReadLimit bounds the size of a message read accepts.
	setReadLimit(n int64)
}

// WebSocket close statuses (RFC 6455 section 7.4.1).
const (
	statusNormalClosure   = 1000
	statusUnsupportedData = 1003
	statusInvalidPayload  = 1007
	statusPolicyViolation = 1008
	statusMessageTooBig   = 1009
)
