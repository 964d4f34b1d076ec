package rtc

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func dcU16(v uint16) *uint16 { return &v }
func dcBool(v bool) *bool    { return &v }
func dcStr(s string) *string { return &s }

// dcLog records a channel's events in the order its handlers ran.
type dcLog struct {
	mu     sync.Mutex
	events []string
	msgs   []DataChannelMessage
	opens  int
	closes int
	errs   int
	lows   int
}

func (l *dcLog) add(ev string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, ev)
	switch ev {
	case "open":
		l.opens++
	case "close":
		l.closes++
	case "error":
		l.errs++
	case "low":
		l.lows++
	}
}

func (l *dcLog) message(m DataChannelMessage) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, "message")
	l.msgs = append(l.msgs, m)
}

// watch sets every handler of dc to record into the log.
func (l *dcLog) watch(dc *DataChannel) {
	dc.OnOpen(func() { l.add("open") })
	dc.OnClose(func() { l.add("close") })
	dc.OnError(func(error) { l.add("error") })
	dc.OnBufferedAmountLow(func() { l.add("low") })
	dc.OnMessage(l.message)
}

func (l *dcLog) snapshot() (events []string, msgs []DataChannelMessage) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.events...), append([]DataChannelMessage(nil), l.msgs...)
}

func (l *dcLog) count(f func(*dcLog) int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return f(l)
}

func (l *dcLog) numMessages() int { return l.count(func(l *dcLog) int { return len(l.msgs) }) }
func (l *dcLog) numCloses() int   { return l.count(func(l *dcLog) int { return l.closes }) }

// dcOpenMany creates one channel per label on p.a, connects, and returns
// both ends of each once all are open.
func dcOpenMany(p *pair, inits map[string]*DataChannelInit) (local, remote map[string]*DataChannel) {
	p.t.Helper()
	local = map[string]*DataChannel{}
	remote = map[string]*DataChannel{}
	var mu sync.Mutex
	var opened atomic.Int32
	for label, init := range inits {
		dc, err := p.a.CreateDataChannel(label, init)
		if err != nil {
			p.t.Fatalf("CreateDataChannel(%q): %v", label, err)
		}
		dc.OnOpen(func() { opened.Add(1) })
		local[label] = dc
	}
	p.b.OnDataChannel(func(d *DataChannel) {
		mu.Lock()
		remote[d.Label()] = d
		mu.Unlock()
		d.OnOpen(func() { opened.Add(1) })
	})
	p.connect()
	eventually(p.t, "all channels open on both ends", func() bool { return int(opened.Load()) == 2*len(inits) })
	mu.Lock()
	defer mu.Unlock()
	return local, remote
}

// dcRoundTrip opens a new channel on an already connected pair and passes
// one message each way on it: by then, events the peers produced before
// have had a network round trip to show up. It replaces p.b's
// OnDataChannel handler with one that also calls also, if not nil.
func dcRoundTrip(t *testing.T, p *pair, label string, also func(*DataChannel)) {
	t.Helper()
	got := make(chan string, 2)
	p.b.OnDataChannel(func(d *DataChannel) {
		if also != nil {
			also(d)
		}
		if d.Label() != label {
			return
		}
		d.OnMessage(func(m DataChannelMessage) {
			got <- "b:" + string(m.Data)
			_ = d.SendText("pong")
		})
	})
	dc, err := p.a.CreateDataChannel(label, nil)
	if err != nil {
		t.Fatalf("CreateDataChannel(%q): %v", label, err)
	}
	dc.OnMessage(func(m DataChannelMessage) { got <- "a:" + string(m.Data) })
	dc.OnOpen(func() { _ = dc.SendText("ping") })
	if m := recv(t, got, "ping"); m != "b:ping" {
		t.Fatalf("round trip: got %q, want b:ping", m)
	}
	if m := recv(t, got, "pong"); m != "a:pong" {
		t.Fatalf("round trip: got %q, want a:pong", m)
	}
}

func dcCheckMessages(t *testing.T, what string, got, want []DataChannelMessage) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d messages, want %d", what, len(got), len(want))
	}
	for i := range want {
		if got[i].IsString != want[i].IsString || !bytes.Equal(got[i].Data, want[i].Data) {
			t.Fatalf("%s: message %d is {IsString:%v Data:%q}, want {IsString:%v Data:%q}",
				what, i, got[i].IsString, got[i].Data, want[i].IsString, want[i].Data)
		}
	}
}

