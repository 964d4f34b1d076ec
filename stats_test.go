package rtc

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
)

// Entries as Chromium's RTCPeerConnection.getStats() gives them, one
// JSON.stringify per entry.
const (
	chromeCandidatePair = `{"id":"CPxJ0P2xYy_3VoqZ2L1","timestamp":1718000012345.678,"type":"candidate-pair",
		"availableOutgoingBitrate":2794560,"bytesDiscardedOnSend":0,"bytesReceived":48213,"bytesSent":51870,
		"consentRequestsSent":4,"currentRoundTripTime":0.012,"lastPacketReceivedTimestamp":1718000012301.2,
		"lastPacketSentTimestamp":1718000012320.9,"localCandidateId":"IxJ0P2xYy","nominated":true,
		"packetsDiscardedOnSend":0,"packetsReceived":412,"packetsSent":437,"priority":9115038255631187000,
		"remoteCandidateId":"I3VoqZ2L1","requestsReceived":6,"requestsSent":5,"responsesReceived":5,
		"responsesSent":6,"state":"succeeded","totalRoundTripTime":0.061,"transportId":"T01","writable":true}`

	chromeTransport = `{"id":"T01","timestamp":1718000012345.678,"type":"transport","bytesReceived":48213,
		"bytesSent":51870,"dtlsCipher":"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256","dtlsRole":"client",
		"dtlsState":"connected","iceLocalUsernameFragment":"W7pL","iceRole":"controlling","iceState":"connected",
		"localCertificateId":"CF7A:1B:44","packetsReceived":412,"packetsSent":437,"remoteCertificateId":"CF0C:9E:21",
		"selectedCandidatePairChanges":1,"selectedCandidatePairId":"CPxJ0P2xYy_3VoqZ2L1",
		"srtpCipher":"AES_CM_128_HMAC_SHA1_80","tlsVersion":"FEFD"}`

	chromeDataChannel = `{"id":"D1","timestamp":1718000012345.678,"type":"data-channel","bytesReceived":1024,
		"bytesSent":2048,"dataChannelIdentifier":1,"label":"chat","messagesReceived":8,"messagesSent":16,
		"protocol":"json","state":"open"}`

	chromeInboundVideo = `{"id":"IT01V2812441950","timestamp":1718000012345.678,"type":"inbound-rtp",
		"codecId":"CIT01_96","kind":"video","mediaType":"video","ssrc":2812441950,"transportId":"T01",
		"jitter":0.007,"packetsLost":3,"packetsReceived":2150,"bytesReceived":2213456,
		"decoderImplementation":"libvpx","firCount":0,"frameHeight":480,"frameWidth":640,
		"framesAssembledFromMultiplePackets":598,"framesDecoded":601,"framesDropped":2,"framesPerSecond":30,
		"framesReceived":603,"freezeCount":1,"headerBytesReceived":51600,"jitterBufferDelay":24.5,
		"jitterBufferEmittedCount":601,"jitterBufferMinimumDelay":20.1,"jitterBufferTargetDelay":22.3,
		"keyFramesDecoded":4,"lastPacketReceivedTimestamp":1718000012330.1,"mid":"1","nackCount":5,
		"pauseCount":0,"pliCount":2,"powerEfficientDecoder":false,"qpSum":18345,"remoteId":"ROA2812441950",
		"retransmittedBytesReceived":3400,"retransmittedPacketsReceived":4,"totalAssemblyTime":1.25,
		"totalDecodeTime":1.9,"totalFreezesDuration":0.35,"totalInterFrameDelay":20.03,"totalPausesDuration":0,
		"totalProcessingDelay":30.2,"totalSquaredInterFrameDelay":0.71,
		"trackIdentifier":"a6c4e1b2-0d7f-4c55-9a3e-7d3d1f0e9b11","fecPacketsDiscarded":0,"fecPacketsReceived":0}`

	chromeInboundAudio = `{"id":"IT01A3511029934","timestamp":1718000012345.678,"type":"inbound-rtp",
		"codecId":"CIT01_111_minptime=10;useinbandfec=1","kind":"audio","mediaType":"audio","ssrc":3511029934,
		"transportId":"T01","jitter":0.002,"packetsLost":-1,"packetsReceived":1000,"bytesReceived":81234,
		"audioLevel":0.0312,"concealedSamples":2880,"concealmentEvents":3,"estimatedPlayoutTimestamp":3927000012000,
		"fecPacketsDiscarded":0,"fecPacketsReceived":12,"headerBytesReceived":12000,
		"insertedSamplesForDeceleration":960,"jitterBufferDelay":48.2,"jitterBufferEmittedCount":960000,
		"jitterBufferMinimumDelay":40.5,"jitterBufferTargetDelay":45.1,"lastPacketReceivedTimestamp":1718000012340.2,
		"mid":"0","nackCount":0,"packetsDiscarded":0,"playoutId":"AP","remoteId":"ROA3511029934",
		"removedSamplesForAcceleration":480,"silentConcealedSamples":960,"totalAudioEnergy":0.0042,
		"totalProcessingDelay":50.7,"totalSamplesDuration":20.01,"totalSamplesReceived":960480,
		"trackIdentifier":"5b1f3c2a-88e2-4e0e-b1d4-0f2a9c7e6d55"}`

	chromeOutboundVideo = `{"id":"OT01V1743306722","timestamp":1718000012345.678,"type":"outbound-rtp",
		"codecId":"COT01_96","kind":"video","mediaType":"video","ssrc":1743306722,"transportId":"T01",
		"active":true,"bytesSent":2401234,"encoderImplementation":"libvpx","firCount":0,"frameHeight":720,
		"frameWidth":1280,"framesEncoded":600,"framesPerSecond":30,"framesSent":600,"headerBytesSent":62000,
		"hugeFramesSent":1,"keyFramesEncoded":3,"mediaSourceId":"SV1","mid":"1","nackCount":2,"packetsSent":2480,
		"pliCount":1,"powerEfficientEncoder":false,
		"qualityLimitationDurations":{"bandwidth":1.5,"cpu":0,"none":18.5,"other":0},
		"qualityLimitationReason":"bandwidth","qualityLimitationResolutionChanges":2,"qpSum":15321,
		"remoteId":"RIV1743306722","retransmittedBytesSent":5120,"retransmittedPacketsSent":5,"rtxSsrc":1943306722,
		"scalabilityMode":"L1T1","targetBitrate":1500000,"totalEncodeTime":3.25,"totalEncodedBytesTarget":0,
		"totalPacketSendDelay":0.71}`

	chromeLocalCandidate = `{"id":"IxJ0P2xYy","timestamp":1718000012345.678,"type":"local-candidate",
		"address":"203.0.113.7","candidateType":"srflx","foundation":"2437581223","ip":"203.0.113.7",
		"isRemote":false,"networkAdapterType":"wifi","networkType":"wifi","port":61204,"priority":1686052607,
		"protocol":"udp","relatedAddress":"192.168.1.23","relatedPort":61204,"transportId":"T01",
		"url":"stun:stun.l.google.com:19302","usernameFragment":"W7pL","vpn":false}`

	chromeCodec = `{"id":"CIT01_111_minptime=10;useinbandfec=1","timestamp":1718000012345.678,"type":"codec",
		"channels":2,"clockRate":48000,"mimeType":"audio/opus","payloadType":111,
		"sdpFmtpLine":"minptime=10;useinbandfec=1","transportId":"T01"}`

	unknownFoo = `{"id":"F1","timestamp":1718000012345.678,"type":"foo","bar":42,"baz":{"q":[1,2]}}`
)

