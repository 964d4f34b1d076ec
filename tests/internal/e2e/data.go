package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/everyrtc/rtc"
)

// Pattern returns n deterministic bytes for seed (an xorshift stream), so
// the receiver knows what it should get without it crossing the wire twice.
func Pattern(seed uint64, n int) []byte {
	out := make([]byte, n)
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := range out {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		out[i] = byte(x >> 24)
	}
	return out
}

// Inbox queues a channel's messages in arrival order. The handler never
// blocks (the queue grows as needed), so a slow reader cannot stall the
// library's event delivery.
type Inbox struct {
	ch     chan rtc.DataChannelMessage
	closed chan struct{}
}

// NewInbox takes over dc's OnMessage and OnClose handlers.
func NewInbox(dc *rtc.DataChannel) *Inbox {
	in := &Inbox{ch: make(chan rtc.DataChannelMessage, 1<<14), closed: make(chan struct{})}
	dc.OnMessage(func(m rtc.DataChannelMessage) {
		select {
		case in.ch <- m:
		default:
			// 16k messages queued and unread: the reader is gone.
		}
	})
	var once bool
	dc.OnClose(func() {
		if !once {
			once = true
			close(in.closed)
		}
	})
	return in
}

// Closed is closed when the channel's close event fires.
func (in *Inbox) Closed() <-chan struct{} { return in.closed }

// Next returns the next message, or an error naming what was awaited.
func (in *Inbox) Next(ctx context.Context, what string) (rtc.DataChannelMessage, error) {
	select {
	case m := <-in.ch:
		return m, nil
	case <-ctx.Done():
		return rtc.DataChannelMessage{}, fmt.Errorf("waiting for %s: %w", what, context.Cause(ctx))
	}
}

// ExpectText waits for a text message equal to want.
func (in *Inbox) ExpectText(ctx context.Context, want string) error {
	m, err := in.Next(ctx, fmt.Sprintf("text message %q", want))
	if err != nil {
		return err
	}
	if !m.IsString || string(m.Data) != want {
		return fmt.Errorf("got %s, want text %q", Describe(m), want)
	}
	return nil
}

// Describe prints a message briefly for an error.
func Describe(m rtc.DataChannelMessage) string {
	kind := "binary"
	if m.IsString {
		kind = "text"
	}
	if len(m.Data) > 40 {
		return fmt.Sprintf("%s message of %d bytes (%q...)", kind, len(m.Data), m.Data[:40])
	}
	return fmt.Sprintf("%s message %q", kind, m.Data)
}

// Small-message part of the data exchange: texts (with an empty one and
// non-ASCII ones), then binary messages of varied sizes (with an empty one).
const (
	textMessages   = 200
	binaryMessages = 200
)

func textMessage(i int) string {
	switch i % 50 {
	case 7:
		return ""
	case 13:
		return fmt.Sprintf("héllo wörld 🌍 %d", i)
	}
	return fmt.Sprintf("text %d", i)
}

func binaryMessage(seed uint64, i int) []byte {
	if i%50 == 11 {
		return []byte{}
	}
	return Pattern(seed+uint64(i), 1+(i*997)%16000)
}

// BulkSize is how much each side sends in Exchange's bulk part by default,
// in chunks of BulkChunk bytes (under every browser's and pion's message
// size limit).
const (
	BulkSize  = 8 << 20
	BulkChunk = 32 << 10

	// Backpressure: the sender stops above highWater and resumes on the
	// bufferedamountlow event at lowWater.
	lowWater  = 256 << 10
	highWater = 1 << 20
)

// ExchangeStats is what one side's Exchange measured.
type ExchangeStats struct {
	// Waits is how often the sender stopped for bufferedamountlow.
	Waits int
	// MaxBuffered is the largest BufferedAmount seen just before a Send.
	MaxBuffered uint64
	// Received is the bulk bytes received and checked.
	Received int
}

func (s ExchangeStats) String() string {
	return fmt.Sprintf("bulk %d bytes received and checked; sender waited %d times for bufferedamountlow, max bufferedAmount before a send %d",
		s.Received, s.Waits, s.MaxBuffered)
}