func dcSendAll(t *testing.T, dc *DataChannel, msgs []DataChannelMessage) {
	t.Helper()
	for i, m := range msgs {
		var err error
		if m.IsString {
			err = dc.SendText(string(m.Data))
		} else {
			err = dc.Send(m.Data)
		}
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
}

func TestDataChannelTextAndBinaryBothWays(t *testing.T) {
	p := newPair(t, true)
	a, b := p.openChannels("text-binary", nil)
	var la, lb dcLog
	a.OnMessage(la.message)
	b.OnMessage(lb.message)

	every := make([]byte, 256)
	for i := range every {
		every[i] = byte(i)
	}
	msgs := []DataChannelMessage{
		{IsString: true, Data: []byte("hello")},
		{IsString: false, Data: []byte("hello")},
		{IsString: true, Data: []byte("héllo wörld ✓ 日本語 🎉")},
		{IsString: false, Data: every},
		{IsString: false, Data: []byte{0}},
		{IsString: true, Data: bytes.Repeat([]byte("x"), 16<<10)},
		{IsString: false, Data: bytes.Repeat([]byte{0xfe, 0x00}, 8<<10)},
	}
	dcSendAll(t, a, msgs)
	dcSendAll(t, b, msgs)
	eventually(t, "all messages on both ends", func() bool {
		return la.numMessages() >= len(msgs) && lb.numMessages() >= len(msgs)
	})
	_, got := lb.snapshot()
	dcCheckMessages(t, "a->b", got, msgs)
	_, got = la.snapshot()
	dcCheckMessages(t, "b->a", got, msgs)
}

func TestDataChannelManyMessagesInOrder(t *testing.T) {
	const n = 10000
	p := newPair(t, true)
	a, b := p.openChannels("many", nil)

	var next atomic.Int64 // the sequence number expected next
	bad := make(chan string, 1)
	done := make(chan struct{})
	b.OnMessage(func(m DataChannelMessage) {
		want := next.Load()
		var got int64 = -1
		if !m.IsString && len(m.Data) == 12 && string(m.Data[8:]) == "seq!" {
			got = int64(binary.BigEndian.Uint64(m.Data))
		}
		if got != want {
			select {
			case bad <- fmt.Sprintf("message %d: got sequence %d (%d bytes)", want, got, len(m.Data)):
			default:
			}
		}
		if next.Add(1) == n {
			close(done)
		}
	})
	buf := make([]byte, 12)
	copy(buf[8:], "seq!")
	for i := range n {
		binary.BigEndian.PutUint64(buf, uint64(i))
		if err := a.Send(buf); err != nil {
			t.Fatalf("Send %d: %v", i, err)
		}
	}
	select {
	case <-done:
	case msg := <-bad:
		t.Fatal(msg)
	case <-time.After(testTimeout):
		t.Fatalf("timed out: %d of %d messages arrived", next.Load(), n)
	}
	select {
	case msg := <-bad:
		t.Fatal(msg)
	default:
	}
}

func TestDataChannelBackpressure16MiB(t *testing.T) {
	const (
		chunk     = 64 << 10
		total     = 16 << 20
		lowMark   = 256 << 10
		highWater = 1 << 20
	)
	p := newPair(t, true)
	a, b := p.openChannels("bulk", nil)

	recvHash := sha256.New()
	var recvBytes, recvMsgs atomic.Int64
	var wrongSize atomic.Int64
	done := make(chan struct{})
	b.OnMessage(func(m DataChannelMessage) {
		if m.IsString || len(m.Data) != chunk {
			wrongSize.Add(1)
		}
		recvHash.Write(m.Data)
		if recvBytes.Add(int64(len(m.Data))) == total {
			close(done)
		}
		recvMsgs.Add(1)
	})

	a.SetBufferedAmountLowThreshold(lowMark)
	if got := a.BufferedAmountLowThreshold(); got != lowMark {
		t.Fatalf("BufferedAmountLowThreshold = %d, want %d", got, lowMark)
	}
	low := make(chan struct{}, 1)
	var lows atomic.Int64
	a.OnBufferedAmountLow(func() {
		lows.Add(1)
		select {
		case low <- struct{}{}:
		default:
		}
	})

	rng := rand.NewChaCha8([32]byte{'e', 'v', 'e', 'r', 'y', 'r', 't', 'c'})
	sendHash := sha256.New()
	data := make([]byte, chunk)
	var maxSeen uint64
	for sent := 0; sent < total; sent += chunk {
		// Wait while another chunk would take the buffer over the mark.
		// Only waits while above the mark (> the low threshold), so a
		// bufferedamountlow event is bound to come.
		for a.BufferedAmount()+chunk > highWater {
			select {
			case <-low:
			case <-time.After(testTimeout):
				t.Fatalf("no bufferedamountlow after %d bytes (buffered %d)", sent, a.BufferedAmount())
			}
		}
		_, _ = rng.Read(data)
		sendHash.Write(data)
		if err := a.Send(data); err != nil {
			t.Fatalf("Send at %d: %v", sent, err)
		}
		ba := a.BufferedAmount()
		if ba > highWater {
			t.Fatalf("BufferedAmount %d exceeds the high-water mark %d after %d bytes", ba, highWater, sent+chunk)
		}
		maxSeen = max(maxSeen, ba)
	}
	select {
	case <-done:
	case <-time.After(testTimeout):
		t.Fatalf("timed out: received %d of %d bytes", recvBytes.Load(), total)
	}
	if maxSeen == 0 {
		t.Fatalf("BufferedAmount never rose above 0 while sending %d bytes", total)
	}
	if lows.Load() == 0 {
		t.Fatalf("OnBufferedAmountLow never fired while sending %d bytes through a %d byte window", total, highWater)
	}
	if n := recvMsgs.Load(); n != total/chunk {
		t.Fatalf("received %d messages, want %d", n, total/chunk)
	}
	if n := wrongSize.Load(); n != 0 {
		t.Fatalf("%d messages were not binary %d-byte chunks", n, chunk)
	}
	if !bytes.Equal(sendHash.Sum(nil), recvHash.Sum(nil)) {
		t.Fatal("SHA-256 of the received bytes differs from that of the sent bytes")
	}
	eventually(t, "BufferedAmount drained to 0", func() bool { return a.BufferedAmount() == 0 })
}

// dcWantReliability checks the reliability getters of one end.
func dcWantReliability(t *testing.T, end string, dc *DataChannel, ordered bool, rexmit, lifetime *uint16) {
	t.Helper()
	if got := dc.Ordered(); got != ordered {
		t.Errorf("%s %q: Ordered = %v, want %v", end, dc.Label(), got, ordered)
	}
	if got := dc.MaxRetransmits(); !dcEqualPtr(got, rexmit) {
		t.Errorf("%s %q: MaxRetransmits = %s, want %s", end, dc.Label(), dcFmtPtr(got), dcFmtPtr(rexmit))
	}
	if got := dc.MaxPacketLifeTime(); !dcEqualPtr(got, lifetime) {
		t.Errorf("%s %q: MaxPacketLifeTime = %s, want %s", end, dc.Label(), dcFmtPtr(got), dcFmtPtr(lifetime))
	}
}

func dcEqualPtr(a, b *uint16) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func dcFmtPtr(v *uint16) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprint(*v)
}

