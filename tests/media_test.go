//go:build !js

package tests

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
	"github.com/pion/rtcp"
)

// Packets the native side counts of each kind before it is satisfied: a
// few seconds of 30 fps video and 20 ms Opus frames.
const (
	minVideoPackets = 60
	minAudioPackets = 100
)

// testMedia: the browser sends a canvas video track and an oscillator
// audio track; the native peer reads their RTP (VP8 and Opus), checks the
// payload types and counts packets, and echoes every packet back to the
// browser on tracks of its own (added from OnTrack, which renegotiates),
// forwarding the browser's keyframe requests. The browser checks, in its
// statistics, that it decodes the echoed video and plays the echoed audio.
func (e *env) testMedia(t *testing.T) {
	cmd := e2e.Command{Scenario: e2e.ScenarioMedia, Signal: e.room(e2e.ScenarioMedia)}
	run := e.begin(t, cmd)
	pc := e.newPC(t, cmd, nativeAPI(false))
	echoes := make(chan *echo, 2)
	errs := make(chan error, 8)
	pc.OnTrack(func(tr *rtc.TrackRemote, _ *rtc.RTPReceiver) {
		ec, err := startEcho(pc, tr)
		if err != nil {
			errs <- err
			return
		}
		echoes <- ec
	})
	join(t, cmd, pc)
	got := map[rtc.RTPCodecType]*echo{}
	for len(got) < 2 {
		select {
		case ec := <-echoes:
			if got[ec.kind] != nil {
				t.Fatalf("a second %v track arrived", ec.kind)
			}
			got[ec.kind] = ec
		case err := <-errs:
			t.Fatal(err)
		case <-ctx(t, waitTimeout).Done():
			t.Fatalf("OnTrack: %d of the browser's 2 tracks arrived within %v; %s", len(got), waitTimeout, e2e.State(pc))
		}
	}
	for kind, want := range map[rtc.RTPCodecType]struct {
		mime    string
		packets int
	}{
		rtc.RTPCodecTypeVideo: {"video/VP8", minVideoPackets},
		rtc.RTPCodecTypeAudio: {"audio/opus", minAudioPackets},
	} {
		ec := got[kind]
		if !strings.EqualFold(ec.mime, want.mime) {
			t.Errorf("the browser's %v track was negotiated as %s, want %s", kind, ec.mime, want.mime)
		}
		select {
		case <-ec.enough(want.packets):
		case <-ctx(t, waitTimeout).Done():
			t.Fatalf("%v: %d RTP packets within %v, want %d (%s); %s", kind, ec.count(), waitTimeout, want.packets, ec.reader(), e2e.State(pc))
		}
		if err := ec.failed(); err != nil {
			t.Fatalf("%v: %v", kind, err)
		}
		t.Logf("native: %v track %s (%s, payload type %d): %d RTP packets read, %d echoed",
			kind, ec.id, ec.mime, ec.pt, ec.count(), ec.echoed())
	}
	run.wait(t)
	for _, ec := range got {
		if err := ec.failed(); err != nil {
			t.Errorf("%v: %v", ec.kind, err)
		}
	}
	select {
	case ec := <-echoes:
		t.Errorf("OnTrack fired again, for a %v track %s: the first one's receiver was replaced", ec.kind, ec.id)
	default:
	}
}

// echo reads a remote track's RTP and writes it to a local track on the
// same PeerConnection.
type echo struct {
	kind rtc.RTPCodecType
	id   string
	mime string
	pt   rtc.PayloadType

	mu      sync.Mutex
	n, out  int
	err     error
	ended   bool // ReadRTP returned io.EOF
	waiters []waiter
}

type waiter struct {
	n  int
	ch chan struct{}
}

