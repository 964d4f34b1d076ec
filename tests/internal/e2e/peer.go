package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/everyrtc/rtc"
)

// Configuration is the PeerConnection configuration of cmd, the same on
// both sides: none, or only the TURN server with relay-only ICE.
func Configuration(cmd Command) rtc.Configuration {
	if cmd.TURN == nil {
		return rtc.Configuration{}
	}
	return rtc.Configuration{
		ICEServers: []rtc.ICEServer{{
			URLs:       []string{cmd.TURN.URL},
			Username:   cmd.TURN.Username,
			Credential: cmd.TURN.Credential,
		}},
		ICETransportPolicy: rtc.ICETransportPolicyRelay,
	}
}

// WaitConnected waits until pc's connection state is connected, failing
// at once on failed or closed.
func WaitConnected(ctx context.Context, pc *rtc.PeerConnection) error {
	return Poll(ctx, "connection state connected", func() (bool, error) {
		switch s := pc.ConnectionState(); s {
		case rtc.PeerConnectionStateConnected:
			return true, nil
		case rtc.PeerConnectionStateFailed, rtc.PeerConnectionStateClosed:
			return false, fmt.Errorf("connection state is %v", s)
		}
		return false, nil
	})
}

// WaitStable waits until pc's signaling state is stable with a current
// remote description for which cond (nil: none) holds.
func WaitStable(ctx context.Context, pc *rtc.PeerConnection, what string, cond func() (bool, error)) error {
	return Poll(ctx, what, func() (bool, error) {
		if pc.SignalingState() != rtc.SignalingStateStable || pc.CurrentRemoteDescription() == nil {
			return false, nil
		}
		if cond == nil {
			return true, nil
		}
		return cond()
	})
}

// Sends and Receives tell whether a transceiver direction includes
// sending or receiving.
func Sends(d rtc.RTPTransceiverDirection) bool {
	return d == rtc.RTPTransceiverDirectionSendrecv || d == rtc.RTPTransceiverDirectionSendonly
}

// Receives tells whether d includes receiving.
func Receives(d rtc.RTPTransceiverDirection) bool {
	return d == rtc.RTPTransceiverDirectionSendrecv || d == rtc.RTPTransceiverDirectionRecvonly
}

// ByMid returns pc's transceiver negotiated as mid, or nil.
func ByMid(pc *rtc.PeerConnection, mid string) *rtc.RTPTransceiver {
	for _, tr := range pc.GetTransceivers() {
		if tr.Mid() == mid {
			return tr
		}
	}
	return nil
}

// MidOf returns the mid of the transceiver whose sender is s.
func MidOf(pc *rtc.PeerConnection, s *rtc.RTPSender) string {
	for _, tr := range pc.GetTransceivers() {
		if tr.Sender() == s {
			return tr.Mid()
		}
	}
	return ""
}

// ICEUfrags returns the distinct a=ice-ufrag values of desc.
func ICEUfrags(desc *rtc.SessionDescription) []string {
	if desc == nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(desc.SDP, "\n") {
		if u, ok := strings.CutPrefix(strings.TrimSpace(line), "a=ice-ufrag:"); ok {
			dup := false
			for _, o := range out {
				dup = dup || o == u
			}
			if !dup {
				out = append(out, u)
			}
		}
	}
	return out
}

// SelectedPair is the candidate pair in use with both candidates.
type SelectedPair struct {
	Pair          rtc.ICECandidatePairStats
	Local, Remote rtc.ICECandidateStats
}

func (p SelectedPair) String() string {
	return fmt.Sprintf("%s %s:%d <-> %s %s:%d", p.Local.CandidateType, p.Local.IP, p.Local.Port,
		p.Remote.CandidateType, p.Remote.IP, p.Remote.Port)
}

