//go:build !js

package rtc

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/pion/webrtc/v4"
)

// fillPionStats sets every field of the struct v points to a distinct
// non-zero value: enums (integer types with a String method) get 2, a valid
// value of each of pion's enums.
func fillPionStats(t *testing.T, v reflect.Value, n *int) {
	t.Helper()
	stringer := reflect.TypeFor[fmt.Stringer]()
	for i := range v.NumField() {
		f := v.Field(i)
		if !f.CanSet() {
			continue
		}
		*n++
		switch f.Kind() {
		case reflect.String:
			f.SetString(fmt.Sprintf("s%d", *n))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if f.Type().Implements(stringer) {
				f.SetInt(2)
			} else {
				f.SetInt(int64(*n))
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			if f.Type().Implements(stringer) {
				f.SetUint(2)
			} else {
				f.SetUint(uint64(*n))
			}
		case reflect.Float32, reflect.Float64:
			f.SetFloat(float64(*n) + 0.5)
		case reflect.Map:
			m := reflect.MakeMap(f.Type())
			m.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(*n).Convert(f.Type().Elem()))
			f.Set(m)
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{fmt.Sprintf("s%d", *n)}).Convert(f.Type()))
		case reflect.Pointer:
			p := reflect.New(f.Type().Elem())
			fillPionStats(t, p.Elem(), n)
			f.Set(p)
		default:
			t.Fatalf("fillPionStats: field %s has kind %s", v.Type().Field(i).Name, f.Kind())
		}
	}
}

// pionStatsSamples returns one filled entry of every pion stats type, keyed
// by its ID.
func pionStatsSamples(t *testing.T) webrtc.StatsReport {
	t.Helper()
	entries := []struct {
		p   any // pointer to a pion stats struct
		typ webrtc.StatsType
	}{
		{&webrtc.CodecStats{}, webrtc.StatsTypeCodec},
		{&webrtc.InboundRTPStreamStats{}, webrtc.StatsTypeInboundRTP},
		{&webrtc.OutboundRTPStreamStats{}, webrtc.StatsTypeOutboundRTP},
		{&webrtc.RemoteInboundRTPStreamStats{}, webrtc.StatsTypeRemoteInboundRTP},
		{&webrtc.RemoteOutboundRTPStreamStats{}, webrtc.StatsTypeRemoteOutboundRTP},
		{&webrtc.RTPContributingSourceStats{}, webrtc.StatsTypeCSRC},
		{&webrtc.AudioSourceStats{}, webrtc.StatsTypeMediaSource},
		{&webrtc.VideoSourceStats{}, webrtc.StatsTypeMediaSource},
		{&webrtc.AudioPlayoutStats{}, webrtc.StatsTypeMediaPlayout},
		{&webrtc.PeerConnectionStats{}, webrtc.StatsTypePeerConnection},
		{&webrtc.DataChannelStats{}, webrtc.StatsTypeDataChannel},
		{&webrtc.MediaStreamStats{}, webrtc.StatsTypeStream},
		{&webrtc.AudioSenderStats{}, webrtc.StatsTypeSender},
		{&webrtc.SenderAudioTrackAttachmentStats{}, webrtc.StatsTypeTrack},
		{&webrtc.VideoSenderStats{}, webrtc.StatsTypeSender},
		{&webrtc.SenderVideoTrackAttachmentStats{}, webrtc.StatsTypeTrack},
		{&webrtc.AudioReceiverStats{}, webrtc.StatsTypeReceiver},
		{&webrtc.VideoReceiverStats{}, webrtc.StatsTypeReceiver},
		{&webrtc.TransportStats{}, webrtc.StatsTypeTransport},
		{&webrtc.ICECandidatePairStats{}, webrtc.StatsTypeCandidatePair},
		{&webrtc.ICECandidateStats{}, webrtc.StatsTypeLocalCandidate},
		{&webrtc.CertificateStats{}, webrtc.StatsTypeCertificate},
		{&webrtc.SCTPTransportStats{}, webrtc.StatsTypeSCTPTransport},
	}
	report := webrtc.StatsReport{}
	n := 0
	for i, e := range entries {
		v := reflect.ValueOf(e.p).Elem()
		fillPionStats(t, v, &n)
		id := fmt.Sprintf("%s-%d", v.Type().Name(), i)
		v.FieldByName("ID").SetString(id)
		v.FieldByName("Type").SetString(string(e.typ))
		kind := v.FieldByName("Kind")
		switch name := v.Type().Name(); {
		case !kind.IsValid():
		case name == "VideoSourceStats" || name == "VideoSenderStats" ||
			name == "SenderVideoTrackAttachmentStats" || name == "VideoReceiverStats":
			kind.SetString("video")
		default:
			kind.SetString("audio")
		}
		report[id] = v.Interface().(webrtc.Stats)
	}
	return report
}

