//go:build js && wasm

package browser

import "github.com/everyrtc/rtc"

// SelectedPair describes pc's selected candidate pair from GetStats, such
// as "host ↔ srflx", or "" before there is one.
func SelectedPair(pc *rtc.PeerConnection) string {
	stats := pc.GetStats()
	p, ok := stats.SelectedCandidatePair()
	if !ok {
		return ""
	}
	return CandidateType(stats, p.LocalCandidateID) + " ↔ " + CandidateType(stats, p.RemoteCandidateID)
}

// CandidateType is the type of the candidate id in r ("host", "relay"...).
func CandidateType(r rtc.StatsReport, id string) string {
	if c, ok := r[id].(rtc.ICECandidateStats); ok {
		return c.CandidateType.String()
	}
	return "?"
}