// Selected finds the selected candidate pair of report and its
// candidates.
func Selected(report rtc.StatsReport) (SelectedPair, error) {
	pair, ok := report.SelectedCandidatePair()
	if !ok {
		return SelectedPair{}, fmt.Errorf("no selected candidate pair in %d stats entries", len(report))
	}
	sp := SelectedPair{Pair: pair}
	local, lok := report[pair.LocalCandidateID].(rtc.ICECandidateStats)
	remote, rok := report[pair.RemoteCandidateID].(rtc.ICECandidateStats)
	if !lok || !rok {
		return sp, fmt.Errorf("selected pair %s: its candidates %q and %q are not in the report as ICECandidateStats (%T, %T)",
			pair.ID, pair.LocalCandidateID, pair.RemoteCandidateID, report[pair.LocalCandidateID], report[pair.RemoteCandidateID])
	}
	sp.Local, sp.Remote = local, remote
	return sp, nil
}

// CheckRelayed checks that both candidates of the selected pair are relay
// candidates allocated by turn (its relay address and port range).
func CheckRelayed(p SelectedPair, turn *TURN) error {
	for _, c := range []struct {
		side string
		c    rtc.ICECandidateStats
	}{{"local", p.Local}, {"remote", p.Remote}} {
		if c.c.CandidateType != rtc.ICECandidateTypeRelay {
			return fmt.Errorf("selected pair %v: the %s candidate is %v, not relay", p, c.side, c.c.CandidateType)
		}
		if c.c.IP != turn.RelayIP || int(c.c.Port) < turn.MinPort || int(c.c.Port) > turn.MaxPort {
			return fmt.Errorf("selected pair %v: the %s relay candidate is not in the TURN server's relay range %s:%d-%d",
				p, c.side, turn.RelayIP, turn.MinPort, turn.MaxPort)
		}
	}
	return nil
}

// CodecMime returns the MIME type of the codec entry id of report.
func CodecMime(report rtc.StatsReport, id string) string {
	if c, ok := report[id].(rtc.CodecStats); ok {
		return c.MimeType
	}
	return ""
}

// State describes pc's states and descriptions briefly, for a failure.
func State(pc *rtc.PeerConnection) string {
	desc := func(d *rtc.SessionDescription) string {
		if d == nil {
			return "none"
		}
		return d.Type.String()
	}
	return fmt.Sprintf("signaling %v, ICE gathering %v, ICE %v, connection %v; local description %s, remote %s",
		pc.SignalingState(), pc.ICEGatheringState(), pc.ICEConnectionState(), pc.ConnectionState(),
		desc(pc.CurrentLocalDescription()), desc(pc.CurrentRemoteDescription()))
}

// StateLog records a PeerConnection's connection states as its
// OnConnectionStateChange handler reports them.
type StateLog struct {
	mu     sync.Mutex
	states []rtc.PeerConnectionState
	seen   chan struct{} // closed and replaced on each state
}

// NewStateLog takes over pc's OnConnectionStateChange handler.
func NewStateLog(pc *rtc.PeerConnection) *StateLog {
	l := &StateLog{seen: make(chan struct{})}
	pc.OnConnectionStateChange(func(s rtc.PeerConnectionState) {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.states = append(l.states, s)
		close(l.seen)
		l.seen = make(chan struct{})
	})
	return l
}

// States returns the states so far.
func (l *StateLog) States() []rtc.PeerConnectionState {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]rtc.PeerConnectionState(nil), l.states...)
}

// WaitSequence waits until the states after the first from index from
// include want in order (other states may come between), and returns the
// index after the last one matched.
func (l *StateLog) WaitSequence(ctx context.Context, from int, want ...rtc.PeerConnectionState) (int, error) {
	for {
		l.mu.Lock()
		i, next := from, 0
		for ; i < len(l.states) && next < len(want); i++ {
			if l.states[i] == want[next] {
				next++
			}
		}
		seen := l.seen
		all := append([]rtc.PeerConnectionState(nil), l.states...)
		l.mu.Unlock()
		if next == len(want) {
			return i, nil
		}
		select {
		case <-seen:
		case <-ctx.Done():
			return 0, fmt.Errorf("waiting for connection states %v (after the first %d): got %v: %w", want, from, all, context.Cause(ctx))
		}
	}
}