func mustUnmarshalStats(t *testing.T, raw string) Stats {
	t.Helper()
	s, err := UnmarshalStatsEntry([]byte(raw))
	if err != nil {
		t.Fatalf("UnmarshalStatsEntry: %v", err)
	}
	return s
}

func statsAs[T Stats](t *testing.T, s Stats) T {
	t.Helper()
	v, ok := s.(T)
	if !ok {
		var want T
		t.Fatalf("entry is %T, want %T", s, want)
	}
	return v
}

func TestStatsUnmarshalChromiumCandidatePair(t *testing.T) {
	p := statsAs[ICECandidatePairStats](t, mustUnmarshalStats(t, chromeCandidatePair))
	if p.ID != "CPxJ0P2xYy_3VoqZ2L1" || p.Type != StatsTypeCandidatePair || p.TransportID != "T01" {
		t.Errorf("identity = %q %q %q", p.ID, p.Type, p.TransportID)
	}
	if p.Timestamp != 1718000012345.678 {
		t.Errorf("Timestamp = %v", p.Timestamp)
	}
	if p.LocalCandidateID != "IxJ0P2xYy" || p.RemoteCandidateID != "I3VoqZ2L1" {
		t.Errorf("candidate IDs = %q %q", p.LocalCandidateID, p.RemoteCandidateID)
	}
	if p.State != StatsICECandidatePairStateSucceeded || !p.Nominated {
		t.Errorf("State, Nominated = %q %v", p.State, p.Nominated)
	}
	if p.BytesSent != 51870 || p.BytesReceived != 48213 || p.PacketsSent != 437 || p.PacketsReceived != 412 {
		t.Errorf("counters = %d %d %d %d", p.BytesSent, p.BytesReceived, p.PacketsSent, p.PacketsReceived)
	}
	if p.CurrentRoundTripTime != 0.012 || p.TotalRoundTripTime != 0.061 || p.AvailableOutgoingBitrate != 2794560 {
		t.Errorf("rtt, bitrate = %v %v %v", p.CurrentRoundTripTime, p.TotalRoundTripTime, p.AvailableOutgoingBitrate)
	}
	if p.RequestsSent != 5 || p.ResponsesReceived != 5 || p.ConsentRequestsSent != 4 {
		t.Errorf("STUN counters = %d %d %d", p.RequestsSent, p.ResponsesReceived, p.ConsentRequestsSent)
	}
	if p.LastPacketSentTimestamp != 1718000012320.9 {
		t.Errorf("LastPacketSentTimestamp = %v", p.LastPacketSentTimestamp)
	}
}

func TestStatsUnmarshalChromiumTransport(t *testing.T) {
	tr := statsAs[TransportStats](t, mustUnmarshalStats(t, chromeTransport))
	if tr.ID != "T01" || tr.Type != StatsTypeTransport {
		t.Errorf("identity = %q %q", tr.ID, tr.Type)
	}
	if tr.ICERole != ICERoleControlling || tr.ICEState != ICETransportStateConnected ||
		tr.DTLSState != DTLSTransportStateConnected || tr.DTLSRole != DTLSRoleClient {
		t.Errorf("enums = %v %v %v %v", tr.ICERole, tr.ICEState, tr.DTLSState, tr.DTLSRole)
	}
	if tr.SelectedCandidatePairID != "CPxJ0P2xYy_3VoqZ2L1" || tr.SelectedCandidatePairChanges != 1 {
		t.Errorf("selected pair = %q %d", tr.SelectedCandidatePairID, tr.SelectedCandidatePairChanges)
	}
	if tr.BytesSent != 51870 || tr.BytesReceived != 48213 || tr.PacketsSent != 437 || tr.PacketsReceived != 412 {
		t.Errorf("counters = %d %d %d %d", tr.BytesSent, tr.BytesReceived, tr.PacketsSent, tr.PacketsReceived)
	}
	if tr.TLSVersion != "FEFD" || tr.DTLSCipher != "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" ||
		tr.SRTPCipher != "AES_CM_128_HMAC_SHA1_80" {
		t.Errorf("ciphers = %q %q %q", tr.TLSVersion, tr.DTLSCipher, tr.SRTPCipher)
	}
	if tr.LocalCertificateID != "CF7A:1B:44" || tr.RemoteCertificateID != "CF0C:9E:21" ||
		tr.ICELocalUsernameFragment != "W7pL" {
		t.Errorf("certs, ufrag = %q %q %q", tr.LocalCertificateID, tr.RemoteCertificateID, tr.ICELocalUsernameFragment)
	}
}

