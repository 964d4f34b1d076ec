//go:build !js

package signaling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// HubOptions configure a Hub. The zero value is ready to use.
type HubOptions struct {
	// MaxMessageBytes is the largest message a peer may send; a larger one
	// closes that peer's connection (status 1009). Zero means 64 KiB.
	MaxMessageBytes int

	// MaxPeersPerRoom is fixed at 2: a room is a pair. Zero means 2; any
	// other value is treated as 2 (and reported through Logf).
	MaxPeersPerRoom int

	// Logf, if set, receives a line for each peer that joins, leaves or is
	// refused, and for each connection closed for a bad message.
	Logf func(format string, args ...any)

	// OriginPatterns lists the origins allowed to connect, as host patterns
	// ("example.com", "*.example.com", "localhost:*") matched like
	// coder/websocket's AcceptOptions.OriginPatterns. When empty, any origin
	// is accepted.
	OriginPatterns []string
}

// Hub is the native signaling server: an http.Handler that upgrades each
// request to a WebSocket, puts the peer in the room named by the request's
// room query parameter, pairs the two peers of a room and relays their
// messages (see the package documentation for the wire format). The first
// peer of a pair is impolite, the second polite; when one leaves, the other
// is told ("left") and is paired again, impolite, with the next peer to
// join. A peer that breaks the protocol or sends too large a message is
// closed alone; every other connection and room carries on.
type Hub struct {
	maxBytes int
	logf     func(format string, args ...any)
	accept   websocket.AcceptOptions

	mu     sync.Mutex
	rooms  map[string][]*hubPeer // at most peersPerRoom each, in joining order
	peers  map[*hubPeer]struct{} // the peers in a room
	closed bool
	wg     sync.WaitGroup // the running ServeHTTP calls
}

const (
	peersPerRoom       = 2
	defaultMaxBytes    = 64 << 10
	maxPendingMessages = 256              // per peer, before the hub gives up on it
	writeTimeout       = 10 * time.Second // per message
	pingInterval       = 30 * time.Second // finds peers gone without closing
)

// NewHub makes a Hub.
func NewHub(opts HubOptions) *Hub {
	h := &Hub{
		maxBytes: opts.MaxMessageBytes,
		logf:     opts.Logf,
		accept: websocket.AcceptOptions{
			OriginPatterns:     opts.OriginPatterns,
			InsecureSkipVerify: len(opts.OriginPatterns) == 0,
		},
		rooms: map[string][]*hubPeer{},
		peers: map[*hubPeer]struct{}{},
	}
	if h.maxBytes <= 0 {
		h.maxBytes = defaultMaxBytes
	}
	if h.logf == nil {
		h.logf = func(string, ...any) {}
	}
	if opts.MaxPeersPerRoom != 0 && opts.MaxPeersPerRoom != peersPerRoom {
		h.logf("signaling: MaxPeersPerRoom %d ignored: a room holds %d peers", opts.MaxPeersPerRoom, peersPerRoom)
	}
	return h
}

// ServeHTTP upgrades the request to a WebSocket and serves the peer until
// it leaves. After Close it answers 503 Service Unavailable.
func (h *Hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !h.begin() {
		http.Error(w, "signaling: hub closed", http.StatusServiceUnavailable)
		return
	}
	defer h.wg.Done()
	conn, err := websocket.Accept(w, r, &h.accept)
	if err != nil {
		h.logf("signaling: %s: %v", r.RemoteAddr, err) // Accept has answered the request
		return
	}
	p := &hubPeer{conn: conn, room: r.URL.Query().Get("room"), remote: r.RemoteAddr,
		wake: make(chan struct{}, 1), writerDone: make(chan struct{})}
	go p.writeLoop()
	h.serve(p)
	p.stop()
	<-p.writerDone
	_ = conn.CloseNow()
}