func TestDataChannelUnorderedAndUnreliable(t *testing.T) {
	type want struct {
		ordered          bool
		rexmit, lifetime *uint16
	}
	cases := map[string]struct {
		init *DataChannelInit
		want want
	}{
		"unordered":           {&DataChannelInit{Ordered: dcBool(false)}, want{false, nil, nil}},
		"rexmit0":             {&DataChannelInit{MaxRetransmits: dcU16(0)}, want{true, dcU16(0), nil}},
		"lifetime":            {&DataChannelInit{MaxPacketLifeTime: dcU16(500)}, want{true, nil, dcU16(500)}},
		"unordered-rexmit0":   {&DataChannelInit{Ordered: dcBool(false), MaxRetransmits: dcU16(0)}, want{false, dcU16(0), nil}},
		"unordered-lifetime":  {&DataChannelInit{Ordered: dcBool(false), MaxPacketLifeTime: dcU16(1000)}, want{false, nil, dcU16(1000)}},
		"ordered-reliable":    {&DataChannelInit{Ordered: dcBool(true)}, want{true, nil, nil}},
		"default-is-reliable": {nil, want{true, nil, nil}},
	}
	inits := map[string]*DataChannelInit{}
	for label, c := range cases {
		inits[label] = c.init
	}
	p := newPair(t, true)
	local, remote := dcOpenMany(p, inits)

	const n = 20
	logs := map[string]*dcLog{}
	for label, c := range cases {
		l, r := local[label], remote[label]
		if r == nil {
			t.Fatalf("no remote channel %q", label)
		}
		dcWantReliability(t, "local", l, c.want.ordered, c.want.rexmit, c.want.lifetime)
		dcWantReliability(t, "remote", r, c.want.ordered, c.want.rexmit, c.want.lifetime)
		logs[label] = &dcLog{}
		r.OnMessage(logs[label].message)
	}
	for label := range cases {
		for i := range n {
			if err := local[label].SendText(fmt.Sprintf("%s %d", label, i)); err != nil {
				t.Fatalf("%s: SendText %d: %v", label, i, err)
			}
		}
	}
	// Loopback loses nothing, so even the unreliable channels deliver all;
	// unordered ones may reorder, so compare as sets.
	for label := range cases {
		eventually(t, label+" messages", func() bool { return logs[label].numMessages() >= n })
		_, msgs := logs[label].snapshot()
		seen := map[string]bool{}
		for _, m := range msgs {
			if !m.IsString {
				t.Fatalf("%s: binary message %q", label, m.Data)
			}
			seen[string(m.Data)] = true
		}
		for i := range n {
			if s := fmt.Sprintf("%s %d", label, i); !seen[s] {
				t.Fatalf("%s: message %q missing (got %d messages)", label, s, len(msgs))
			}
		}
		if len(msgs) != n {
			t.Fatalf("%s: got %d messages, want %d", label, len(msgs), n)
		}
	}
}