func TestStatsUnmarshalChromiumDataChannel(t *testing.T) {
	dc := statsAs[DataChannelStats](t, mustUnmarshalStats(t, chromeDataChannel))
	want := DataChannelStats{
		Timestamp: 1718000012345.678, Type: StatsTypeDataChannel, ID: "D1",
		Label: "chat", Protocol: "json", DataChannelIdentifier: 1, State: DataChannelStateOpen,
		MessagesSent: 16, BytesSent: 2048, MessagesReceived: 8, BytesReceived: 1024,
	}
	if dc != want {
		t.Errorf("got  %+v\nwant %+v", dc, want)
	}
	if dc.State.String() != "open" {
		t.Errorf("State = %q", dc.State)
	}
}

func TestStatsUnmarshalChromiumInboundVideo(t *testing.T) {
	in := statsAs[InboundRTPStreamStats](t, mustUnmarshalStats(t, chromeInboundVideo))
	if in.ID != "IT01V2812441950" || in.Kind != "video" || in.SSRC != 2812441950 || in.Mid != "1" {
		t.Errorf("identity = %q %q %d %q", in.ID, in.Kind, in.SSRC, in.Mid)
	}
	if in.CodecID != "CIT01_96" || in.TransportID != "T01" || in.RemoteID != "ROA2812441950" {
		t.Errorf("links = %q %q %q", in.CodecID, in.TransportID, in.RemoteID)
	}
	if in.FramesDecoded != 601 || in.KeyFramesDecoded != 4 || in.FramesReceived != 603 || in.FramesDropped != 2 {
		t.Errorf("frames = %d %d %d %d", in.FramesDecoded, in.KeyFramesDecoded, in.FramesReceived, in.FramesDropped)
	}
	if in.FrameWidth != 640 || in.FrameHeight != 480 || in.FramesPerSecond != 30 {
		t.Errorf("size = %dx%d@%v", in.FrameWidth, in.FrameHeight, in.FramesPerSecond)
	}
	if in.PacketsReceived != 2150 || in.PacketsLost != 3 || in.BytesReceived != 2213456 || in.HeaderBytesReceived != 51600 {
		t.Errorf("counters = %d %d %d %d", in.PacketsReceived, in.PacketsLost, in.BytesReceived, in.HeaderBytesReceived)
	}
	if in.NACKCount != 5 || in.PLICount != 2 || in.QPSum != 18345 || in.FreezeCount != 1 {
		t.Errorf("feedback = %d %d %d %d", in.NACKCount, in.PLICount, in.QPSum, in.FreezeCount)
	}
	if in.DecoderImplementation != "libvpx" || in.TrackIdentifier != "a6c4e1b2-0d7f-4c55-9a3e-7d3d1f0e9b11" {
		t.Errorf("decoder, track = %q %q", in.DecoderImplementation, in.TrackIdentifier)
	}
	if in.JitterBufferEmittedCount != 601 || in.JitterBufferDelay != 24.5 || in.TotalDecodeTime != 1.9 {
		t.Errorf("jitter buffer = %d %v %v", in.JitterBufferEmittedCount, in.JitterBufferDelay, in.TotalDecodeTime)
	}
	if in.FramesAssembledFromMultiplePackets != 598 || in.RetransmittedPacketsReceived != 4 {
		t.Errorf("assembly, rtx = %d %d", in.FramesAssembledFromMultiplePackets, in.RetransmittedPacketsReceived)
	}
	if in.TotalSamplesReceived != 0 {
		t.Errorf("video TotalSamplesReceived = %d", in.TotalSamplesReceived)
	}
}

func TestStatsUnmarshalChromiumInboundAudio(t *testing.T) {
	in := statsAs[InboundRTPStreamStats](t, mustUnmarshalStats(t, chromeInboundAudio))
	if in.Kind != "audio" || in.SSRC != 3511029934 || in.CodecID != "CIT01_111_minptime=10;useinbandfec=1" {
		t.Errorf("identity = %q %d %q", in.Kind, in.SSRC, in.CodecID)
	}
	if in.TotalSamplesReceived != 960480 || in.ConcealedSamples != 2880 || in.SilentConcealedSamples != 960 ||
		in.ConcealmentEvents != 3 {
		t.Errorf("samples = %d %d %d %d", in.TotalSamplesReceived, in.ConcealedSamples, in.SilentConcealedSamples,
			in.ConcealmentEvents)
	}
	if in.InsertedSamplesForDeceleration != 960 || in.RemovedSamplesForAcceleration != 480 {
		t.Errorf("time stretch = %d %d", in.InsertedSamplesForDeceleration, in.RemovedSamplesForAcceleration)
	}
	if in.AudioLevel != 0.0312 || in.TotalAudioEnergy != 0.0042 || in.TotalSamplesDuration != 20.01 {
		t.Errorf("levels = %v %v %v", in.AudioLevel, in.TotalAudioEnergy, in.TotalSamplesDuration)
	}
	if in.PacketsLost != -1 {
		t.Errorf("PacketsLost = %d, want -1", in.PacketsLost)
	}
	if in.PlayoutID != "AP" || in.EstimatedPlayoutTimestamp != 3927000012000 || in.FECPacketsReceived != 12 {
		t.Errorf("playout, fec = %q %v %d", in.PlayoutID, in.EstimatedPlayoutTimestamp, in.FECPacketsReceived)
	}
	if in.FramesDecoded != 0 {
		t.Errorf("audio FramesDecoded = %d", in.FramesDecoded)
	}
}

