//go:build js && wasm

package rtc

import "encoding/json"

// statsFromJS decodes the shim's JSON array of RTCStatsReport entries; the
// "peer-connection" entry is keyed by the PeerConnection's ID, as natively.
func statsFromJS(text, pcID string) StatsReport {
	var raws []json.RawMessage
	if json.Unmarshal([]byte(text), &raws) != nil {
		return StatsReport{}
	}
	out := make(StatsReport, len(raws))
	for _, raw := range raws {
		var head struct {
			ID string `json:"id"`
		}
		s, err := UnmarshalStatsEntry(raw)
		if err != nil || json.Unmarshal(raw, &head) != nil {
			continue
		}
		if p, ok := s.(PeerConnectionStats); ok {
			p.ID, head.ID = pcID, pcID
			s = p
		}
		out[head.ID] = s
	}
	return out
}