// Close closes every connection (status 1001, "hub closed") and waits for
// them to end. Later requests are answered 503.
func (h *Hub) Close() error {
	h.mu.Lock()
	h.closed = true
	for p := range h.peers {
		p.closeWith(websocket.StatusGoingAway, "hub closed")
	}
	h.mu.Unlock()
	h.wg.Wait()
	return nil
}

// begin counts a ServeHTTP call, unless the hub is closed.
func (h *Hub) begin() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.wg.Add(1)
	return true
}

// serve puts p in its room and relays its messages until it leaves or is
// refused.
func (h *Hub) serve(p *hubPeer) {
	if p.room == "" || len(p.room) > maxRoomBytes {
		h.logf("signaling: %s: invalid room %q", p.remote, truncate(p.room, 64))
		p.reject(CodeInvalidRoom, websocket.StatusPolicyViolation,
			fmt.Sprintf("the room query parameter must have 1 to %d bytes", maxRoomBytes))
		return
	}
	if !h.join(p) {
		return
	}
	for {
		typ, r, err := p.conn.Reader(context.Background())
		if err != nil {
			h.leave(p, err)
			return
		}
		data, err := io.ReadAll(io.LimitReader(r, int64(h.maxBytes)+1))
		if err != nil {
			h.leave(p, err)
			return
		}
		if len(data) > h.maxBytes {
			h.refuse(p, CodeMessageTooLarge, websocket.StatusMessageTooBig,
				fmt.Sprintf("message larger than %d bytes", h.maxBytes))
			return
		}
		if typ != websocket.MessageText {
			h.refuse(p, CodeMalformedMessage, websocket.StatusUnsupportedData, "binary message (messages are JSON text)")
			return
		}
		m, err := decodeMessage(data)
		if err != nil {
			pe := &ProtocolError{}
			errors.As(err, &pe)
			status := websocket.StatusPolicyViolation
			reason := pe.Reason
			if pe.undecodable {
				status = websocket.StatusInvalidFramePayloadData
				reason += ": " + pe.Err.Error()
			}
			h.refuse(p, CodeMalformedMessage, status, reason)
			return
		}
		if m.Type != typeDescription && m.Type != typeCandidate {
			h.refuse(p, CodeMalformedMessage, websocket.StatusPolicyViolation,
				fmt.Sprintf("%q message from a peer (peers send description and candidate)", m.Type))
			return
		}
		h.relay(p, data)
	}
}

// join puts p in its room, pairing it with the peer there. It refuses p
// if the room is full or the hub closed.
func (h *Hub) join(p *hubPeer) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		p.closeWith(websocket.StatusGoingAway, "hub closed")
		return false
	}
	others := h.rooms[p.room]
	if len(others) >= peersPerRoom {
		h.logf("signaling: room %q: %s refused: room full", p.room, p.remote)
		p.reject(CodeRoomFull, websocket.StatusPolicyViolation, fmt.Sprintf("room %q is full", truncate(p.room, 80)))
		return false
	}
	h.rooms[p.room] = append(others, p)
	h.peers[p] = struct{}{}
	h.logf("signaling: room %q: %s joined (%d/%d)", p.room, p.remote, len(others)+1, peersPerRoom)
	p.send(mustEncode(&message{Type: typeJoined, MaxMessageBytes: h.maxBytes}))
	if len(others) == 1 {
		// The peer that was there is impolite, the newcomer polite.
		impolite, polite := false, true
		others[0].send(mustEncode(&message{Type: typePaired, Polite: &impolite}))
		p.send(mustEncode(&message{Type: typePaired, Polite: &polite}))
	}
	return true
}