func TestStatsUnmarshalChromiumOutbound(t *testing.T) {
	out := statsAs[OutboundRTPStreamStats](t, mustUnmarshalStats(t, chromeOutboundVideo))
	if out.ID != "OT01V1743306722" || out.SSRC != 1743306722 || out.Kind != "video" || out.MediaSourceID != "SV1" {
		t.Errorf("identity = %q %d %q %q", out.ID, out.SSRC, out.Kind, out.MediaSourceID)
	}
	if out.BytesSent != 2401234 || out.PacketsSent != 2480 || out.HeaderBytesSent != 62000 ||
		out.RetransmittedPacketsSent != 5 || out.RetransmittedBytesSent != 5120 {
		t.Errorf("counters = %d %d %d %d %d", out.BytesSent, out.PacketsSent, out.HeaderBytesSent,
			out.RetransmittedPacketsSent, out.RetransmittedBytesSent)
	}
	if out.FramesEncoded != 600 || out.KeyFramesEncoded != 3 || out.FramesSent != 600 || out.HugeFramesSent != 1 {
		t.Errorf("frames = %d %d %d %d", out.FramesEncoded, out.KeyFramesEncoded, out.FramesSent, out.HugeFramesSent)
	}
	if out.QualityLimitationReason != QualityLimitationReasonBandwidth || out.QualityLimitationResolutionChanges != 2 {
		t.Errorf("quality limitation = %q %d", out.QualityLimitationReason, out.QualityLimitationResolutionChanges)
	}
	if got := out.QualityLimitationDurations; len(got) != 4 || got["none"] != 18.5 || got["bandwidth"] != 1.5 {
		t.Errorf("QualityLimitationDurations = %v", got)
	}
	if !out.Active || out.TargetBitrate != 1500000 || out.ScalabilityMode != "L1T1" || out.EncoderImplementation != "libvpx" {
		t.Errorf("encoder = %v %v %q %q", out.Active, out.TargetBitrate, out.ScalabilityMode, out.EncoderImplementation)
	}
}

func TestStatsUnmarshalChromiumLocalCandidate(t *testing.T) {
	c := statsAs[ICECandidateStats](t, mustUnmarshalStats(t, chromeLocalCandidate))
	if c.ID != "IxJ0P2xYy" || c.Type != StatsTypeLocalCandidate || c.TransportID != "T01" {
		t.Errorf("identity = %q %q %q", c.ID, c.Type, c.TransportID)
	}
	if c.IP != "203.0.113.7" || c.Port != 61204 || c.Protocol != "udp" || c.Priority != 1686052607 {
		t.Errorf("address = %q %d %q %d", c.IP, c.Port, c.Protocol, c.Priority)
	}
	if c.CandidateType != ICECandidateTypeSrflx || c.CandidateType.String() != "srflx" {
		t.Errorf("CandidateType = %v", c.CandidateType)
	}
	if c.RelatedAddress != "192.168.1.23" || c.RelatedPort != 61204 || c.Foundation != "2437581223" ||
		c.UsernameFragment != "W7pL" || c.URL != "stun:stun.l.google.com:19302" || c.NetworkType != "wifi" {
		t.Errorf("details = %+v", c)
	}

	// Older browsers (and pion) call the address "ip".
	legacy := statsAs[ICECandidateStats](t, mustUnmarshalStats(t,
		`{"id":"I2","timestamp":1,"type":"remote-candidate","ip":"198.51.100.9","port":3478,"candidateType":"relay"}`))
	if legacy.IP != "198.51.100.9" || legacy.CandidateType != ICECandidateTypeRelay || legacy.Type != StatsTypeRemoteCandidate {
		t.Errorf("legacy candidate = %+v", legacy)
	}
}