// TestStatsFromPionKeepsEveryField compares the JSON of each pion entry with
// the JSON of its conversion: every member pion writes must be there with the
// same value (pion's "ip" is the W3C "address").
func TestStatsFromPionKeepsEveryField(t *testing.T) {
	in := pionStatsSamples(t)
	out := statsFromPion(in)
	if len(out) != len(in) {
		t.Fatalf("statsFromPion kept %d of %d entries", len(out), len(in))
	}
	for id, p := range in {
		s, ok := out[id]
		if !ok {
			t.Errorf("%s missing", id)
			continue
		}
		if want := reflect.TypeOf(p).Name(); reflect.TypeOf(s).Name() != want {
			t.Errorf("%s converted to %T, want rtc.%s", id, s, want)
		}
		pj, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		oj, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var pm, om map[string]any
		if err := json.Unmarshal(pj, &pm); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(oj, &om); err != nil {
			t.Fatal(err)
		}
		for k, pv := range pm {
			ok := k
			if k == "ip" {
				ok = "address"
			}
			if ov, found := om[ok]; !found || !reflect.DeepEqual(ov, pv) {
				t.Errorf("%s: %q = %v (present %v), pion has %v", id, ok, ov, found, pv)
			}
		}

		// And back: the package's JSON decodes to the same entry.
		back, err := UnmarshalStatsEntry(oj)
		if err != nil {
			t.Fatalf("%s: UnmarshalStatsEntry: %v", id, err)
		}
		if !reflect.DeepEqual(back, s) {
			t.Errorf("%s: JSON round trip\n got  %#v\n want %#v", id, back, s)
		}
	}
}

