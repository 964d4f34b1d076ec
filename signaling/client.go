package signaling

import (
	"context"
	"fmt"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/everyrtc/rtc"
)

// Peer is the session of one PeerConnection in a room of a hub: it
// negotiates the PeerConnection with the other peer of the room, with the
// perfect negotiation pattern and trickle ICE, until Close, the end of the
// context given to Join, the other peer leaving, or an error.
//
// While the session lives it owns the PeerConnection's OnNegotiationNeeded
// and OnICECandidate handlers (Join sets them, the end of the session
// removes them): do not set them yourself. Every other handler is yours.
// Its methods are safe for concurrent use.
type Peer struct {
	pc     *rtc.PeerConnection
	conn   wsConn
	ctx    context.Context // the session: its cause is why the session ended
	cancel context.CancelCauseFunc

	paired chan struct{}
	done   chan struct{}
	polite atomic.Bool

	events     *queue[event] // for the loop goroutine, in order
	batch      []event       // the loop's events taken from the queue, not yet handled
	readerDone chan struct{}
	readErr    error // why the reader stopped; set before readerDone is closed

	err error // why the session ended; set before done is closed

	neg negotiator // the loop goroutine's
}

// event is one thing for the loop goroutine to handle.
type event struct {
	msg       *message              // a message from the hub
	err       error                 // the reader stopped, for this reason
	candidate *rtc.ICECandidateInit // a local candidate to send
	negotiate bool                  // the PeerConnection fired negotiationneeded
	restart   bool                  // RestartICE was called
}

// Join connects pc to the room of the hub at url (ws:// or wss://, the room
// in the URL, e.g. ws://127.0.0.1:8080/signal?room=demo) and negotiates it with
// the other peer of the room, for as long as ctx lives or until Close. It returns
// once the hub has accepted the peer into the room (not waiting for the other peer).
//
// pc may already have data channels and tracks, and may get more later:
// every change is negotiated once the other peer is in the room (Paired).
// Join fails with an error matching ErrInvalidURL, ErrInvalidRoom,
// ErrRoomFull or ErrHubGone, or ctx's error; it never closes pc. A
// PeerConnection has one Peer at a time: Join it again only after Done.
func Join(ctx context.Context, url string, pc *rtc.PeerConnection) (*Peer, error) {
	return join(ctx, url, pc, nil)
}

func join(ctx context.Context, hubURL string, pc *rtc.PeerConnection, hooks *testHooks) (*Peer, error) {
	if pc == nil {
		return nil, fmt.Errorf("signaling: Join: nil PeerConnection: %w", rtc.ErrInvalidArgument)
	}
	if err := checkHubURL(hubURL); err != nil {
		return nil, err
	}
	conn, err := dialHub(ctx, hubURL)
	if err != nil {
		if cause := context.Cause(ctx); cause != nil {
			return nil, fmt.Errorf("signaling: Join: %w", cause)
		}
		return nil, wrap(ErrHubGone, err, "dial %s", hubURL)
	}
	joined, err := readJoined(ctx, conn)
	if err != nil {
		_ = conn.close(statusNormalClosure, "")
		return nil, err
	}
	// The hub relays messages of up to its limit and adds small ones of its own.
	limit := int64(1 << 20)
	if joined.MaxMessageBytes > 0 {
		limit = int64(joined.MaxMessageBytes) + 4096
	}
	conn.setReadLimit(limit)

	sctx, cancel := context.WithCancelCause(ctx)
	p := &Peer{
		pc:         pc,
		conn:       conn,
		ctx:        sctx,
		cancel:     cancel,
		paired:     make(chan struct{}),
		done:       make(chan struct{}),
		events:     newQueue[event](),
		readerDone: make(chan struct{}),
	}
	p.neg = negotiator{pc: pc, send: p.send, hooks: hooks}
	pc.OnNegotiationNeeded(func() { p.events.push(event{negotiate: true}) })
	pc.OnICECandidate(func(c *rtc.ICECandidate) {
		if c != nil { // the end of candidates need not be sent
			init := c.ToJSON()
			p.events.push(event{candidate: &init})
		}
	})
	go p.read()
	go p.run()
	return p, nil
}