func TestStatsUnmarshalChromiumCodec(t *testing.T) {
	c := statsAs[CodecStats](t, mustUnmarshalStats(t, chromeCodec))
	want := CodecStats{
		Timestamp: 1718000012345.678, Type: StatsTypeCodec, ID: "CIT01_111_minptime=10;useinbandfec=1",
		PayloadType: 111, TransportID: "T01", MimeType: "audio/opus", ClockRate: 48000, Channels: 2,
		SDPFmtpLine: "minptime=10;useinbandfec=1",
	}
	if c != want {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
}

func TestStatsUnmarshalUnknownType(t *testing.T) {
	u := statsAs[UnknownStats](t, mustUnmarshalStats(t, unknownFoo))
	if u.Type != "foo" || u.ID != "F1" || u.Timestamp != 1718000012345.678 {
		t.Errorf("identity = %q %q %v", u.Type, u.ID, u.Timestamp)
	}
	var raw map[string]any
	if err := json.Unmarshal(u.Raw, &raw); err != nil {
		t.Fatalf("Raw: %v", err)
	}
	if raw["bar"] != float64(42) {
		t.Errorf("Raw lost a member: %s", u.Raw)
	}
	b, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	var again map[string]any
	if err := json.Unmarshal(b, &again); err != nil || !reflect.DeepEqual(raw, again) {
		t.Errorf("Marshal(UnknownStats) = %s, %v", b, err)
	}

	// A media entry of a kind the package does not model is kept too.
	u = statsAs[UnknownStats](t, mustUnmarshalStats(t, `{"id":"S9","timestamp":2,"type":"media-source","kind":"haptic"}`))
	if u.Type != StatsTypeMediaSource || u.ID != "S9" {
		t.Errorf("unknown kind = %+v", u)
	}
	// So is an entry without a type.
	if _, ok := mustUnmarshalStats(t, `{"id":"X"}`).(UnknownStats); !ok {
		t.Error("entry without type is not UnknownStats")
	}
}

func TestStatsUnmarshalKinds(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want Stats
	}{
		{`{"id":"SA","timestamp":1,"type":"media-source","kind":"audio","trackIdentifier":"t","audioLevel":0.5}`,
			AudioSourceStats{Timestamp: 1, Type: StatsTypeMediaSource, ID: "SA", TrackIdentifier: "t", Kind: "audio", AudioLevel: 0.5}},
		{`{"id":"SV","timestamp":1,"type":"media-source","kind":"video","width":640,"height":360,"frames":90,"framesPerSecond":30}`,
			VideoSourceStats{Timestamp: 1, Type: StatsTypeMediaSource, ID: "SV", Kind: "video", Width: 640, Height: 360, Frames: 90, FramesPerSecond: 30}},
		{`{"id":"TA","timestamp":1,"type":"track","kind":"audio","ended":true}`,
			SenderAudioTrackAttachmentStats{Timestamp: 1, Type: StatsTypeTrack, ID: "TA", Kind: "audio", Ended: true}},
		{`{"id":"TV","timestamp":1,"type":"track","kind":"video","framesSent":3}`,
			SenderVideoTrackAttachmentStats{Timestamp: 1, Type: StatsTypeTrack, ID: "TV", Kind: "video", FramesSent: 3}},
		{`{"id":"XA","timestamp":1,"type":"sender","kind":"audio","totalSamplesSent":7}`,
			AudioSenderStats{Timestamp: 1, Type: StatsTypeSender, ID: "XA", Kind: "audio", TotalSamplesSent: 7}},
		{`{"id":"XV","timestamp":1,"type":"sender","kind":"video","framesCaptured":9}`,
			VideoSenderStats{Timestamp: 1, Type: StatsTypeSender, ID: "XV", Kind: "video", FramesCaptured: 9}},
		{`{"id":"RA","timestamp":1,"type":"receiver","kind":"audio","totalSamplesReceived":11}`,
			AudioReceiverStats{Timestamp: 1, Type: StatsTypeReceiver, ID: "RA", Kind: "audio", TotalSamplesReceived: 11}},
		{`{"id":"RV","timestamp":1,"type":"receiver","kind":"video","framesDecoded":13}`,
			VideoReceiverStats{Timestamp: 1, Type: StatsTypeReceiver, ID: "RV", Kind: "video", FramesDecoded: 13}},
	} {
		got := mustUnmarshalStats(t, tc.raw)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("UnmarshalStatsEntry(%s)\n got  %#v\n want %#v", tc.raw, got, tc.want)
		}
	}
}

func TestStatsUnmarshalMalformed(t *testing.T) {
	for _, raw := range []string{
		``,
		`   `,
		`{`,
		`{"type":"codec",}`,
		`{"type":"inbound-rtp","bytesReceived":12`,
		`[{"type":"codec"}]`,
		`"codec"`,
		`42`,
		`null`,
		`{"type":"codec"} {"type":"codec"}`,
	} {
		s, err := UnmarshalStatsEntry([]byte(raw))
		if !errors.Is(err, ErrSyntax) {
			t.Errorf("UnmarshalStatsEntry(%q) = %v, %v; want ErrSyntax", raw, s, err)
		}
		if s != nil {
			t.Errorf("UnmarshalStatsEntry(%q) returned %T with the error", raw, s)
		}
	}
}

func TestStatsUnmarshalLenient(t *testing.T) {
	// A member of the wrong JSON type, or an enum string the package does not
	// know, leaves that field zero and keeps the rest of the entry.
	in := statsAs[InboundRTPStreamStats](t, mustUnmarshalStats(t,
		`{"id":"I","timestamp":1,"type":"inbound-rtp","bytesReceived":"lots","packetsReceived":5,"kind":"audio"}`))
	if in.PacketsReceived != 5 || in.Kind != "audio" || in.BytesReceived != 0 || in.ID != "I" {
		t.Errorf("lenient inbound = %+v", in)
	}
	tr := statsAs[TransportStats](t, mustUnmarshalStats(t,
		`{"id":"T","timestamp":1,"type":"transport","iceState":"sleepy","dtlsState":"connected","bytesSent":3}`))
	if tr.ICEState != ICETransportStateUnknown || tr.DTLSState != DTLSTransportStateConnected || tr.BytesSent != 3 {
		t.Errorf("lenient transport = %+v", tr)
	}
}