// Exchange sends this side's data on c (seeded with own) while checking
// what the other side sends (seeded with peer): texts and binaries in
// order, then size bytes (a multiple of BulkChunk, at least 2 MiB) in
// chunks with backpressure, then a text "bulk done <sha256>". Both peers
// run it at once on the same channel.
func Exchange(ctx context.Context, c Channel, own, peer uint64, size int) (ExchangeStats, error) {
	dc, in := c.DataChannel, c.In
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var st ExchangeStats
	sendErr := make(chan error, 1)
	go func() {
		err := send(ctx, dc, own, size, &st)
		if err != nil {
			cancel(fmt.Errorf("sending: %w", err))
		}
		sendErr <- err
	}()
	recvErr := receive(ctx, in, peer, size, &st)
	if recvErr != nil {
		cancel(fmt.Errorf("receiving: %w", recvErr))
	}
	if err := <-sendErr; err != nil {
		return st, fmt.Errorf("sending: %w", err)
	}
	if recvErr != nil {
		return st, fmt.Errorf("receiving: %w", recvErr)
	}
	if st.Waits == 0 {
		return st, fmt.Errorf("sending %d bytes never waited for bufferedamountlow (max bufferedAmount %d): no backpressure seen", size, st.MaxBuffered)
	}
	if st.MaxBuffered > highWater {
		return st, fmt.Errorf("bufferedAmount reached %d before a send, above the %d the sender waits at", st.MaxBuffered, highWater)
	}
	return st, nil
}

func send(ctx context.Context, dc *rtc.DataChannel, seed uint64, size int, st *ExchangeStats) error {
	for i := range textMessages {
		if err := dc.SendText(textMessage(i)); err != nil {
			return fmt.Errorf("SendText %d: %w", i, err)
		}
	}
	for i := range binaryMessages {
		if err := dc.Send(binaryMessage(seed, i)); err != nil {
			return fmt.Errorf("Send binary %d: %w", i, err)
		}
	}
	low := make(chan struct{}, 1)
	dc.SetBufferedAmountLowThreshold(lowWater)
	dc.OnBufferedAmountLow(func() {
		select {
		case low <- struct{}{}:
		default:
		}
	})
	defer dc.OnBufferedAmountLow(nil)
	if got := dc.BufferedAmountLowThreshold(); got != lowWater {
		return fmt.Errorf("BufferedAmountLowThreshold is %d after setting %d", got, lowWater)
	}
	bulk := Pattern(seed, size)
	for off := 0; off < len(bulk); off += BulkChunk {
		for dc.BufferedAmount() > highWater-BulkChunk {
			select {
			case <-low:
				st.Waits++
			case <-ctx.Done():
				return fmt.Errorf("waiting for bufferedamountlow at offset %d (bufferedAmount %d): %w", off, dc.BufferedAmount(), context.Cause(ctx))
			}
		}
		st.MaxBuffered = max(st.MaxBuffered, dc.BufferedAmount()+BulkChunk)
		if err := dc.Send(bulk[off : off+BulkChunk]); err != nil {
			return fmt.Errorf("Send bulk chunk at %d: %w", off, err)
		}
	}
	sum := sha256.Sum256(bulk)
	return dc.SendText("bulk done " + hex.EncodeToString(sum[:]))
}

func receive(ctx context.Context, in *Inbox, seed uint64, size int, st *ExchangeStats) error {
	for i := range textMessages {
		if err := in.ExpectText(ctx, textMessage(i)); err != nil {
			return fmt.Errorf("text message %d: %w", i, err)
		}
	}
	for i := range binaryMessages {
		m, err := in.Next(ctx, fmt.Sprintf("binary message %d", i))
		if err != nil {
			return err
		}
		if want := binaryMessage(seed, i); m.IsString || !bytes.Equal(m.Data, want) {
			return fmt.Errorf("binary message %d: got %s, want binary of %d bytes", i, Describe(m), len(want))
		}
	}
	want := Pattern(seed, size)
	h := sha256.New()
	for st.Received < size {
		m, err := in.Next(ctx, fmt.Sprintf("bulk data at offset %d", st.Received))
		if err != nil {
			return err
		}
		if m.IsString {
			return fmt.Errorf("bulk: got %s at offset %d of %d", Describe(m), st.Received, size)
		}
		if end := st.Received + len(m.Data); end > size || !bytes.Equal(m.Data, want[st.Received:end]) {
			return fmt.Errorf("bulk: a chunk of %d bytes at offset %d differs from the pattern", len(m.Data), st.Received)
		}
		h.Write(m.Data)
		st.Received += len(m.Data)
	}
	m, err := in.Next(ctx, "the bulk's checksum")
	if err != nil {
		return err
	}
	wantSum := sha256.Sum256(want)
	gotSum := h.Sum(nil)
	if !bytes.Equal(gotSum, wantSum[:]) {
		return errors.New("bulk: SHA-256 of the received bytes differs from the pattern's")
	}
	if !m.IsString || string(m.Data) != "bulk done "+hex.EncodeToString(wantSum[:]) {
		return fmt.Errorf("after the bulk: got %s, want the sender's checksum %x", Describe(m), wantSum)
	}
	return nil
}