// checkHubURL fails unless u is a ws:// or wss:// URL with a room.
func checkHubURL(u string) error {
	parsed, err := url.Parse(u)
	if err != nil {
		return wrap(ErrInvalidURL, err, "")
	}
	if parsed.Scheme != "ws" && parsed.Scheme != "wss" {
		return wrap(ErrInvalidURL, nil, "%q: scheme %q is not ws or wss", u, parsed.Scheme)
	}
	if parsed.Query().Get("room") == "" {
		return wrap(ErrInvalidRoom, nil, "%q has no room query parameter", u)
	}
	return nil
}

// readJoined reads the hub's first message: joined, or an error.
func readJoined(ctx context.Context, conn wsConn) (*message, error) {
	text, data, err := conn.read(ctx)
	if err != nil {
		if cause := context.Cause(ctx); cause != nil {
			return nil, fmt.Errorf("signaling: Join: %w", cause)
		}
		return nil, readError(err)
	}
	if !text {
		return nil, &ProtocolError{Reason: "binary message from the hub"}
	}
	m, err := decodeMessage(data)
	if err != nil {
		return nil, err
	}
	switch m.Type {
	case typeJoined:
		return m, nil
	case typeError:
		return nil, &HubError{Code: m.Code, Message: m.Error}
	}
	return nil, &ProtocolError{Reason: fmt.Sprintf("%q message from the hub before joined", m.Type)}
}

// Polite tells the role the hub assigned: the peer that joined the room
// second is polite (it gives way when both offer at once). Valid once
// Paired is closed.
func (p *Peer) Polite() bool { return p.polite.Load() }

// Paired is closed when the other peer is in the room. It stays open if
// the session ends before: wait for Done too.
func (p *Peer) Paired() <-chan struct{} { return p.paired }

// Done is closed when the session has ended: Close, the end of Join's
// context, the other peer leaving, the hub gone, or an error. Err says why.
func (p *Peer) Done() <-chan struct{} { return p.done }

// Err is why the session ended, nil before Done is closed: ErrClosed
// after Close, the context's cause when it ended, or an error matching
// ErrPeerLeft, ErrHubGone, ErrMessageTooLarge, a *HubError, a
// *ProtocolError or a *NegotiationError.
func (p *Peer) Err() error {
	select {
	case <-p.done:
		return p.err
	default:
		return nil
	}
}

// Close leaves the room and ends the session; it does not close the
// PeerConnection. It waits for the session's goroutines to end and is
// idempotent; Err is ErrClosed unless the session had ended already.
func (p *Peer) Close() error {
	p.cancel(ErrClosed)
	<-p.done
	return nil
}

// RestartICE asks for an ICE restart: the next offer, made through the
// perfect negotiation pattern once the signaling state is stable, carries
// new ICE credentials (until an offer doing it has been answered). It fails
// with why the session ended if it has.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-restartice
func (p *Peer) RestartICE() error {
	if p.ctx.Err() != nil {
		return context.Cause(p.ctx)
	}
	p.events.push(event{restart: true})
	return nil
}

// run is the loop goroutine: it handles the events in order, one at a time,
// and makes an offer when one is wanted and the signaling state allows it.
func (p *Peer) run() {
	defer p.teardown()
	for {
		select {
		case <-p.ctx.Done():
			return
		case <-p.events.ready:
		}
		p.batch = p.events.take()
		p.neg.hooks.onTaken(p.batch)
		for len(p.batch) > 0 {
			ev := p.batch[0]
			p.batch = p.batch[1:]
			if p.ctx.Err() != nil {
				return
			}
			if err := p.handle(ev); err != nil {
				p.cancel(err)
				return
			}
		}
		if err := p.neg.offerIfWanted(); err != nil {
			p.cancel(err)
			return
		}
	}
}