// sampleStats returns one populated value of every entry type.
func sampleStats() []Stats {
	return []Stats{
		CodecStats{Timestamp: 1.5, Type: StatsTypeCodec, ID: "C1", PayloadType: 96, CodecType: CodecTypeDecode,
			TransportID: "T1", MimeType: "video/VP8", ClockRate: 90000, Channels: 0, SDPFmtpLine: "x=1", Implementation: "pion"},
		InboundRTPStreamStats{Timestamp: 2, Type: StatsTypeInboundRTP, ID: "IN1", Mid: "0", SSRC: 1234, Kind: "audio",
			TransportID: "T1", CodecID: "C1", TrackIdentifier: "trk", TotalSamplesReceived: 48000, ConcealedSamples: 10,
			FramesDecoded: 0, PacketsReceived: 99, PacketsLost: -2, Jitter: 0.25, BytesReceived: 9999,
			NACKCount: 1, JitterBufferDelay: 0.5, JitterBufferEmittedCount: 7, LastPacketReceivedTimestamp: 1.75,
			PerDSCPPacketsReceived: map[string]uint32{"0": 99}, PlayoutID: "AP", FramesPerSecond: 0},
		InboundRTPStreamStats{Timestamp: 2, Type: StatsTypeInboundRTP, ID: "IN2", SSRC: 5678, Kind: "video",
			FramesDecoded: 300, KeyFramesDecoded: 2, FrameWidth: 640, FrameHeight: 480, FramesPerSecond: 29.97,
			DecoderImplementation: "libvpx", FreezeCount: 1, TotalFreezesDuration: 0.5},
		OutboundRTPStreamStats{Timestamp: 3, Type: StatsTypeOutboundRTP, ID: "OUT1", Mid: "1", Rid: "h", MediaSourceID: "S1",
			SSRC: 4321, Kind: "video", BytesSent: 123456, PacketsSent: 321, HeaderBytesSent: 12, FramesEncoded: 60,
			QualityLimitationReason: QualityLimitationReasonCPU, QualityLimitationDurations: map[string]float64{"cpu": 1.5, "none": 2},
			PerDSCPPacketsSent: map[string]uint32{"46": 3}, Active: true, ScalabilityMode: "L1T3", TargetBitrate: 1e6},
		RemoteInboundRTPStreamStats{Timestamp: 4, Type: StatsTypeRemoteInboundRTP, ID: "RI1", SSRC: 4321, Kind: "video",
			LocalID: "OUT1", RoundTripTime: 0.02, TotalRoundTripTime: 0.4, FractionLost: 0.01, RoundTripTimeMeasurements: 20,
			PacketsLost: 4, Jitter: 0.001},
		RemoteOutboundRTPStreamStats{Timestamp: 5, Type: StatsTypeRemoteOutboundRTP, ID: "RO1", SSRC: 1234, Kind: "audio",
			LocalID: "IN1", RemoteTimestamp: 4.5, ReportsSent: 9, PacketsSent: 100, BytesSent: 1000, RoundTripTime: 0.03},
		RTPContributingSourceStats{Timestamp: 6, Type: StatsTypeCSRC, ID: "CS1", ContributorSSRC: 77,
			InboundRTPStreamID: "IN1", PacketsContributedTo: 12, AudioLevel: 0.1},
		AudioSourceStats{Timestamp: 7, Type: StatsTypeMediaSource, ID: "SA1", TrackIdentifier: "mic", Kind: "audio",
			AudioLevel: 0.2, TotalAudioEnergy: 0.3, TotalSamplesDuration: 4, TotalSamplesCaptured: 192000},
		VideoSourceStats{Timestamp: 8, Type: StatsTypeMediaSource, ID: "SV1", TrackIdentifier: "cam", Kind: "video",
			Width: 1280, Height: 720, Frames: 600, FramesPerSecond: 30},
		AudioPlayoutStats{Timestamp: 9, Type: StatsTypeMediaPlayout, ID: "AP", Kind: "audio",
			SynthesizedSamplesDuration: 0.1, SynthesizedSamplesEvents: 2, TotalSamplesDuration: 10, TotalPlayoutDelay: 1, TotalSamplesCount: 480000},
		PeerConnectionStats{Timestamp: 10, Type: StatsTypePeerConnection, ID: "P", DataChannelsOpened: 2,
			DataChannelsClosed: 1, DataChannelsRequested: 2, DataChannelsAccepted: 1},
		DataChannelStats{Timestamp: 11, Type: StatsTypeDataChannel, ID: "D1", Label: "chat", Protocol: "p",
			DataChannelIdentifier: 3, TransportID: "T1", State: DataChannelStateClosing, MessagesSent: 1, BytesSent: 2,
			MessagesReceived: 3, BytesReceived: 4},
		MediaStreamStats{Timestamp: 12, Type: StatsTypeStream, ID: "MS1", StreamIdentifier: "s", TrackIDs: []string{"a", "b"}},
		AudioSenderStats{Timestamp: 13, Type: StatsTypeSender, ID: "AS1", TrackIdentifier: "mic", Kind: "audio",
			AudioLevel: 0.5, VoiceActivityFlag: true, TotalSamplesSent: 100},
		SenderAudioTrackAttachmentStats{Timestamp: 14, Type: StatsTypeTrack, ID: "TA1", TrackIdentifier: "mic", Kind: "audio", Ended: true},
		VideoSenderStats{Timestamp: 15, Type: StatsTypeSender, ID: "VS1", Kind: "video", FramesCaptured: 5, FramesSent: 4,
			HugeFramesSent: 1, KeyFramesSent: 1},
		SenderVideoTrackAttachmentStats{Timestamp: 16, Type: StatsTypeTrack, ID: "TV1", Kind: "video", FramesSent: 8},
		AudioReceiverStats{Timestamp: 17, Type: StatsTypeReceiver, ID: "AR1", Kind: "audio", TotalSamplesReceived: 480,
			ConcealedSamples: 2, EstimatedPlayoutTimestamp: 16.5},
		VideoReceiverStats{Timestamp: 18, Type: StatsTypeReceiver, ID: "VR1", Kind: "video", FramesDecoded: 30,
			FrameWidth: 320, FrameHeight: 240, FullFramesLost: 1},
		TransportStats{Timestamp: 19, Type: StatsTypeTransport, ID: "T1", PacketsSent: 10, PacketsReceived: 11,
			BytesSent: 12, BytesReceived: 13, ICERole: ICERoleControlled, DTLSState: DTLSTransportStateConnected,
			ICEState: ICETransportStateChecking, DTLSRole: DTLSRoleServer, SelectedCandidatePairID: "CP1",
			LocalCertificateID: "CERT1", TLSVersion: "FEFD", DTLSCipher: "c", SRTPCipher: "s"},
		ICECandidatePairStats{Timestamp: 20, Type: StatsTypeCandidatePair, ID: "CP1", TransportID: "T1",
			LocalCandidateID: "L1", RemoteCandidateID: "R1", State: StatsICECandidatePairStateSucceeded, Nominated: true,
			BytesSent: 100, BytesReceived: 200, CurrentRoundTripTime: 0.015, TotalRoundTripTime: 0.3, ResponsesReceived: 20,
			LastPacketSentTimestamp: 19.5},
		ICECandidateStats{Timestamp: 21, Type: StatsTypeLocalCandidate, ID: "L1", TransportID: "T1", IP: "192.0.2.1",
			Port: 5000, Protocol: "udp", CandidateType: ICECandidateTypeHost, Priority: 2130706431, Foundation: "1"},
		CertificateStats{Timestamp: 22, Type: StatsTypeCertificate, ID: "CERT1", Fingerprint: "AB:CD",
			FingerprintAlgorithm: "sha-256", Base64Certificate: "MIIB"},
		SCTPTransportStats{Timestamp: 23, Type: StatsTypeSCTPTransport, ID: "SCTP", TransportID: "T1",
			SmoothedRoundTripTime: 0.01, CongestionWindow: 4380, ReceiverWindow: 1 << 20, MTU: 1200, UNACKData: 1,
			BytesSent: 99, BytesReceived: 98, Metadata: &SCTPTransportMetadata{PartialReliabilityMode: SCTPTransportPartialReliabilityModeForwardTSN}},
	}
}