// startEcho adds the echo track for tr (which renegotiates) and starts
// forwarding.
func startEcho(pc *rtc.PeerConnection, tr *rtc.TrackRemote) (*echo, error) {
	codec := tr.Codec()
	ec := &echo{kind: tr.Kind(), id: tr.ID(), mime: codec.MimeType, pt: tr.PayloadType()}
	local, err := rtc.NewTrackLocalStaticRTP(codec.RTPCodecCapability, "echo-"+tr.Kind().String(), "native-echo")
	if err != nil {
		return nil, fmt.Errorf("NewTrackLocalStaticRTP(%s): %w", codec.MimeType, err)
	}
	sender, err := pc.AddTrack(local)
	if err != nil {
		return nil, fmt.Errorf("AddTrack(echo %v): %w", tr.Kind(), err)
	}
	// The browser asks for keyframes of the echoed video: ask the browser.
	go func() {
		for {
			pkts, _, err := sender.ReadRTCP()
			if err != nil {
				return
			}
			for _, p := range pkts {
				switch p.(type) {
				case *rtcp.PictureLossIndication, *rtcp.FullIntraRequest:
					_ = pc.WriteRTCP([]rtcp.Packet{&rtcp.PictureLossIndication{MediaSSRC: uint32(tr.SSRC())}})
				}
			}
		}
	}()
	go func() {
		for {
			p, _, err := tr.ReadRTP()
			if err != nil {
				// The track ends (io.EOF) when the connection closes, or
				// when pion replaces the receiver: the latter, before
				// enough packets, is what the wait below reports.
				if errors.Is(err, io.EOF) {
					ec.mu.Lock()
					ec.ended = true
					ec.mu.Unlock()
				} else {
					ec.fail(fmt.Errorf("ReadRTP: %w", err))
				}
				return
			}
			if rtc.PayloadType(p.PayloadType) != ec.pt {
				ec.fail(fmt.Errorf("an RTP packet of payload type %d on a track negotiated as %d (%s)", p.PayloadType, ec.pt, ec.mime))
				return
			}
			ec.add()
			// The browser's header extension IDs mean nothing on the way
			// back: the echo is told apart by its SSRC.
			p.Extension, p.Extensions = false, nil
			if err := local.WriteRTP(p); err == nil {
				ec.mu.Lock()
				ec.out++
				ec.mu.Unlock()
			}
		}
	}()
	return ec, nil
}

func (ec *echo) add() {
	ec.mu.Lock()
	defer ec.mu.Unlock()
	ec.n++
	kept := ec.waiters[:0]
	for _, w := range ec.waiters {
		if ec.n >= w.n {
			close(w.ch)
		} else {
			kept = append(kept, w)
		}
	}
	ec.waiters = kept
}

// enough is closed once n packets were read.
func (ec *echo) enough(n int) <-chan struct{} {
	ec.mu.Lock()
	defer ec.mu.Unlock()
	ch := make(chan struct{})
	if ec.n >= n {
		close(ch)
	} else {
		ec.waiters = append(ec.waiters, waiter{n, ch})
	}
	return ch
}

func (ec *echo) count() int  { ec.mu.Lock(); defer ec.mu.Unlock(); return ec.n }
func (ec *echo) echoed() int { ec.mu.Lock(); defer ec.mu.Unlock(); return ec.out }

func (ec *echo) fail(err error) {
	ec.mu.Lock()
	defer ec.mu.Unlock()
	if ec.err == nil {
		ec.err = err
	}
}

func (ec *echo) failed() error { ec.mu.Lock(); defer ec.mu.Unlock(); return ec.err }

// reader says how the track's reader stands, for a failed wait.
func (ec *echo) reader() string {
	ec.mu.Lock()
	defer ec.mu.Unlock()
	switch {
	case ec.err != nil:
		return "reader stopped: " + ec.err.Error()
	case ec.ended:
		return "the track ended (io.EOF): its receiver was stopped"
	}
	return fmt.Sprintf("reader waiting in ReadRTP, %d packets echoed", ec.out)
}