// Ping sends text "ping <tag>" and waits for the peer's "ping <tag>" on the
// same channel: both sides call it, so each sees one message of the other.
func Ping(ctx context.Context, c Channel, tag string) error {
	if err := c.SendText("ping " + tag); err != nil {
		return fmt.Errorf("SendText ping %s: %w", tag, err)
	}
	return c.In.ExpectText(ctx, "ping "+tag)
}

// WaitOpen waits until dc is open.
func WaitOpen(ctx context.Context, dc *rtc.DataChannel) error {
	return Poll(ctx, "data channel "+dc.Label()+" open", func() (bool, error) {
		switch s := dc.ReadyState(); s {
		case rtc.DataChannelStateOpen:
			return true, nil
		case rtc.DataChannelStateClosing, rtc.DataChannelStateClosed:
			return false, fmt.Errorf("data channel %s is %v", dc.Label(), s)
		}
		return false, nil
	})
}

// Poll calls cond every 20 ms until it holds, fails, or ctx ends.
func Poll(ctx context.Context, what string, cond func() (bool, error)) error {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		ok, err := cond()
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", what, err)
		}
		if ok {
			return nil
		}
		select {
		case <-t.C:
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, context.Cause(ctx))
		}
	}
}

// Channel is a data channel with the Inbox that took its messages from
// the start.
type Channel struct {
	*rtc.DataChannel
	In *Inbox
}

// Create makes a data channel on pc with its Inbox.
func Create(pc *rtc.PeerConnection, label string) (Channel, error) {
	dc, err := pc.CreateDataChannel(label, nil)
	if err != nil {
		return Channel{}, fmt.Errorf("CreateDataChannel(%q): %w", label, err)
	}
	return Channel{dc, NewInbox(dc)}, nil
}

// Incoming collects pc's remote data channels, each with an Inbox set in
// the OnDataChannel handler, before any message can be delivered.
func Incoming(pc *rtc.PeerConnection) <-chan Channel {
	ch := make(chan Channel, 16)
	pc.OnDataChannel(func(dc *rtc.DataChannel) { ch <- Channel{dc, NewInbox(dc)} })
	return ch
}

// Labelled waits for the channel labelled label among those chans delivers.
func Labelled(ctx context.Context, chans <-chan Channel, label string) (Channel, error) {
	for {
		select {
		case c := <-chans:
			if c.Label() == label {
				return c, nil
			}
		case <-ctx.Done():
			return Channel{}, fmt.Errorf("waiting for the peer's data channel %q: %w", label, context.Cause(ctx))
		}
	}
}

// Say sends a text step message "word args..." on a control channel.
func (c Channel) Say(words ...string) error {
	if err := c.SendText(strings.Join(words, " ")); err != nil {
		return fmt.Errorf("SendText(%q): %w", strings.Join(words, " "), err)
	}
	return nil
}

// Expect waits for a text step message whose first word is word and
// returns the words after it.
func (c Channel) Expect(ctx context.Context, word string, args int) ([]string, error) {
	m, err := c.In.Next(ctx, fmt.Sprintf("the peer's %q", word))
	if err != nil {
		return nil, err
	}
	f := strings.Fields(string(m.Data))
	if !m.IsString || len(f) != args+1 || f[0] != word {
		return nil, fmt.Errorf("got %s, want %q with %d words after it", Describe(m), word, args)
	}
	return f[1:], nil
}
