//go:build js && wasm

package main

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/demo/report"
	"github.com/everyrtc/rtc/examples/demo/stream"
	"github.com/everyrtc/rtc/examples/internal/browser"
	"github.com/everyrtc/rtc/signaling"
)

const (
	messageBytes = 16 << 10
	highWater    = 1 << 20 // bufferedAmount above which the sender waits
	lowWater     = 256 << 10
)

// session is the connection to the native server and what was measured on it.
type session struct {
	pc          *rtc.PeerConnection
	peer        *signaling.Peer
	data, pings *rtc.DataChannel
	start       time.Time
	low         chan struct{} // the data channel drained below lowWater

	mu       sync.Mutex
	states   []string
	setup    time.Duration
	sent     uint64 // payload bytes sent
	echoed   uint64 // payload bytes back and checked
	messages uint64
	err      error     // the first thing that went wrong
	rtts     []float64 // ping round trips, ms
	echoedAt chan struct{}
}

// connect makes the PeerConnection and its two channels and joins the
// signaling room; it returns once the data channel is open.
func connect(ui *ui, res *report.Results) (*session, error) {
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return nil, err
	}
	s := &session{pc: pc, start: time.Now(), low: make(chan struct{}, 1), echoedAt: make(chan struct{}, 1)}
	pc.OnConnectionStateChange(func(st rtc.PeerConnectionState) {
		s.mu.Lock()
		s.states = append(s.states, st.String())
		s.mu.Unlock()
		ui.state(st.String())
	})
	if s.data, err = pc.CreateDataChannel("echo", nil); err != nil {
		return nil, errors.Join(err, pc.Close())
	}
	if s.pings, err = pc.CreateDataChannel("ping", nil); err != nil {
		return nil, errors.Join(err, pc.Close())
	}
	open := make(chan struct{})
	s.data.OnOpen(func() {
		s.mu.Lock()
		s.setup = time.Since(s.start)
		s.mu.Unlock()
		close(open)
	})
	s.data.SetBufferedAmountLowThreshold(lowWater)
	s.data.OnBufferedAmountLow(func() {
		select {
		case s.low <- struct{}{}:
		default:
		}
	})
	s.data.OnMessage(s.onEcho)
	s.pings.OnMessage(s.onPong)

	ui.status("connecting")
	if s.peer, err = signaling.Join(context.Background(), browser.SignalURL(os.Getenv("SIGNAL_PATH"), ""), pc); err != nil {
		return nil, errors.Join(err, pc.Close())
	}
	select {
	case <-open:
	case <-s.peer.Done():
		return nil, errors.Join(s.peer.Err(), pc.Close())
	case <-time.After(30 * time.Second):
		return nil, errors.Join(errors.New("the data channel did not open in 30 s"), s.close())
	}
	ui.status("streaming")
	return s, nil
}

// stream sends checked messages as fast as the channel drains them, for d
// (forever when d is 0), then waits for the last echo.
func (s *session) stream(d time.Duration) error {
	end := time.Now().Add(d)
	for seq := uint64(0); d == 0 || time.Now().Before(end); seq++ {
		for s.data.BufferedAmount() > highWater {
			if err := withTimeout(s.low, 10*time.Second, "bufferedamountlow"); err != nil {
				return err
			}
		}
		if err := s.data.Send(stream.Frame(seq, messageBytes)); err != nil {
			return err
		}
		s.mu.Lock()
		s.sent += messageBytes
		s.mu.Unlock()
	}
	for {
		s.mu.Lock()
		done, err := s.echoed == s.sent, s.err
		s.mu.Unlock()
		if done || err != nil {
			return err
		}
		if err := withTimeout(s.echoedAt, 10*time.Second, "echo"); err != nil {
			return err
		}
	}
}

// onEcho checks a message the server echoed.
func (s *session) onEcho(m rtc.DataChannelMessage) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := stream.Check(m.Data, s.messages); err != nil && s.err == nil {
		s.err = err
	}
	s.messages++
	s.echoed += uint64(len(m.Data))
	select {
	case s.echoedAt <- struct{}{}:
	default:
	}
}

// ping sends the time every 200 ms on the ping channel; the server echoes it.
func (s *session) ping() {
	for range time.Tick(200 * time.Millisecond) {
		b := binary.BigEndian.AppendUint64(nil, uint64(time.Since(s.start)))
		if s.pings.Send(b) != nil {
			return
		}
	}
}

func (s *session) onPong(m rtc.DataChannelMessage) {
	if len(m.Data) != 8 {
		return
	}
	sent := time.Duration(binary.BigEndian.Uint64(m.Data))
	s.mu.Lock()
	s.rtts = append(s.rtts, float64(time.Since(s.start)-sent)/float64(time.Millisecond))
	s.mu.Unlock()
}

// chart feeds the page's chart from GetStats twice a second.
func (s *session) chart(ui *ui) {
	var last rtc.ICECandidatePairStats
	var lastAt time.Time
	for range time.Tick(500 * time.Millisecond) {
		if s.pc.ConnectionState() == rtc.PeerConnectionStateClosed {
			return
		}
		p, ok := s.pc.GetStats().SelectedCandidatePair()
		secs := time.Since(lastAt).Seconds()
		if !ok || secs < 0.1 {
			continue
		}
		if !lastAt.IsZero() { // the first reading is the baseline
			ui.sample(float64(p.BytesSent-last.BytesSent)/secs/1e6, float64(p.BytesReceived-last.BytesReceived)/secs/1e6, p.CurrentRoundTripTime*1000)
		}
		last, lastAt = p, time.Now()
	}
}

// finish fills res with what the session measured.
func (s *session) finish(res *report.Results) {
	stats := s.pc.GetStats()
	s.mu.Lock()
	defer s.mu.Unlock()
	res.States = slices.Clone(s.states)
	res.Setup = float64(s.setup) / float64(time.Millisecond)
	res.Seconds = time.Since(s.start.Add(s.setup)).Seconds()
	res.SentBytes, res.EchoedBytes, res.Messages, res.MessageBytes = s.sent, s.echoed, s.messages, messageBytes
	if s.err != nil && res.Error == "" {
		res.Error = s.err.Error()
	}
	if rtts := slices.Sorted(slices.Values(s.rtts)); len(rtts) > 0 {
		res.PingRTT, res.Pings = rtts[len(rtts)/2], len(rtts)
	}
	if p, ok := stats.SelectedCandidatePair(); ok {
		res.StatsRTT = p.CurrentRoundTripTime * 1000
		res.StatsBytesOut, res.StatsBytesIn = p.BytesSent, p.BytesReceived
		res.LocalType = browser.CandidateType(stats, p.LocalCandidateID)
		res.RemoteType = browser.CandidateType(stats, p.RemoteCandidateID)
	}
}

func (s *session) close() error {
	if s.peer != nil {
		_ = s.peer.Close()
	}
	return s.pc.Close()
}