func TestStatsJSONRoundTrip(t *testing.T) {
	// Members each entry's JSON must carry, by W3C name.
	wantMembers := map[string][]string{
		"C1":    {"payloadType", "mimeType", "clockRate", "sdpFmtpLine", "transportId"},
		"IN1":   {"totalSamplesReceived", "concealedSamples", "packetsLost", "jitterBufferEmittedCount", "trackIdentifier", "playoutId"},
		"IN2":   {"framesDecoded", "keyFramesDecoded", "frameWidth", "framesPerSecond", "decoderImplementation", "freezeCount"},
		"OUT1":  {"bytesSent", "packetsSent", "headerBytesSent", "framesEncoded", "qualityLimitationReason", "qualityLimitationDurations", "mediaSourceId"},
		"RI1":   {"roundTripTime", "totalRoundTripTime", "fractionLost", "roundTripTimeMeasurements", "localId"},
		"RO1":   {"remoteTimestamp", "reportsSent", "localId"},
		"CS1":   {"contributorSsrc", "inboundRtpStreamId", "packetsContributedTo"},
		"SA1":   {"trackIdentifier", "audioLevel", "totalAudioEnergy", "totalSamplesCaptured"},
		"SV1":   {"width", "height", "frames", "framesPerSecond"},
		"AP":    {"synthesizedSamplesDuration", "totalPlayoutDelay", "totalSamplesCount"},
		"P":     {"dataChannelsOpened", "dataChannelsClosed"},
		"D1":    {"label", "protocol", "dataChannelIdentifier", "state", "messagesSent", "bytesReceived"},
		"T1":    {"iceRole", "dtlsState", "iceState", "dtlsRole", "selectedCandidatePairId", "localCertificateId", "tlsVersion"},
		"CP1":   {"currentRoundTripTime", "totalRoundTripTime", "localCandidateId", "remoteCandidateId", "nominated", "responsesReceived"},
		"L1":    {"address", "port", "protocol", "candidateType", "priority", "foundation"},
		"CERT1": {"fingerprint", "fingerprintAlgorithm", "base64Certificate"},
		"SCTP":  {"smoothedRoundTripTime", "congestionWindow", "receiverWindow", "mtu", "unackData"},
	}
	wantStrings := map[string]map[string]string{
		"D1":  {"state": "closing"},
		"T1":  {"iceRole": "controlled", "dtlsState": "connected", "iceState": "checking", "dtlsRole": "server"},
		"L1":  {"candidateType": "host", "address": "192.0.2.1"},
		"CP1": {"state": "succeeded"},
	}

	for _, s := range sampleStats() {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("Marshal(%T): %v", s, err)
		}
		var members map[string]any
		if err := json.Unmarshal(b, &members); err != nil {
			t.Fatalf("Marshal(%T) gave %s: %v", s, b, err)
		}
		id, _ := members["id"].(string)
		for _, name := range append([]string{"id", "type", "timestamp"}, wantMembers[id]...) {
			if _, ok := members[name]; !ok {
				t.Errorf("%T %s: JSON lacks %q: %s", s, id, name, b)
			}
		}
		for name, want := range wantStrings[id] {
			if members[name] != want {
				t.Errorf("%T %s: %q = %v, want %q", s, id, name, members[name], want)
			}
		}
		if _, ok := members["ip"]; ok {
			t.Errorf("%T %s: JSON has pion's \"ip\": %s", s, id, b)
		}

		got, err := UnmarshalStatsEntry(b)
		if err != nil {
			t.Fatalf("UnmarshalStatsEntry(%s): %v", b, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("round trip of %T\n got  %#v\n want %#v", s, got, s)
		}
	}
}

func TestStatsEnumZeroIsOmitted(t *testing.T) {
	b, err := json.Marshal(TransportStats{ID: "T", Type: StatsTypeTransport})
	if err != nil {
		t.Fatal(err)
	}
	var members map[string]any
	if err := json.Unmarshal(b, &members); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"iceRole", "dtlsState", "iceState", "dtlsRole"} {
		if _, ok := members[name]; ok {
			t.Errorf("unknown %s marshalled: %s", name, b)
		}
	}
	// A pointer marshals the same as the value.
	pb, err := json.Marshal(&TransportStats{ID: "T", Type: StatsTypeTransport})
	if err != nil || string(pb) != string(b) {
		t.Errorf("Marshal(&v) = %s, %v; want %s", pb, err, b)
	}
}