// leave takes p out of its room and tells the other peer, unless the hub is
// closing (then the other is closed too).
func (h *Hub) leave(p *hubPeer, why error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.peers[p]; !ok {
		return
	}
	delete(h.peers, p)
	rest := slices.DeleteFunc(slices.Clone(h.rooms[p.room]), func(q *hubPeer) bool { return q == p })
	if len(rest) == 0 {
		delete(h.rooms, p.room)
	} else {
		h.rooms[p.room] = rest
	}
	h.logf("signaling: room %q: %s left: %v", p.room, p.remote, why)
	if !h.closed {
		for _, q := range rest {
			q.send(mustEncode(&message{Type: typeLeft}))
		}
	}
}

// refuse closes p for a bad message: it leaves the room, gets an error
// message and the close status.
func (h *Hub) refuse(p *hubPeer, code string, status websocket.StatusCode, reason string) {
	h.leave(p, fmt.Errorf("closed (%d): %s", status, reason))
	p.reject(code, status, reason)
}

// relay sends a message of p to the other peer of its room. Without one
// (it has not joined yet, or just left) the message is dropped.
func (h *Hub) relay(p *hubPeer, data []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, q := range h.rooms[p.room] {
		if q != p {
			q.send(data)
		}
	}
}

// mustEncode encodes the hub's own messages, which always encode.
func mustEncode(m *message) []byte {
	b, _ := encodeMessage(m)
	return b
}

// hubPeer is one connection to the hub. Its messages are written, in
// order, by its own writer goroutine, so that the hub never blocks on a
// slow peer while holding its lock.
type hubPeer struct {
	conn   *websocket.Conn
	room   string
	remote string

	mu          sync.Mutex
	pending     [][]byte
	closeCode   websocket.StatusCode // non-zero: close with it once pending is written
	closeReason string
	stopped     bool // the connection is over: write nothing more
	wake        chan struct{}
	writerDone  chan struct{}
}

// send queues a message. A peer that lets maxPendingMessages pile up is
// closed.
func (p *hubPeer) send(b []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closeCode != 0 || p.stopped {
		return
	}
	if len(p.pending) >= maxPendingMessages {
		p.pending = nil
		p.closeCode, p.closeReason = websocket.StatusPolicyViolation, "too many messages waiting to be read"
	} else {
		p.pending = append(p.pending, b)
	}
	p.signal()
}

// reject sends an error message, then closes the connection with status.
func (p *hubPeer) reject(code string, status websocket.StatusCode, reason string) {
	p.send(mustEncode(&message{Type: typeError, Code: code, Error: reason}))
	p.closeWith(status, reason)
}

// closeWith closes the connection with status once the queued messages
// are written.
func (p *hubPeer) closeWith(status websocket.StatusCode, reason string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closeCode == 0 {
		p.closeCode, p.closeReason = status, truncate(reason, 123)
	}
	p.signal()
}

// stop ends the writer: the connection is over, unless a close is queued.
func (p *hubPeer) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopped = true
	p.signal()
}

func (p *hubPeer) signal() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// writeLoop is the peer's writer goroutine; it also pings the peer, so a
// peer gone without closing (its host down) leaves its room.
func (p *hubPeer) writeLoop() {
	defer close(p.writerDone)
	ping := time.NewTicker(pingInterval)
	defer ping.Stop()
	for {
		select {
		case <-p.wake:
		case <-ping.C:
			ctx, cancel := context.WithTimeout(context.Background(), writeTimeout)
			err := p.conn.Ping(ctx)
			cancel()
			if err != nil {
				_ = p.conn.CloseNow()
				return
			}
			continue
		}
		p.mu.Lock()
		pending, code, reason, stopped := p.pending, p.closeCode, p.closeReason, p.stopped
		p.pending = nil
		p.mu.Unlock()
		if stopped && code == 0 {
			return
		}
		for _, b := range pending {
			ctx, cancel := context.WithTimeout(context.Background(), writeTimeout)
			err := p.conn.Write(ctx, websocket.MessageText, b)
			cancel()
			if err != nil {
				_ = p.conn.CloseNow()
				return
			}
		}
		if code != 0 {
			_ = p.conn.Close(code, reason)
			return
		}
	}
}