func (p *Peer) handle(ev event) error {
	switch {
	case ev.err != nil:
		return ev.err
	case ev.msg != nil:
		return p.handleMessage(ev.msg)
	case ev.candidate != nil:
		if !p.neg.paired {
			return nil // nobody to send it to, and no description of ours sent
		}
		return p.send(&message{Type: typeCandidate, Candidate: ev.candidate})
	case ev.negotiate:
		p.neg.offerWanted = true
	case ev.restart:
		p.neg.restartWanted = true
	}
	return nil
}

func (p *Peer) handleMessage(m *message) error {
	switch m.Type {
	case typePaired:
		if p.neg.paired {
			return &ProtocolError{Reason: "paired twice"}
		}
		p.neg.paired, p.neg.polite = true, *m.Polite
		p.polite.Store(*m.Polite)
		close(p.paired)
		// pc may have channels or tracks from before Join, whose
		// negotiationneeded nobody heard: offer if it has anything.
		p.neg.offerWanted = true
		return nil
	case typeLeft:
		return ErrPeerLeft
	case typeError:
		return &HubError{Code: m.Code, Message: m.Error}
	case typeDescription, typeCandidate:
		if !p.neg.paired {
			return &ProtocolError{Reason: m.Type + " message before paired"}
		}
		if m.Type == typeDescription {
			return p.neg.onDescription(*m.Description)
		}
		return p.neg.onCandidate(*m.Candidate)
	}
	return &ProtocolError{Reason: fmt.Sprintf("%q message from the hub after joined", m.Type)}
}

// read is the reader goroutine: it queues the hub's messages for the loop
// until the connection ends or a message breaks the protocol.
func (p *Peer) read() {
	defer close(p.readerDone)
	for {
		text, data, err := p.conn.read(context.Background())
		var m *message
		switch {
		case err != nil:
			err = readError(err)
		case !text:
			err = &ProtocolError{Reason: "binary message from the hub"}
		default:
			m, err = decodeMessage(data)
		}
		if err != nil {
			p.readErr = err
			p.events.push(event{err: err})
			return
		}
		p.events.push(event{msg: m})
	}
}

// readError says why reading from the hub failed.
func readError(err error) error {
	if isTooBig(err) {
		return wrap(ErrMessageTooLarge, err, "the hub sent a message over this client's limit")
	}
	switch code, _, _ := closeStatus(err); code {
	case statusMessageTooBig:
		return wrap(ErrMessageTooLarge, err, "the hub refused a message of this peer")
	case statusUnsupportedData, statusInvalidPayload, statusPolicyViolation:
		return &ProtocolError{Reason: "the hub refused a message of this peer", Err: err}
	}
	return wrap(ErrHubGone, err, "")
}

// send writes m to the hub.
func (p *Peer) send(m *message) error {
	b, err := encodeMessage(m)
	if err != nil {
		return err
	}
	if err := p.conn.write(p.ctx, b); err != nil {
		return p.writeFailed(err)
	}
	return nil
}

// writeFailed says why a write failed. The connection is broken, so the
// reader is ending too, and what it read says more than the write error:
// the hub's error message, or its close frame.
func (p *Peer) writeFailed(err error) error {
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	select {
	case <-p.readerDone:
		for _, ev := range append(p.batch, p.events.take()...) {
			if ev.msg != nil && (ev.msg.Type == typeError || ev.msg.Type == typeLeft) {
				return p.handleMessage(ev.msg)
			}
		}
		return p.readErr
	case <-p.ctx.Done():
		return context.Cause(p.ctx)
	case <-t.C:
		return wrap(ErrHubGone, err, "")
	}
}

// teardown ends the session: it releases pc's handlers, leaves the room
// and waits for the reader.
func (p *Peer) teardown() {
	p.pc.OnNegotiationNeeded(nil)
	p.pc.OnICECandidate(nil)
	cause := context.Cause(p.ctx)
	reason := ""
	if cause != ErrClosed {
		reason = truncate(cause.Error(), 123)
	}
	// Only 1000 and 3000-4999 may be sent from a browser.
	_ = p.conn.close(statusNormalClosure, reason)
	<-p.readerDone
	p.err = cause
	close(p.done)
}