func TestDataChannelNegotiated(t *testing.T) {
	p := newPair(t, true)
	init := &DataChannelInit{Negotiated: dcBool(true), ID: dcU16(7), Protocol: dcStr("neg-proto")}
	var announced atomic.Int32
	p.a.OnDataChannel(func(*DataChannel) { announced.Add(1) })
	p.b.OnDataChannel(func(*DataChannel) { announced.Add(1) })
	ends := [2]*DataChannel{}
	logs := [2]*dcLog{{}, {}}
	for i, pc := range []*PeerConnection{p.a, p.b} {
		dc, err := pc.CreateDataChannel("negotiated", init)
		if err != nil {
			t.Fatalf("CreateDataChannel(negotiated): %v", err)
		}
		if id := dc.ID(); id == nil || *id != 7 {
			t.Fatalf("ID before connecting = %s, want 7", dcFmtPtr(id))
		}
		if s := dc.ReadyState(); s != DataChannelStateConnecting {
			t.Fatalf("ReadyState before connecting = %v, want connecting", s)
		}
		ends[i] = dc
		logs[i].watch(dc)
	}
	p.connect()
	for i, dc := range ends {
		eventually(t, "negotiated channel open", func() bool { return logs[i].count(func(l *dcLog) int { return l.opens }) == 1 })
		if s := dc.ReadyState(); s != DataChannelStateOpen {
			t.Fatalf("end %d: ReadyState = %v, want open", i, s)
		}
		if id := dc.ID(); id == nil || *id != 7 {
			t.Fatalf("end %d: ID = %s, want 7", i, dcFmtPtr(id))
		}
		if !dc.Negotiated() {
			t.Fatalf("end %d: Negotiated = false", i)
		}
		if dc.Label() != "negotiated" || dc.Protocol() != "neg-proto" {
			t.Fatalf("end %d: Label %q Protocol %q", i, dc.Label(), dc.Protocol())
		}
		dcWantReliability(t, fmt.Sprintf("end %d", i), dc, true, nil, nil)
	}
	if err := ends[0].SendText("from a"); err != nil {
		t.Fatal(err)
	}
	if err := ends[1].Send([]byte("from b")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "messages both ways", func() bool { return logs[0].numMessages() == 1 && logs[1].numMessages() == 1 })
	_, got := logs[1].snapshot()
	dcCheckMessages(t, "a->b", got, []DataChannelMessage{{IsString: true, Data: []byte("from a")}})
	_, got = logs[0].snapshot()
	dcCheckMessages(t, "b->a", got, []DataChannelMessage{{IsString: false, Data: []byte("from b")}})

	// A non-negotiated channel after it is announced; the negotiated one
	// never was.
	dcRoundTrip(t, p, "after-negotiated", func(*DataChannel) { announced.Add(1) })
	if n := announced.Load(); n != 1 {
		t.Fatalf("OnDataChannel fired %d times, want once (for the in-band channel only)", n)
	}
}