func TestStatsReportJSONRoundTrip(t *testing.T) {
	report := StatsReport{}
	for _, s := range sampleStats() {
		b, _ := json.Marshal(s)
		var head struct{ ID string }
		_ = json.Unmarshal(b, &head)
		report[head.ID] = s
	}
	foo, err := UnmarshalStatsEntry([]byte(unknownFoo))
	if err != nil {
		t.Fatal(err)
	}
	report["F1"] = foo

	b, err := json.Marshal(report)
	if err != nil {
		t.Fatal(err)
	}
	var got StatsReport
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(report) {
		t.Fatalf("len = %d, want %d", len(got), len(report))
	}
	for id, want := range report {
		g := got[id]
		if u, ok := want.(UnknownStats); ok {
			gu, ok := g.(UnknownStats)
			if !ok || gu.ID != u.ID || gu.Type != u.Type {
				t.Errorf("%s: got %#v", id, g)
			}
			continue
		}
		if !reflect.DeepEqual(g, want) {
			t.Errorf("%s:\n got  %#v\n want %#v", id, g, want)
		}
	}

	if err := json.Unmarshal([]byte(`{"x":{"type":`), &got); err == nil {
		t.Error("truncated report decoded")
	}
	var r StatsReport
	if err := r.UnmarshalJSON([]byte(`{"x":[1]}`)); !errors.Is(err, ErrSyntax) {
		t.Errorf("report with a non-object entry: %v", err)
	}
}

func TestStatsReportAccessors(t *testing.T) {
	pairB := ICECandidatePairStats{ID: "CPb", Type: StatsTypeCandidatePair, State: StatsICECandidatePairStateSucceeded,
		Nominated: true, LastPacketReceivedTimestamp: 100}
	pairA := ICECandidatePairStats{ID: "CPa", Type: StatsTypeCandidatePair, State: StatsICECandidatePairStateInProgress}
	pairC := ICECandidatePairStats{ID: "CPc", Type: StatsTypeCandidatePair, State: StatsICECandidatePairStateSucceeded,
		Nominated: true, LastPacketSentTimestamp: 200}
	report := StatsReport{
		"CPb":  pairB,
		"CPc":  &pairC, // entries stored as pointers are found too
		"CPa":  pairA,
		"IN2":  InboundRTPStreamStats{ID: "IN2", Kind: "video"},
		"IN1":  InboundRTPStreamStats{ID: "IN1", Kind: "audio"},
		"OUT1": OutboundRTPStreamStats{ID: "OUT1"},
		"T2":   TransportStats{ID: "T2"},
		"T1":   TransportStats{ID: "T1"},
		"D2":   DataChannelStats{ID: "D2", Label: "b"},
		"D1":   DataChannelStats{ID: "D1", Label: "a"},
		"P":    PeerConnectionStats{ID: "P", DataChannelsOpened: 2},
		"C":    CodecStats{ID: "C"},
		"F":    UnknownStats{ID: "F", Type: "foo"},
	}

	ids := func(n int, id func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	pairs := report.CandidatePairs()
	if got := ids(len(pairs), func(i int) string { return pairs[i].ID }); !reflect.DeepEqual(got, []string{"CPa", "CPb", "CPc"}) {
		t.Errorf("CandidatePairs = %v", got)
	}
	in := report.InboundRTP()
	if got := ids(len(in), func(i int) string { return in[i].ID }); !reflect.DeepEqual(got, []string{"IN1", "IN2"}) {
		t.Errorf("InboundRTP = %v", got)
	}
	if out := report.OutboundRTP(); len(out) != 1 || out[0].ID != "OUT1" {
		t.Errorf("OutboundRTP = %v", out)
	}
	tr := report.Transports()
	if got := ids(len(tr), func(i int) string { return tr[i].ID }); !reflect.DeepEqual(got, []string{"T1", "T2"}) {
		t.Errorf("Transports = %v", got)
	}
	dc := report.DataChannels()
	if got := ids(len(dc), func(i int) string { return dc[i].Label }); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("DataChannels = %v", got)
	}
	if pc, ok := report.PeerConnection(); !ok || pc.DataChannelsOpened != 2 {
		t.Errorf("PeerConnection = %v, %v", pc, ok)
	}

	// No transport names a pair: the nominated succeeded pair with the
	// latest traffic.
	if p, ok := report.SelectedCandidatePair(); !ok || p.ID != "CPc" {
		t.Errorf("SelectedCandidatePair (nominated) = %q, %v; want CPc", p.ID, ok)
	}
	// A transport's selectedCandidatePairId wins.
	report["T2"] = TransportStats{ID: "T2", SelectedCandidatePairID: "CPa"}
	if p, ok := report.SelectedCandidatePair(); !ok || p.ID != "CPa" {
		t.Errorf("SelectedCandidatePair (transport) = %q, %v; want CPa", p.ID, ok)
	}
	// A dangling selectedCandidatePairId falls back to nomination.
	report["T2"] = TransportStats{ID: "T2", SelectedCandidatePairID: "gone"}
	if p, ok := report.SelectedCandidatePair(); !ok || p.ID != "CPc" {
		t.Errorf("SelectedCandidatePair (dangling) = %q, %v; want CPc", p.ID, ok)
	}
	// Ties go to the smallest ID.
	report["CPc"] = ICECandidatePairStats{ID: "CPc", State: StatsICECandidatePairStateSucceeded, Nominated: true, LastPacketReceivedTimestamp: 100}
	if p, ok := report.SelectedCandidatePair(); !ok || p.ID != "CPb" {
		t.Errorf("SelectedCandidatePair (tie) = %q, %v; want CPb", p.ID, ok)
	}

	empty := StatsReport{"F": UnknownStats{ID: "F"}, "CPa": pairA}
	if p, ok := empty.SelectedCandidatePair(); ok {
		t.Errorf("SelectedCandidatePair without a nominated pair = %v", p)
	}
	if _, ok := empty.PeerConnection(); ok {
		t.Error("PeerConnection found in a report without one")
	}
	if got := empty.InboundRTP(); len(got) != 0 {
		t.Errorf("InboundRTP = %v", got)
	}
	var nilReport StatsReport
	if got := nilReport.CandidatePairs(); len(got) != 0 {
		t.Errorf("nil report CandidatePairs = %v", got)
	}
}

func TestStatsTimestampTime(t *testing.T) {
	ts := StatsTimestamp(1718000012345.5)
	want := time.UnixMilli(1718000012345).Add(500 * time.Microsecond).UTC()
	if got := ts.Time(); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Time() = %v, want %v", got, want)
	}
}
