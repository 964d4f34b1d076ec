package rtc

import (
	"strings"
	"testing"
)

// exchange sends n text messages of size bytes from one end to the other
// and waits until all have arrived.
func exchange(t *testing.T, from, to *DataChannel, n, size int) {
	t.Helper()
	got := make(chan struct{}, n)
	to.OnMessage(func(DataChannelMessage) { got <- struct{}{} })
	msg := strings.Repeat("x", size)
	for i := 0; i < n; i++ {
		if err := from.SendText(msg); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < n; i++ {
		recv(t, got, "message")
	}
}

// dataChannelStats returns the report's data-channel entry with label.
func dataChannelStats(r StatsReport, label string) (DataChannelStats, bool) {
	for _, d := range r.DataChannels() {
		if d.Label == label {
			return d, true
		}
	}
	return DataChannelStats{}, false
}

// transportTotals sums the bytes of the report's transports (one with
// bundling on both targets).
func transportTotals(r StatsReport) (sent, received uint64) {
	for _, tr := range r.Transports() {
		sent += tr.BytesSent
		received += tr.BytesReceived
	}
	return sent, received
}

// pairsReceived sums bytesReceived over every candidate pair: the remote
// peer may send on a pair other than the one this side selected (Chromium
// with both peers in one page does), so the selected pair alone may have
// received nothing.
func pairsReceived(r StatsReport) (n uint64) {
	for _, cp := range r.CandidatePairs() {
		n += cp.BytesReceived
	}
	return n
}

func TestStatsDataChannelConnection(t *testing.T) {
	p := newPair(t, true)
	local, remote := p.openChannels("stats", nil)
	exchange(t, local, remote, 5, 100)
	exchange(t, remote, local, 5, 100)

	r1 := p.a.GetStats()
	pcStats, ok := r1.PeerConnection()
	if !ok {
		t.Fatalf("no peer-connection entry in %d entries", len(r1))
	}
	if pcStats.Type != StatsTypePeerConnection || pcStats.DataChannelsOpened < 1 {
		t.Errorf("peer-connection entry %+v, want dataChannelsOpened >= 1", pcStats)
	}
	if len(r1.Transports()) == 0 {
		t.Fatalf("no transport entry")
	}
	sent1, recv1 := transportTotals(r1)
	if sent1 == 0 || recv1 == 0 {
		t.Errorf("transport bytes sent %d, received %d after messages both ways", sent1, recv1)
	}

	pair1, ok := r1.SelectedCandidatePair()
	if !ok {
		t.Fatalf("no selected candidate pair among %+v", r1.CandidatePairs())
	}
	if pair1.State != StatsICECandidatePairStateSucceeded || !pair1.Nominated {
		t.Errorf("selected pair state %q nominated %v, want succeeded and nominated", pair1.State, pair1.Nominated)
	}
	if pair1.BytesSent == 0 || pairsReceived(r1) == 0 {
		t.Errorf("selected pair bytes sent %d; bytes received on all pairs %d", pair1.BytesSent, pairsReceived(r1))
	}
	if lc, ok := r1[pair1.LocalCandidateID].(ICECandidateStats); !ok || lc.Type != StatsTypeLocalCandidate {
		t.Errorf("local candidate %q of the pair: %#v", pair1.LocalCandidateID, r1[pair1.LocalCandidateID])
	} else if lc.IP == "" || lc.Port == 0 {
		t.Errorf("local candidate without address: %+v", lc)
	}
	if rc, ok := r1[pair1.RemoteCandidateID].(ICECandidateStats); !ok || rc.Type != StatsTypeRemoteCandidate {
		t.Errorf("remote candidate %q of the pair: %#v", pair1.RemoteCandidateID, r1[pair1.RemoteCandidateID])
	}

	dc1, ok := dataChannelStats(r1, "stats")
	if !ok {
		t.Fatalf("no data-channel entry labelled stats among %+v", r1.DataChannels())
	}
	if dc1.State != DataChannelStateOpen || dc1.MessagesSent < 5 || dc1.BytesSent < 500 ||
		dc1.MessagesReceived < 5 || dc1.BytesReceived < 500 {
		t.Errorf("data-channel entry %+v, want open with at least 5 messages and 500 bytes each way", dc1)
	}

	// The counters grow with more traffic.
	exchange(t, local, remote, 10, 1000)
	exchange(t, remote, local, 1, 10)
	var r2 StatsReport
	eventually(t, "counters to grow", func() bool {
		r2 = p.a.GetStats()
		s, r := transportTotals(r2)
		pair2, ok := r2.SelectedCandidatePair()
		dc2, ok2 := dataChannelStats(r2, "stats")
		return ok && ok2 && s >= sent1+10000 && r > recv1 &&
			pair2.BytesSent >= pair1.BytesSent+10000 && pairsReceived(r2) > pairsReceived(r1) &&
			dc2.MessagesSent == dc1.MessagesSent+10 && dc2.BytesSent == dc1.BytesSent+10000
	})
	dc2, _ := dataChannelStats(r2, "stats")
	if dc2.State != DataChannelStateOpen || dc2.ID != dc1.ID {
		t.Errorf("data-channel entry after more traffic %+v (was ID %q)", dc2, dc1.ID)
	}
}