func TestDataChannelGetters(t *testing.T) {
	p := newPair(t, true)
	init := &DataChannelInit{Ordered: dcBool(false), MaxRetransmits: dcU16(5), Protocol: dcStr("chat-v2")}
	a, err := p.a.CreateDataChannel("getters ✓", init)
	if err != nil {
		t.Fatal(err)
	}
	// Before connecting: no stream id yet, connecting, nothing buffered.
	if a.Label() != "getters ✓" || a.Protocol() != "chat-v2" || a.Negotiated() {
		t.Fatalf("local before connect: Label %q Protocol %q Negotiated %v", a.Label(), a.Protocol(), a.Negotiated())
	}
	if id := a.ID(); id != nil {
		t.Fatalf("local ID before connect = %d, want nil", *id)
	}
	if s := a.ReadyState(); s != DataChannelStateConnecting {
		t.Fatalf("local ReadyState before connect = %v, want connecting", s)
	}
	if a.BufferedAmount() != 0 || a.BufferedAmountLowThreshold() != 0 {
		t.Fatalf("local before connect: BufferedAmount %d threshold %d, want 0 0", a.BufferedAmount(), a.BufferedAmountLowThreshold())
	}
	dcWantReliability(t, "local", a, false, dcU16(5), nil)
	a.SetBufferedAmountLowThreshold(1234)
	if got := a.BufferedAmountLowThreshold(); got != 1234 {
		t.Fatalf("BufferedAmountLowThreshold after set = %d, want 1234", got)
	}

	type seen struct {
		state DataChannelState
		dc    *DataChannel
	}
	remoteCh := make(chan seen, 1)
	remoteOpen := make(chan DataChannelState, 1)
	localOpen := make(chan DataChannelState, 1)
	a.OnOpen(func() { localOpen <- a.ReadyState() })
	p.b.OnDataChannel(func(d *DataChannel) {
		d.OnOpen(func() { remoteOpen <- d.ReadyState() })
		remoteCh <- seen{d.ReadyState(), d}
	})
	p.connect()
	if s := recv(t, localOpen, "local open"); s != DataChannelStateOpen {
		t.Fatalf("local ReadyState in OnOpen = %v, want open", s)
	}
	r := recv(t, remoteCh, "OnDataChannel")
	// The spec announces a remote channel already open.
	if r.state != DataChannelStateOpen {
		t.Fatalf("remote ReadyState in OnDataChannel = %v, want open", r.state)
	}
	b := r.dc
	if s := recv(t, remoteOpen, "remote open"); s != DataChannelStateOpen {
		t.Fatalf("remote ReadyState in OnOpen = %v, want open", s)
	}

	for _, e := range []struct {
		end string
		dc  *DataChannel
	}{{"local", a}, {"remote", b}} {
		if e.dc.Label() != "getters ✓" {
			t.Errorf("%s Label = %q", e.end, e.dc.Label())
		}
		if e.dc.Protocol() != "chat-v2" {
			t.Errorf("%s Protocol = %q", e.end, e.dc.Protocol())
		}
		if e.dc.Negotiated() {
			t.Errorf("%s Negotiated = true", e.end)
		}
		if e.dc.ReadyState() != DataChannelStateOpen {
			t.Errorf("%s ReadyState = %v", e.end, e.dc.ReadyState())
		}
		dcWantReliability(t, e.end, e.dc, false, dcU16(5), nil)
	}
	ida, idb := a.ID(), b.ID()
	if ida == nil || idb == nil || *ida != *idb {
		t.Fatalf("IDs: local %s remote %s, want the same stream id", dcFmtPtr(ida), dcFmtPtr(idb))
	}
	if *ida == 65535 {
		t.Fatalf("ID is the reserved 65535")
	}
	if got := a.BufferedAmountLowThreshold(); got != 1234 {
		t.Fatalf("local BufferedAmountLowThreshold after open = %d, want 1234", got)
	}
	if got := b.BufferedAmountLowThreshold(); got != 0 {
		t.Fatalf("remote BufferedAmountLowThreshold = %d, want 0", got)
	}
	b.SetBufferedAmountLowThreshold(99)
	if got := b.BufferedAmountLowThreshold(); got != 99 {
		t.Fatalf("remote BufferedAmountLowThreshold after set = %d, want 99", got)
	}
	// pion counts its channel-open handshake until it is acknowledged, so
	// poll rather than expect 0 at once.
	eventually(t, "BufferedAmount of idle channels to be 0", func() bool {
		return a.BufferedAmount() == 0 && b.BufferedAmount() == 0
	})

	// BufferedAmount counts what Send queued until the network takes it.
	var lb dcLog
	b.OnMessage(lb.message)
	big := bytes.Repeat([]byte{7}, 60000)
	for range 8 {
		if err := a.Send(big); err != nil {
			t.Fatal(err)
		}
	}
	if ba := a.BufferedAmount(); ba > 8*60000 {
		t.Fatalf("BufferedAmount %d exceeds the %d bytes sent", ba, 8*60000)
	}
	eventually(t, "8 messages", func() bool { return lb.numMessages() == 8 })
	eventually(t, "BufferedAmount back to 0", func() bool { return a.BufferedAmount() == 0 })

	closed := make(chan struct{}, 2)
	a.OnClose(func() { closed <- struct{}{} })
	b.OnClose(func() { closed <- struct{}{} })
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if s := a.ReadyState(); s != DataChannelStateClosing && s != DataChannelStateClosed {
		t.Fatalf("local ReadyState right after Close = %v, want closing or closed", s)
	}
	recv(t, closed, "first OnClose")
	recv(t, closed, "second OnClose")
	for _, e := range []struct {
		end string
		dc  *DataChannel
	}{{"local", a}, {"remote", b}} {
		if s := e.dc.ReadyState(); s != DataChannelStateClosed {
			t.Errorf("%s ReadyState after OnClose = %v, want closed", e.end, s)
		}
		// The getters keep answering after close.
		if e.dc.Label() != "getters ✓" || e.dc.Protocol() != "chat-v2" {
			t.Errorf("%s after close: Label %q Protocol %q", e.end, e.dc.Label(), e.dc.Protocol())
		}
		if id := e.dc.ID(); id == nil || *id != *ida {
			t.Errorf("%s ID after close = %s, want %d", e.end, dcFmtPtr(id), *ida)
		}
		dcWantReliability(t, e.end+" after close", e.dc, false, dcU16(5), nil)
	}
}