func TestStatsFromPionFields(t *testing.T) {
	pair := webrtc.ICECandidatePairStats{
		Timestamp: 1718000012345.5, Type: webrtc.StatsTypeCandidatePair, ID: "CP1", TransportID: "T1",
		LocalCandidateID: "L1", RemoteCandidateID: "R1", State: webrtc.StatsICECandidatePairStateSucceeded,
		Nominated: true, PacketsSent: 7, BytesSent: 700, BytesReceived: 800, CurrentRoundTripTime: 0.02,
		LastPacketReceivedTimestamp: 1718000012000,
	}
	transport := webrtc.TransportStats{
		Timestamp: 2, Type: webrtc.StatsTypeTransport, ID: "T1", BytesSent: 11, BytesReceived: 12,
		ICERole: webrtc.ICERoleControlling, DTLSState: webrtc.DTLSTransportStateConnected,
		ICEState: webrtc.ICETransportStateCompleted, LocalCertificateID: "CERT1",
	}
	candidate := webrtc.ICECandidateStats{
		Timestamp: 3, Type: webrtc.StatsTypeRemoteCandidate, ID: "R1", IP: "198.51.100.4", Port: 3478,
		Protocol: "udp", CandidateType: webrtc.ICECandidateTypeRelay, Priority: 16777215,
	}
	dc := webrtc.DataChannelStats{
		Timestamp: 4, Type: webrtc.StatsTypeDataChannel, ID: "D1", Label: "chat", DataChannelIdentifier: 5,
		State: webrtc.DataChannelStateOpen, MessagesSent: 3, BytesSent: 30,
	}
	inbound := webrtc.InboundRTPStreamStats{
		Timestamp: 5, Type: webrtc.StatsTypeInboundRTP, ID: "IN1", SSRC: 0xdeadbeef, Kind: "video",
		FramesDecoded: 90, PacketsLost: -3, BytesReceived: 1 << 40, PerDSCPPacketsReceived: map[string]uint32{"0": 1},
	}
	outbound := webrtc.OutboundRTPStreamStats{
		Timestamp: 6, Type: webrtc.StatsTypeOutboundRTP, ID: "OUT1", SSRC: 42, BytesSent: 4242,
		QualityLimitationReason:    webrtc.QualityLimitationReasonBandwidth,
		QualityLimitationDurations: map[string]float64{"bandwidth": 1},
	}
	codec := webrtc.CodecStats{ID: "C1", Type: webrtc.StatsTypeCodec, PayloadType: 111, CodecType: webrtc.CodecTypeEncode,
		MimeType: "audio/opus", ClockRate: 48000, Channels: 2}
	sctp := webrtc.SCTPTransportStats{ID: "S1", Type: webrtc.StatsTypeSCTPTransport, MTU: 1200,
		Metadata: &webrtc.SCTPTransportMetadata{PartialReliabilityMode: webrtc.SCTPTransportPartialReliabilityModeIForwardTSN}}

	type otherStats struct{ webrtc.CodecStats } // a type statsFromPion does not know
	report := statsFromPion(webrtc.StatsReport{
		"CP1": pair, "T1": transport, "R1": candidate, "D1": dc, "IN1": inbound, "OUT1": outbound,
		"C1": codec, "S1": sctp, "X": otherStats{},
	})

	if _, ok := report["X"]; ok || len(report) != 8 {
		t.Errorf("unknown pion type not skipped: %d entries", len(report))
	}

	p := statsAs[ICECandidatePairStats](t, report["CP1"])
	if p.ID != "CP1" || p.Type != StatsTypeCandidatePair || p.Timestamp != 1718000012345.5 || p.TransportID != "T1" ||
		p.LocalCandidateID != "L1" || p.RemoteCandidateID != "R1" || p.State != StatsICECandidatePairStateSucceeded ||
		!p.Nominated || p.PacketsSent != 7 || p.BytesSent != 700 || p.BytesReceived != 800 ||
		p.CurrentRoundTripTime != 0.02 || p.LastPacketReceivedTimestamp != 1718000012000 {
		t.Errorf("candidate pair = %+v", p)
	}
	if sel, ok := report.SelectedCandidatePair(); !ok || sel.ID != "CP1" {
		t.Errorf("SelectedCandidatePair = %q, %v", sel.ID, ok)
	}

	tr := statsAs[TransportStats](t, report["T1"])
	if tr.ICERole.String() != "controlling" || tr.DTLSState.String() != "connected" ||
		tr.ICEState.String() != "completed" || tr.BytesSent != 11 || tr.BytesReceived != 12 || tr.LocalCertificateID != "CERT1" {
		t.Errorf("transport = %+v", tr)
	}

	c := statsAs[ICECandidateStats](t, report["R1"])
	if c.CandidateType.String() != "relay" || c.IP != "198.51.100.4" || c.Port != 3478 || c.Priority != 16777215 ||
		c.Type != StatsTypeRemoteCandidate {
		t.Errorf("candidate = %+v", c)
	}

	d := statsAs[DataChannelStats](t, report["D1"])
	if d.State.String() != "open" || d.Label != "chat" || d.DataChannelIdentifier != 5 || d.MessagesSent != 3 || d.BytesSent != 30 {
		t.Errorf("data channel = %+v", d)
	}
	if got := report.DataChannels(); len(got) != 1 || got[0].ID != "D1" {
		t.Errorf("DataChannels = %v", got)
	}

	in := statsAs[InboundRTPStreamStats](t, report["IN1"])
	if in.SSRC != 0xdeadbeef || in.FramesDecoded != 90 || in.PacketsLost != -3 || in.BytesReceived != 1<<40 || in.Kind != "video" {
		t.Errorf("inbound = %+v", in)
	}
	inbound.PerDSCPPacketsReceived["0"] = 99
	if in.PerDSCPPacketsReceived["0"] != 1 {
		t.Error("PerDSCPPacketsReceived shares pion's map")
	}

	out := statsAs[OutboundRTPStreamStats](t, report["OUT1"])
	if out.SSRC != 42 || out.BytesSent != 4242 || out.QualityLimitationReason != QualityLimitationReasonBandwidth ||
		out.QualityLimitationDurations["bandwidth"] != 1 {
		t.Errorf("outbound = %+v", out)
	}

	cs := statsAs[CodecStats](t, report["C1"])
	if cs.PayloadType != 111 || cs.CodecType != CodecTypeEncode || cs.MimeType != "audio/opus" || cs.ClockRate != 48000 || cs.Channels != 2 {
		t.Errorf("codec = %+v", cs)
	}

	st := statsAs[SCTPTransportStats](t, report["S1"])
	if st.MTU != 1200 || st.Metadata == nil || st.Metadata.PartialReliabilityMode != SCTPTransportPartialReliabilityModeIForwardTSN {
		t.Errorf("sctp = %+v", st)
	}
	sctp.Metadata.ZeroChecksumSendingEnabled = true
	if st.Metadata.ZeroChecksumSendingEnabled {
		t.Error("Metadata shares pion's pointer")
	}
}