func TestDataChannelOpenBeforeFirstMessage(t *testing.T) {
	const channels, perChannel = 5, 10
	p := newPair(t, true)
	logs := map[string]*dcLog{}
	var mu sync.Mutex
	var announced atomic.Int32
	p.b.OnDataChannel(func(d *DataChannel) {
		// Handlers set here must see the channel's first events.
		l := &dcLog{}
		l.watch(d)
		mu.Lock()
		logs[d.Label()] = l
		mu.Unlock()
		announced.Add(1)
	})
	for c := range channels {
		label := fmt.Sprintf("eager-%d", c)
		dc, err := p.a.CreateDataChannel(label, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Send the moment the channel opens, so the first messages race
		// the remote open.
		dc.OnOpen(func() {
			for i := range perChannel {
				_ = dc.SendText(fmt.Sprintf("%s %d", label, i))
			}
		})
	}
	p.connect()
	eventually(t, "all channels announced", func() bool { return announced.Load() == channels })
	mu.Lock()
	defer mu.Unlock()
	for label, l := range logs {
		eventually(t, label+" messages", func() bool { return l.numMessages() >= perChannel })
		events, msgs := l.snapshot()
		if events[0] != "open" {
			t.Fatalf("%s: first event is %q, want open (events %v)", label, events[0], events)
		}
		if n := l.count(func(l *dcLog) int { return l.opens }); n != 1 {
			t.Fatalf("%s: OnOpen fired %d times", label, n)
		}
		want := make([]DataChannelMessage, perChannel)
		for i := range want {
			want[i] = DataChannelMessage{IsString: true, Data: []byte(fmt.Sprintf("%s %d", label, i))}
		}
		dcCheckMessages(t, label, msgs, want)
	}
}

// A channel created on a connected PeerConnection can open before its
// creator sets OnOpen; the handler must still fire, once.
func TestDataChannelOnOpenSetLate(t *testing.T) {
	p := newPair(t, true)
	p.openChannels("first", nil)
	for i := range 5 {
		dc, err := p.a.CreateDataChannel(fmt.Sprint("late-", i), nil)
		if err != nil {
			t.Fatal(err)
		}
		eventually(t, "channel open", func() bool { return dc.ReadyState() == DataChannelStateOpen })
		var opens atomic.Int32
		dc.OnOpen(func() { opens.Add(1) })
		eventually(t, "OnOpen set after the channel opened to fire", func() bool { return opens.Load() >= 1 })
		// Replacing the handler does not fire the event again.
		dc.OnOpen(func() { opens.Add(100) })
		dcRoundTrip(t, p, fmt.Sprint("late-barrier-", i), nil)
		if n := opens.Load(); n != 1 {
			t.Fatalf("channel %d: OnOpen handlers ran %d times in total, want once", i, n)
		}
	}
}

func TestDataChannelSlowHandlerKeepsOrder(t *testing.T) {
	const n = 200
	p := newPair(t, true)
	a, b := p.openChannels("slow", nil)

	var inside, overlaps atomic.Int32
	var mu sync.Mutex
	var got []int
	b.OnMessage(func(m DataChannelMessage) {
		if inside.Add(1) != 1 {
			overlaps.Add(1)
		}
		defer inside.Add(-1)
		var i int
		_, _ = fmt.Sscanf(string(m.Data), "m%d", &i)
		mu.Lock()
		got = append(got, i)
		k := len(got)
		mu.Unlock()
		if k <= 5 {
			// A slow handler: later messages queue up behind it.
			time.Sleep(20 * time.Millisecond)
		}
	})
	for i := range n {
		if err := a.SendText(fmt.Sprintf("m%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, "all messages", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(got) >= n
	})
	if o := overlaps.Load(); o != 0 {
		t.Fatalf("%d OnMessage invocations overlapped another", o)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != n {
		t.Fatalf("got %d messages, want %d", len(got), n)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("message %d has sequence %d: out of order", i, v)
		}
	}
}

func TestDataChannelHandlerMayCallBlockingMethods(t *testing.T) {
	const n = 50
	p := newPair(t, true)
	a, b := p.openChannels("echo", nil)

	var statsOK, statsBad atomic.Int32
	b.OnMessage(func(m DataChannelMessage) {
		// Both block: Send hands data to the transport, GetStats waits
		// for the backend's report.
		if err := b.Send(m.Data); err != nil {
			statsBad.Add(1)
			return
		}
		found := false
		for _, s := range p.b.GetStats().DataChannels() {
			found = found || s.Label == "echo"
		}
		if found {
			statsOK.Add(1)
		} else {
			statsBad.Add(1)
		}
	})
	var la dcLog
	a.OnMessage(func(m DataChannelMessage) {
		la.message(m)
		// The echo's own handler also blocks on GetStats.
		_ = p.a.GetStats()
	})
	want := make([]DataChannelMessage, n)
	for i := range want {
		want[i] = DataChannelMessage{Data: []byte(fmt.Sprintf("echo %d", i))}
	}
	dcSendAll(t, a, want)
	eventually(t, "all echoes", func() bool { return la.numMessages() >= n })
	_, got := la.snapshot()
	dcCheckMessages(t, "echoes", got, want)
	// The last echo can arrive before b's handler has counted it.
	eventually(t, "every handler done", func() bool { return statsOK.Load()+statsBad.Load() >= n })
	if statsBad.Load() != 0 || statsOK.Load() != n {
		t.Fatalf("handler: %d good stats reports, %d failures (Send or no data-channel stats)", statsOK.Load(), statsBad.Load())
	}
}

func TestDataChannelCloseFiresOnCloseOnceOnBothEnds(t *testing.T) {
	p := newPair(t, true)
	a, b := p.openChannels("closing", nil)
	var la, lb dcLog
	la.watch(a)
	lb.watch(b)
	if err := a.SendText("before close"); err != nil {
		t.Fatal(err)
	}
	if err := b.SendText("before close"); err != nil {
		t.Fatal(err)
	}
	eventually(t, "messages both ways", func() bool { return la.numMessages() == 1 && lb.numMessages() == 1 })

	if err := a.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if s := a.ReadyState(); s != DataChannelStateClosing && s != DataChannelStateClosed {
		t.Fatalf("ReadyState right after Close = %v, want closing or closed", s)
	}
	eventually(t, "OnClose on both ends", func() bool { return la.numCloses() >= 1 && lb.numCloses() >= 1 })
	eventually(t, "both ends closed", func() bool {
		return a.ReadyState() == DataChannelStateClosed && b.ReadyState() == DataChannelStateClosed
	})
	expectErr(t, "Send after Close", a.Send([]byte("late")), ErrInvalidState)
	expectErr(t, "SendText after Close", a.SendText("late"), ErrInvalidState)
	expectErr(t, "Send on the remotely closed end", b.Send([]byte("late")), ErrInvalidState)
	if err := a.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("Close of the remotely closed end: %v", err)
	}

	// Give stray events a round trip to show up, then check the logs.
	dcRoundTrip(t, p, "after-close", nil)
	for _, e := range []struct {
		end string
		l   *dcLog
	}{{"local", &la}, {"remote", &lb}} {
		events, _ := e.l.snapshot()
		if n := e.l.numCloses(); n != 1 {
			t.Errorf("%s: OnClose fired %d times, want once (events %v)", e.end, n, events)
		}
		if events[len(events)-1] != "close" {
			t.Errorf("%s: last event is %q, want close (events %v)", e.end, events[len(events)-1], events)
		}
		if n := e.l.count(func(l *dcLog) int { return l.errs }); n != 0 {
			t.Errorf("%s: OnError fired %d times on a clean close", e.end, n)
		}
	}
}

func TestDataChannelGracefulCloseStopsHandlers(t *testing.T) {
	p := newPair(t, true)
	a, b := p.openChannels("graceful", nil)
	var la, lb dcLog
	la.watch(a)
	lb.watch(b)
	for i := range 3 {
		if err := b.SendText(fmt.Sprint("m", i)); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, "3 messages", func() bool { return la.numMessages() == 3 })

	if err := a.GracefulClose(); err != nil {
		t.Fatalf("GracefulClose: %v", err)
	}
	// GracefulClose waits for the channel's events, the close included.
	if s := a.ReadyState(); s != DataChannelStateClosed {
		t.Fatalf("ReadyState after GracefulClose = %v, want closed", s)
	}
	after, _ := la.snapshot()
	if n := la.numCloses(); n != 1 {
		t.Fatalf("OnClose fired %d times by the time GracefulClose returned, want once (events %v)", n, after)
	}

	// Whatever the remote does now must not reach a's handlers.
	_ = b.SendText("after graceful close")
	eventually(t, "remote OnClose", func() bool { return lb.numCloses() == 1 })
	dcRoundTrip(t, p, "after-graceful", nil)
	final, _ := la.snapshot()
	if len(final) != len(after) {
		t.Fatalf("handlers ran after GracefulClose returned: events %v, then %v", after, final[len(after):])
	}
	if err := a.GracefulClose(); err != nil {
		t.Fatalf("second GracefulClose: %v", err)
	}
}

// GracefulClose from the channel's own handler must not wait for itself.
func TestDataChannelGracefulCloseFromHandler(t *testing.T) {
	p := newPair(t, true)
	a, b := p.openChannels("graceful-in-handler", nil)
	returned := make(chan error, 1)
	b.OnMessage(func(DataChannelMessage) { returned <- b.GracefulClose() })
	closed := make(chan struct{})
	a.OnClose(func() { close(closed) })
	if err := a.SendText("close please"); err != nil {
		t.Fatal(err)
	}
	if err := recv(t, returned, "GracefulClose in OnMessage to return"); err != nil {
		t.Fatalf("GracefulClose in OnMessage: %v", err)
	}
	recv(t, closed, "OnClose on the other end")
}

func TestDataChannelSendBeforeOpen(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	dc, err := pc.CreateDataChannel("not-yet", nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := dc.ReadyState(); s != DataChannelStateConnecting {
		t.Fatalf("ReadyState = %v, want connecting", s)
	}
	expectErr(t, "Send before open", dc.Send([]byte{1}), ErrInvalidState)
	expectErr(t, "SendText before open", dc.SendText("x"), ErrInvalidState)
	if n := dc.BufferedAmount(); n != 0 {
		t.Fatalf("BufferedAmount after failed sends = %d, want 0", n)
	}
}

// TestDataChannelBurstFromOnDataChannel sends a burst on a remote channel
// from inside OnDataChannel and then holds the thread while the network
// drains it (in the browser, the page's one thread, which Chromium's own
// tasks for the channel wait for). Every message must arrive and
// BufferedAmount fall back to zero: Chromium announces a remote channel
// before it hooks the channel's bufferedAmount to the network side, so a
// burst drained in between left bufferedAmount at the burst's size for
// good, stalling senders that wait for bufferedamountlow (shim.js
// announceWhenReady).
func TestDataChannelBurstFromOnDataChannel(t *testing.T) {
	const messages, size = 100, 10000
	p := newPair(t, false)
	local, err := p.a.CreateDataChannel("burst", nil)
	if err != nil {
		t.Fatalf("CreateDataChannel: %v", err)
	}
	var received atomic.Int64
	all := make(chan struct{})
	local.OnMessage(func(DataChannelMessage) {
		if received.Add(1) == messages {
			close(all)
		}
	})
	remote := make(chan *DataChannel, 1)
	sent := make(chan error, 1)
	p.b.OnDataChannel(func(d *DataChannel) {
		var err error
		for i := 0; i < messages && err == nil; i++ {
			err = d.Send(make([]byte, size))
		}
		// Busy, not asleep: a sleep would let the browser run its tasks.
		for start := time.Now(); time.Since(start) < 500*time.Millisecond; {
		}
		sent <- err
		remote <- d
	})
	p.connect()
	d := recv(t, remote, "the remote channel")
	if err := recv(t, sent, "the burst sent"); err != nil {
		t.Fatalf("Send: %v", err)
	}
	recv(t, all, fmt.Sprintf("the burst's %d messages", messages))
	eventually(t, "the sender's BufferedAmount back to zero", func() bool { return d.BufferedAmount() == 0 })
}
