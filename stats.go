package rtc

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"time"
)

// This file declares the typed statistics report that PeerConnection.GetStats
// returns on both backends. The entry types and their Go field names follow
// pion's stats.go; the JSON names follow the W3C Identifiers for WebRTC's
// Statistics API (https://www.w3.org/TR/webrtc-stats/), so an entry marshals
// to, and unmarshals from, the object a browser's getStats() gives.

// Stats is one entry of a StatsReport: a set of statistics copied out of a
// monitored component of the WebRTC stack at a specific time. The concrete
// types are the *Stats structs of this package (values, not pointers), and
// UnknownStats for a type the package does not model.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcstats
type Stats interface {
	statsMarker()
}

// StatsReport collects Stats objects indexed by their ID.
//
// https://www.w3.org/TR/webrtc/#dom-rtcstatsreport
type StatsReport map[string]Stats

// StatsType indicates the type of the object that a Stats object represents.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcstatstype
type StatsType string

const (
	// StatsTypeCodec is used by CodecStats.
	StatsTypeCodec StatsType = "codec"

	// StatsTypeInboundRTP is used by InboundRTPStreamStats.
	StatsTypeInboundRTP StatsType = "inbound-rtp"

	// StatsTypeOutboundRTP is used by OutboundRTPStreamStats.
	StatsTypeOutboundRTP StatsType = "outbound-rtp"

	// StatsTypeRemoteInboundRTP is used by RemoteInboundRTPStreamStats.
	StatsTypeRemoteInboundRTP StatsType = "remote-inbound-rtp"

	// StatsTypeRemoteOutboundRTP is used by RemoteOutboundRTPStreamStats.
	StatsTypeRemoteOutboundRTP StatsType = "remote-outbound-rtp"

	// StatsTypeCSRC is used by RTPContributingSourceStats.
	StatsTypeCSRC StatsType = "csrc"

	// StatsTypeMediaSource is used by AudioSourceStats or VideoSourceStats
	// depending on kind.
	StatsTypeMediaSource StatsType = "media-source"

	// StatsTypeMediaPlayout is used by AudioPlayoutStats.
	StatsTypeMediaPlayout StatsType = "media-playout"

	// StatsTypePeerConnection is used by PeerConnectionStats.
	StatsTypePeerConnection StatsType = "peer-connection"

	// StatsTypeDataChannel is used by DataChannelStats.
	StatsTypeDataChannel StatsType = "data-channel"

	// StatsTypeStream is used by MediaStreamStats.
	StatsTypeStream StatsType = "stream"

	// StatsTypeTrack is used by SenderAudioTrackAttachmentStats and
	// SenderVideoTrackAttachmentStats depending on kind.
	StatsTypeTrack StatsType = "track"

	// StatsTypeSender is used by AudioSenderStats or VideoSenderStats
	// depending on kind.
	StatsTypeSender StatsType = "sender"

	// StatsTypeReceiver is used by AudioReceiverStats or VideoReceiverStats
	// depending on kind.
	StatsTypeReceiver StatsType = "receiver"

	// StatsTypeTransport is used by TransportStats.
	StatsTypeTransport StatsType = "transport"

	// StatsTypeCandidatePair is used by ICECandidatePairStats.
	StatsTypeCandidatePair StatsType = "candidate-pair"

	// StatsTypeLocalCandidate is used by ICECandidateStats for a local candidate.
	StatsTypeLocalCandidate StatsType = "local-candidate"

	// StatsTypeRemoteCandidate is used by ICECandidateStats for a remote candidate.
	StatsTypeRemoteCandidate StatsType = "remote-candidate"

	// StatsTypeCertificate is used by CertificateStats.
	StatsTypeCertificate StatsType = "certificate"

	// StatsTypeSCTPTransport is used by SCTPTransportStats.
	StatsTypeSCTPTransport StatsType = "sctp-transport"
)

// The "kind" values of media stats (RTCRtpStreamStats.kind, RTCMediaSourceStats.kind).
const (
	statsKindAudio = "audio"
	statsKindVideo = "video"
)

// StatsTimestamp is a timestamp represented by the floating point number of
// milliseconds since the epoch (a DOMHighResTimeStamp).
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcstats-timestamp
type StatsTimestamp float64

// Time returns the time.Time represented by this timestamp, in UTC.
func (s StatsTimestamp) Time() time.Time {
	// Whole milliseconds and the fraction apart, so that sub-millisecond
	// digits survive float64 rounding.
	whole := math.Floor(float64(s))
	frac := time.Duration(math.Round((float64(s) - whole) * float64(time.Millisecond)))

	return time.UnixMilli(int64(whole)).Add(frac).UTC()
}

// CodecType specifies whether a CodecStats object represents a media format
// that is being encoded or decoded. The W3C specification has dropped it;
// pion still reports it.
type CodecType string

const (
	// CodecTypeEncode means the CodecStats represents a media format that is
	// being encoded, or that the implementation is prepared to encode.
	CodecTypeEncode CodecType = "encode"

	// CodecTypeDecode means the CodecStats represents a media format that the
	// implementation is prepared to decode.
	CodecTypeDecode CodecType = "decode"
)

// CodecStats contains statistics for a codec that is currently being used by
// RTP streams sent or received by the PeerConnection.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtccodecstats
type CodecStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeCodec.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// PayloadType is the RTP payload type used in encoding or decoding.
	PayloadType PayloadType `json:"payloadType"`
	// CodecType tells whether the codec encodes or decodes (pion only).
	CodecType CodecType `json:"codecType"`
	// TransportID is the ID of the TransportStats the codec is used on.
	TransportID string `json:"transportId"`
	// MimeType is the codec MIME media type/subtype, e.g. video/VP8.
	MimeType string `json:"mimeType"`
	// ClockRate is the media sampling rate.
	ClockRate uint32 `json:"clockRate"`
	// Channels is 2 for stereo, missing for most other cases.
	Channels uint8 `json:"channels"`
	// SDPFmtpLine is the a=fmtp line of the codec in the SDP, after the
	// colon following the payload type.
	SDPFmtpLine string `json:"sdpFmtpLine"`
	// Implementation identifies the implementation used (pion only).
	Implementation string `json:"implementation"`
}

func (CodecStats) statsMarker() {}

// InboundRTPStreamStats contains statistics for an inbound RTP stream that is
// currently received with the PeerConnection.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcinboundrtpstreamstats
type InboundRTPStreamStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeInboundRTP.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Mid is the mid of the RTPTransceiver owning this stream, if any.
	Mid string `json:"mid"`
	// Rid is the rid of this RTP stream, if one has been set.
	Rid string `json:"rid,omitempty"`
	// SSRC identifies the source of the RTP packets this object concerns.
	SSRC SSRC `json:"ssrc"`
	// Kind is "audio" or "video".
	Kind string `json:"kind"`
	// TransportID is the ID of the TransportStats of this stream.
	TransportID string `json:"transportId"`
	// CodecID is the ID of the CodecStats of this stream.
	CodecID string `json:"codecId"`
	// TrackIdentifier is the id of the receiving MediaStreamTrack.
	TrackIdentifier string `json:"trackIdentifier,omitempty"`

	// FIRCount is the number of Full Intra Request packets sent (video).
	FIRCount uint32 `json:"firCount"`
	// PLICount is the number of Picture Loss Indication packets sent (video).
	PLICount uint32 `json:"pliCount"`
	// TotalProcessingDelay is the sum, in seconds, of the time each sample or
	// frame took from the reception of its first RTP packet to its decoding.
	TotalProcessingDelay float64 `json:"totalProcessingDelay"`
	// NACKCount is the number of Negative ACKnowledgement packets sent.
	NACKCount uint32 `json:"nackCount"`
	// JitterBufferDelay is the sum, in seconds, of the time each sample or
	// frame spent in the jitter buffer.
	JitterBufferDelay float64 `json:"jitterBufferDelay"`
	// JitterBufferTargetDelay is the sum, in seconds, of the jitter buffer
	// target delay at the time each sample or frame was emitted.
	JitterBufferTargetDelay float64 `json:"jitterBufferTargetDelay"`
	// JitterBufferEmittedCount is the number of samples or frames that have
	// come out of the jitter buffer.
	JitterBufferEmittedCount uint64 `json:"jitterBufferEmittedCount"`
	// JitterBufferMinimumDelay is like JitterBufferTargetDelay but ignores
	// external mechanisms that raise the target (AV sync, jitterBufferTarget).
	JitterBufferMinimumDelay float64 `json:"jitterBufferMinimumDelay"`
	// TotalSamplesReceived is the number of audio samples received,
	// concealed samples included (audio).
	TotalSamplesReceived uint64 `json:"totalSamplesReceived"`
	// ConcealedSamples is the number of concealed samples (audio).
	ConcealedSamples uint64 `json:"concealedSamples"`
	// SilentConcealedSamples is the number of concealed samples that are
	// silent (audio).
	SilentConcealedSamples uint64 `json:"silentConcealedSamples"`
	// ConcealmentEvents is the number of concealment events (audio).
	ConcealmentEvents uint64 `json:"concealmentEvents"`
	// InsertedSamplesForDeceleration is the number of samples inserted to
	// slow playout down (audio).
	InsertedSamplesForDeceleration uint64 `json:"insertedSamplesForDeceleration"`
	// RemovedSamplesForAcceleration is the number of samples removed to
	// speed playout up (audio).
	RemovedSamplesForAcceleration uint64 `json:"removedSamplesForAcceleration"`
	// AudioLevel is the audio level of the receiving track, 0..1 linear
	// where 1.0 is 0 dBov (audio).
	AudioLevel float64 `json:"audioLevel"`
	// TotalAudioEnergy is the audio energy of the receiving track (audio).
	TotalAudioEnergy float64 `json:"totalAudioEnergy"`
	// TotalSamplesDuration is the duration, in seconds, of all samples
	// received (audio).
	TotalSamplesDuration float64 `json:"totalSamplesDuration"`
	// SLICount is the number of Slice Loss Indication packets sent (video,
	// obsolete).
	SLICount uint32 `json:"sliCount"`
	// QPSum is the sum of the QP values of the decoded frames (video).
	QPSum uint64 `json:"qpSum"`
	// TotalDecodeTime is the time, in seconds, spent decoding FramesDecoded
	// frames (video).
	TotalDecodeTime float64 `json:"totalDecodeTime"`
	// TotalInterFrameDelay is the sum, in seconds, of the delays between
	// consecutively rendered frames (video).
	TotalInterFrameDelay float64 `json:"totalInterFrameDelay"`
	// TotalSquaredInterFrameDelay is the sum of the squared delays, in
	// seconds, between consecutively rendered frames (video).
	TotalSquaredInterFrameDelay float64 `json:"totalSquaredInterFrameDelay"`

	// PacketsReceived is the number of RTP packets received for this SSRC.
	PacketsReceived uint32 `json:"packetsReceived"`
	// PacketsLost is the number of RTP packets lost for this SSRC; it can be
	// negative when more packets are received than sent.
	PacketsLost int32 `json:"packetsLost"`
	// Jitter is the packet jitter for this SSRC, in seconds.
	Jitter float64 `json:"jitter"`
	// PacketsDiscarded is the number of RTP packets the jitter buffer
	// discarded for arriving late or early.
	PacketsDiscarded uint32 `json:"packetsDiscarded"`
	// PacketsRepaired is the number of lost RTP packets repaired (obsolete).
	PacketsRepaired uint32 `json:"packetsRepaired"`
	// BurstPacketsLost is the number of RTP packets lost during loss bursts
	// (obsolete).
	BurstPacketsLost uint32 `json:"burstPacketsLost"`
	// BurstPacketsDiscarded is the number of RTP packets discarded during
	// discard bursts (obsolete).
	BurstPacketsDiscarded uint32 `json:"burstPacketsDiscarded"`
	// BurstLossCount is the number of bursts of lost RTP packets (obsolete).
	BurstLossCount uint32 `json:"burstLossCount"`
	// BurstDiscardCount is the number of bursts of discarded RTP packets
	// (obsolete).
	BurstDiscardCount uint32 `json:"burstDiscardCount"`
	// BurstLossRate is the fraction of packets lost during bursts (obsolete).
	BurstLossRate float64 `json:"burstLossRate"`
	// BurstDiscardRate is the fraction of packets discarded during bursts
	// (obsolete).
	BurstDiscardRate float64 `json:"burstDiscardRate"`
	// GapLossRate is the fraction of packets lost during gaps (obsolete).
	GapLossRate float64 `json:"gapLossRate"`
	// GapDiscardRate is the fraction of packets discarded during gaps
	// (obsolete).
	GapDiscardRate float64 `json:"gapDiscardRate"`
	// TrackID is the ID of the receiver track stats object (obsolete).
	TrackID string `json:"trackId"`
	// ReceiverID is the ID of the AudioReceiverStats or VideoReceiverStats
	// receiving this stream (obsolete).
	ReceiverID string `json:"receiverId"`
	// RemoteID is the ID of the RemoteOutboundRTPStreamStats for the same SSRC.
	RemoteID string `json:"remoteId"`

	// FramesDecoded is the number of frames correctly decoded (video).
	FramesDecoded uint32 `json:"framesDecoded"`
	// KeyFramesDecoded is the number of key frames decoded (video).
	KeyFramesDecoded uint32 `json:"keyFramesDecoded"`
	// FramesRendered is the number of frames rendered (video).
	FramesRendered uint32 `json:"framesRendered"`
	// FramesDropped is the number of frames dropped before decoding or for
	// missing their display deadline (video).
	FramesDropped uint32 `json:"framesDropped"`
	// FrameWidth is the width of the last decoded frame (video).
	FrameWidth uint32 `json:"frameWidth"`
	// FrameHeight is the height of the last decoded frame (video).
	FrameHeight uint32 `json:"frameHeight"`
	// FramesPerSecond is the number of frames decoded in the last second
	// (video).
	FramesPerSecond float64 `json:"framesPerSecond,omitempty"`
	// LastPacketReceivedTimestamp is the time the last packet was received
	// for this SSRC.
	LastPacketReceivedTimestamp StatsTimestamp `json:"lastPacketReceivedTimestamp"`
	// HeaderBytesReceived is the number of RTP header and padding bytes
	// received for this SSRC.
	HeaderBytesReceived uint64 `json:"headerBytesReceived"`
	// AverageRTCPInterval is the average interval between two consecutive
	// compound RTCP packets (obsolete).
	AverageRTCPInterval float64 `json:"averageRtcpInterval"`
	// FECPacketsReceived is the number of RTP FEC packets received.
	FECPacketsReceived uint32 `json:"fecPacketsReceived"`
	// FECPacketsDiscarded is the number of RTP FEC packets whose payload was
	// discarded.
	FECPacketsDiscarded uint64 `json:"fecPacketsDiscarded"`
	// FECBytesReceived is the number of payload bytes received in FEC packets.
	FECBytesReceived uint64 `json:"fecBytesReceived,omitempty"`
	// BytesReceived is the number of payload bytes received for this SSRC.
	BytesReceived uint64 `json:"bytesReceived"`
	// FramesReceived is the number of complete frames received (video).
	FramesReceived uint32 `json:"framesReceived"`
	// FramesAssembledFromMultiplePackets is the number of frames received
	// in more than one RTP packet (video).
	FramesAssembledFromMultiplePackets uint32 `json:"framesAssembledFromMultiplePackets,omitempty"`
	// TotalAssemblyTime is the time, in seconds, between the first and the
	// last packet of the frames counted by FramesAssembledFromMultiplePackets.
	TotalAssemblyTime float64 `json:"totalAssemblyTime,omitempty"`
	// RetransmittedPacketsReceived is the number of retransmitted packets
	// received.
	RetransmittedPacketsReceived uint64 `json:"retransmittedPacketsReceived,omitempty"`
	// RetransmittedBytesReceived is the number of payload bytes received in
	// retransmitted packets.
	RetransmittedBytesReceived uint64 `json:"retransmittedBytesReceived,omitempty"`
	// PacketsFailedDecryption is the number of RTP packets that failed to be
	// decrypted (obsolete).
	PacketsFailedDecryption uint32 `json:"packetsFailedDecryption"`
	// PacketsDuplicated is the number of duplicated packets discarded
	// (obsolete).
	PacketsDuplicated uint32 `json:"packetsDuplicated"`
	// PerDSCPPacketsReceived is the number of packets received per DSCP
	// (obsolete).
	PerDSCPPacketsReceived map[string]uint32 `json:"perDscpPacketsReceived"`
	// DecoderImplementation identifies the decoder used (video).
	DecoderImplementation string `json:"decoderImplementation"`
	// PauseCount is the number of video pauses (video).
	PauseCount uint32 `json:"pauseCount"`
	// TotalPausesDuration is the total duration of pauses, in seconds (video).
	TotalPausesDuration float64 `json:"totalPausesDuration"`
	// FreezeCount is the number of video freezes (video).
	FreezeCount uint32 `json:"freezeCount"`
	// TotalFreezesDuration is the total duration of freezes, in seconds
	// (video).
	TotalFreezesDuration float64 `json:"totalFreezesDuration"`
	// PowerEfficientDecoder tells whether the decoder is considered power
	// efficient (video).
	PowerEfficientDecoder bool `json:"powerEfficientDecoder"`
	// EstimatedPlayoutTimestamp is the estimated playout time of the track,
	// in the sender's NTP clock.
	EstimatedPlayoutTimestamp StatsTimestamp `json:"estimatedPlayoutTimestamp,omitempty"`
	// PlayoutID is the ID of the AudioPlayoutStats of this stream (audio).
	PlayoutID string `json:"playoutId,omitempty"`
}

func (InboundRTPStreamStats) statsMarker() {}

// QualityLimitationReason lists the reason for limiting the resolution and/or
// framerate. Only valid for video.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcqualitylimitationreason
type QualityLimitationReason string

const (
	// QualityLimitationReasonNone means the resolution and/or framerate is not limited.
	QualityLimitationReasonNone QualityLimitationReason = "none"

	// QualityLimitationReasonCPU means the resolution and/or framerate is
	// primarily limited due to CPU load.
	QualityLimitationReasonCPU QualityLimitationReason = "cpu"

	// QualityLimitationReasonBandwidth means the resolution and/or framerate
	// is primarily limited due to congestion cues during bandwidth estimation.
	QualityLimitationReasonBandwidth QualityLimitationReason = "bandwidth"

	// QualityLimitationReasonOther means the resolution and/or framerate is
	// primarily limited for a reason other than the above.
	QualityLimitationReasonOther QualityLimitationReason = "other"
)

// OutboundRTPStreamStats contains statistics for an outbound RTP stream that
// is currently sent with the PeerConnection.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcoutboundrtpstreamstats
type OutboundRTPStreamStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeOutboundRTP.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Mid is the mid of the RTPTransceiver owning this stream, if any.
	Mid string `json:"mid"`
	// Rid is the rid of this RTP stream, if one has been set.
	Rid string `json:"rid"`
	// MediaSourceID is the ID of the AudioSourceStats or VideoSourceStats of
	// the track attached to the sender of this stream.
	MediaSourceID string `json:"mediaSourceId"`
	// SSRC identifies the source of the RTP packets this object concerns.
	SSRC SSRC `json:"ssrc"`
	// Kind is "audio" or "video".
	Kind string `json:"kind"`
	// TransportID is the ID of the TransportStats of this stream.
	TransportID string `json:"transportId"`
	// CodecID is the ID of the CodecStats of this stream.
	CodecID string `json:"codecId"`

	// HeaderBytesSent is the number of RTP header and padding bytes sent.
	HeaderBytesSent uint64 `json:"headerBytesSent"`
	// RetransmittedPacketsSent is the number of packets retransmitted.
	RetransmittedPacketsSent uint64 `json:"retransmittedPacketsSent"`
	// RetransmittedBytesSent is the number of payload bytes retransmitted.
	RetransmittedBytesSent uint64 `json:"retransmittedBytesSent"`
	// FIRCount is the number of Full Intra Request packets received (video).
	FIRCount uint32 `json:"firCount"`
	// PLICount is the number of Picture Loss Indication packets received
	// (video).
	PLICount uint32 `json:"pliCount"`
	// NACKCount is the number of Negative ACKnowledgement packets received.
	NACKCount uint32 `json:"nackCount"`
	// SLICount is the number of Slice Loss Indication packets received
	// (video, obsolete).
	SLICount uint32 `json:"sliCount"`
	// QPSum is the sum of the QP values of the encoded frames (video).
	QPSum uint64 `json:"qpSum"`
	// PacketsSent is the number of RTP packets sent for this SSRC.
	PacketsSent uint32 `json:"packetsSent"`
	// PacketsDiscardedOnSend is the number of RTP packets discarded because
	// of socket errors.
	PacketsDiscardedOnSend uint32 `json:"packetsDiscardedOnSend"`
	// FECPacketsSent is the number of RTP FEC packets sent.
	FECPacketsSent uint32 `json:"fecPacketsSent"`
	// BytesSent is the number of payload bytes sent for this SSRC.
	BytesSent uint64 `json:"bytesSent"`
	// BytesDiscardedOnSend is the number of bytes discarded because of
	// socket errors.
	BytesDiscardedOnSend uint64 `json:"bytesDiscardedOnSend"`
	// TrackID is the ID of the sender track stats object (obsolete).
	TrackID string `json:"trackId"`
	// SenderID is the ID of the AudioSenderStats or VideoSenderStats sending
	// this stream (obsolete).
	SenderID string `json:"senderId"`
	// RemoteID is the ID of the RemoteInboundRTPStreamStats for the same SSRC.
	RemoteID string `json:"remoteId"`
	// LastPacketSentTimestamp is the time the last packet was sent for this
	// SSRC.
	LastPacketSentTimestamp StatsTimestamp `json:"lastPacketSentTimestamp"`
	// TargetBitrate is the current target bitrate of the encoder, in bits per
	// second.
	TargetBitrate float64 `json:"targetBitrate"`
	// TotalEncodedBytesTarget is the sum of the target frame sizes, in bytes.
	TotalEncodedBytesTarget uint64 `json:"totalEncodedBytesTarget"`
	// FrameWidth is the width of the last encoded frame (video).
	FrameWidth uint32 `json:"frameWidth"`
	// FrameHeight is the height of the last encoded frame (video).
	FrameHeight uint32 `json:"frameHeight"`
	// FramesPerSecond is the number of frames encoded in the last second
	// (video).
	FramesPerSecond float64 `json:"framesPerSecond"`
	// FramesSent is the number of frames sent (video).
	FramesSent uint32 `json:"framesSent"`
	// HugeFramesSent is the number of huge frames sent (video).
	HugeFramesSent uint32 `json:"hugeFramesSent"`
	// FramesEncoded is the number of frames encoded (video).
	FramesEncoded uint32 `json:"framesEncoded"`
	// KeyFramesEncoded is the number of key frames encoded (video).
	KeyFramesEncoded uint32 `json:"keyFramesEncoded"`
	// TotalEncodeTime is the time, in seconds, spent encoding FramesEncoded
	// frames (video).
	TotalEncodeTime float64 `json:"totalEncodeTime"`
	// TotalPacketSendDelay is the time, in seconds, packets spent buffered
	// locally before being sent.
	TotalPacketSendDelay float64 `json:"totalPacketSendDelay"`
	// AverageRTCPInterval is the average interval between two consecutive
	// compound RTCP packets (obsolete).
	AverageRTCPInterval float64 `json:"averageRtcpInterval"`
	// QualityLimitationReason is the current reason for limiting the
	// resolution and/or framerate (video).
	QualityLimitationReason QualityLimitationReason `json:"qualityLimitationReason"`
	// QualityLimitationDurations is the time, in seconds, spent in each
	// QualityLimitationReason (video).
	QualityLimitationDurations map[string]float64 `json:"qualityLimitationDurations"`
	// QualityLimitationResolutionChanges is the number of resolution changes
	// caused by quality limitation (video).
	QualityLimitationResolutionChanges uint32 `json:"qualityLimitationResolutionChanges"`
	// PerDSCPPacketsSent is the number of packets sent per DSCP (obsolete).
	PerDSCPPacketsSent map[string]uint32 `json:"perDscpPacketsSent"`
	// Active tells whether this RTP stream is configured to be sent.
	Active bool `json:"active"`
	// EncoderImplementation identifies the encoder used (video).
	EncoderImplementation string `json:"encoderImplementation"`
	// PowerEfficientEncoder tells whether the encoder is considered power
	// efficient (video).
	PowerEfficientEncoder bool `json:"powerEfficientEncoder"`
	// ScalabilityMode is the layering mode used for video encoding (video).
	ScalabilityMode string `json:"scalabilityMode"`
}

func (OutboundRTPStreamStats) statsMarker() {}

// RemoteInboundRTPStreamStats contains statistics for the remote endpoint's
// inbound RTP stream corresponding to an outbound stream of the PeerConnection,
// as reported in RTCP Receiver Reports.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcremoteinboundrtpstreamstats
type RemoteInboundRTPStreamStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeRemoteInboundRTP.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// SSRC identifies the source of the RTP packets this object concerns.
	SSRC SSRC `json:"ssrc"`
	// Kind is "audio" or "video".
	Kind string `json:"kind"`
	// TransportID is the ID of the TransportStats of this stream.
	TransportID string `json:"transportId"`
	// CodecID is the ID of the CodecStats of this stream.
	CodecID string `json:"codecId"`
	// FIRCount is the number of Full Intra Request packets (obsolete here).
	FIRCount uint32 `json:"firCount"`
	// PLICount is the number of Picture Loss Indication packets (obsolete here).
	PLICount uint32 `json:"pliCount"`
	// NACKCount is the number of Negative ACKnowledgement packets (obsolete here).
	NACKCount uint32 `json:"nackCount"`
	// SLICount is the number of Slice Loss Indication packets (obsolete).
	SLICount uint32 `json:"sliCount"`
	// QPSum is the sum of QP values (obsolete here).
	QPSum uint64 `json:"qpSum"`
	// PacketsReceived is the number of RTP packets the remote end received.
	PacketsReceived uint32 `json:"packetsReceived"`
	// PacketsLost is the number of RTP packets lost as reported by the
	// remote end.
	PacketsLost int32 `json:"packetsLost"`
	// Jitter is the packet jitter reported by the remote end, in seconds.
	Jitter float64 `json:"jitter"`
	// PacketsDiscarded is the number of RTP packets discarded (obsolete here).
	PacketsDiscarded uint32 `json:"packetsDiscarded"`
	// PacketsRepaired is the number of lost RTP packets repaired (obsolete).
	PacketsRepaired uint32 `json:"packetsRepaired"`
	// BurstPacketsLost is the number of packets lost in bursts (obsolete).
	BurstPacketsLost uint32 `json:"burstPacketsLost"`
	// BurstPacketsDiscarded is the number of packets discarded in bursts
	// (obsolete).
	BurstPacketsDiscarded uint32 `json:"burstPacketsDiscarded"`
	// BurstLossCount is the number of loss bursts (obsolete).
	BurstLossCount uint32 `json:"burstLossCount"`
	// BurstDiscardCount is the number of discard bursts (obsolete).
	BurstDiscardCount uint32 `json:"burstDiscardCount"`
	// BurstLossRate is the fraction of packets lost in bursts (obsolete).
	BurstLossRate float64 `json:"burstLossRate"`
	// BurstDiscardRate is the fraction of packets discarded in bursts
	// (obsolete).
	BurstDiscardRate float64 `json:"burstDiscardRate"`
	// GapLossRate is the fraction of packets lost in gaps (obsolete).
	GapLossRate float64 `json:"gapLossRate"`
	// GapDiscardRate is the fraction of packets discarded in gaps (obsolete).
	GapDiscardRate float64 `json:"gapDiscardRate"`
	// LocalID is the ID of the OutboundRTPStreamStats for the same SSRC.
	LocalID string `json:"localId"`
	// RoundTripTime is the latest round trip time for this SSRC, in seconds,
	// from RTCP Receiver Reports.
	RoundTripTime float64 `json:"roundTripTime"`
	// TotalRoundTripTime is the sum of all round trip time measurements, in
	// seconds.
	TotalRoundTripTime float64 `json:"totalRoundTripTime"`
	// FractionLost is the fraction packet loss reported for this SSRC.
	FractionLost float64 `json:"fractionLost"`
	// RoundTripTimeMeasurements is the number of valid round trip time
	// measurements.
	RoundTripTimeMeasurements uint64 `json:"roundTripTimeMeasurements"`
}

func (RemoteInboundRTPStreamStats) statsMarker() {}

// RemoteOutboundRTPStreamStats contains statistics for the remote endpoint's
// outbound RTP stream corresponding to an inbound stream of the
// PeerConnection, as reported in RTCP Sender Reports.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcremoteoutboundrtpstreamstats
type RemoteOutboundRTPStreamStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeRemoteOutboundRTP.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// SSRC identifies the source of the RTP packets this object concerns.
	SSRC SSRC `json:"ssrc"`
	// Kind is "audio" or "video".
	Kind string `json:"kind"`
	// TransportID is the ID of the TransportStats of this stream.
	TransportID string `json:"transportId"`
	// CodecID is the ID of the CodecStats of this stream.
	CodecID string `json:"codecId"`
	// FIRCount is the number of Full Intra Request packets (obsolete here).
	FIRCount uint32 `json:"firCount"`
	// PLICount is the number of Picture Loss Indication packets (obsolete here).
	PLICount uint32 `json:"pliCount"`
	// NACKCount is the number of Negative ACKnowledgement packets (obsolete here).
	NACKCount uint32 `json:"nackCount"`
	// SLICount is the number of Slice Loss Indication packets (obsolete).
	SLICount uint32 `json:"sliCount"`
	// QPSum is the sum of QP values (obsolete here).
	QPSum uint64 `json:"qpSum"`
	// PacketsSent is the number of RTP packets the remote end sent.
	PacketsSent uint32 `json:"packetsSent"`
	// PacketsDiscardedOnSend is the number of packets discarded on send
	// (obsolete here).
	PacketsDiscardedOnSend uint32 `json:"packetsDiscardedOnSend"`
	// FECPacketsSent is the number of FEC packets sent (obsolete here).
	FECPacketsSent uint32 `json:"fecPacketsSent"`
	// BytesSent is the number of payload bytes the remote end sent.
	BytesSent uint64 `json:"bytesSent"`
	// BytesDiscardedOnSend is the number of bytes discarded on send
	// (obsolete here).
	BytesDiscardedOnSend uint64 `json:"bytesDiscardedOnSend"`
	// LocalID is the ID of the InboundRTPStreamStats for the same SSRC.
	LocalID string `json:"localId"`
	// RemoteTimestamp is the remote time at which these statistics were sent,
	// from the NTP timestamp of the RTCP Sender Report.
	RemoteTimestamp StatsTimestamp `json:"remoteTimestamp"`
	// ReportsSent is the number of RTCP Sender Reports sent for this SSRC.
	ReportsSent uint64 `json:"reportsSent"`
	// RoundTripTime is the latest round trip time, in seconds, from RTCP XR
	// DLRR blocks.
	RoundTripTime float64 `json:"roundTripTime"`
	// TotalRoundTripTime is the sum of all round trip time measurements, in
	// seconds.
	TotalRoundTripTime float64 `json:"totalRoundTripTime"`
	// RoundTripTimeMeasurements is the number of valid round trip time
	// measurements.
	RoundTripTimeMeasurements uint64 `json:"roundTripTimeMeasurements"`
}

func (RemoteOutboundRTPStreamStats) statsMarker() {}

// RTPContributingSourceStats contains statistics for a contributing source
// (CSRC) that contributed to an inbound RTP stream. It is obsolete in the
// W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcrtpcontributingsourcestats
type RTPContributingSourceStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeCSRC.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// ContributorSSRC is the SSRC of the contributing source.
	ContributorSSRC SSRC `json:"contributorSsrc"`
	// InboundRTPStreamID is the ID of the InboundRTPStreamStats this source
	// contributes to.
	InboundRTPStreamID string `json:"inboundRtpStreamId"`
	// PacketsContributedTo is the number of RTP packets this source
	// contributed to.
	PacketsContributedTo uint32 `json:"packetsContributedTo"`
	// AudioLevel is the audio level of the source from the last packet's
	// RFC 6465 header extension, 0..1 linear.
	AudioLevel float64 `json:"audioLevel"`
}

func (RTPContributingSourceStats) statsMarker() {}

// AudioSourceStats represents an audio track attached to one or more senders
// (a "media-source" of kind "audio").
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcaudiosourcestats
type AudioSourceStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeMediaSource.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// TrackIdentifier is the id of the track.
	TrackIdentifier string `json:"trackIdentifier"`
	// Kind is "audio".
	Kind string `json:"kind"`
	// AudioLevel is the audio level of the source, 0..1 linear.
	AudioLevel float64 `json:"audioLevel"`
	// TotalAudioEnergy is the audio energy of the source.
	TotalAudioEnergy float64 `json:"totalAudioEnergy"`
	// TotalSamplesDuration is the duration, in seconds, of all samples.
	TotalSamplesDuration float64 `json:"totalSamplesDuration"`
	// EchoReturnLoss is the echo return loss, in decibels.
	EchoReturnLoss float64 `json:"echoReturnLoss"`
	// EchoReturnLossEnhancement is the echo return loss enhancement, in
	// decibels.
	EchoReturnLossEnhancement float64 `json:"echoReturnLossEnhancement"`
	// DroppedSamplesDuration is the duration, in seconds, of the samples the
	// capture device dropped.
	DroppedSamplesDuration float64 `json:"droppedSamplesDuration"`
	// DroppedSamplesEvents is the number of dropped samples events.
	DroppedSamplesEvents uint64 `json:"droppedSamplesEvents"`
	// TotalCaptureDelay is the sum, in seconds, of the capture delays.
	TotalCaptureDelay float64 `json:"totalCaptureDelay"`
	// TotalSamplesCaptured is the number of samples captured.
	TotalSamplesCaptured uint64 `json:"totalSamplesCaptured"`
}

func (AudioSourceStats) statsMarker() {}

// VideoSourceStats represents a video track attached to one or more senders
// (a "media-source" of kind "video").
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcvideosourcestats
type VideoSourceStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeMediaSource.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// TrackIdentifier is the id of the track.
	TrackIdentifier string `json:"trackIdentifier"`
	// Kind is "video".
	Kind string `json:"kind"`
	// Width is the width of the last frame of this source, in pixels.
	Width uint32 `json:"width"`
	// Height is the height of the last frame of this source, in pixels.
	Height uint32 `json:"height"`
	// Frames is the number of frames originating from this source.
	Frames uint32 `json:"frames"`
	// FramesPerSecond is the number of frames of the last second.
	FramesPerSecond float64 `json:"framesPerSecond"`
}

func (VideoSourceStats) statsMarker() {}

// AudioPlayoutStats represents one audio playout path ("media-playout").
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcaudioplayoutstats
type AudioPlayoutStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeMediaPlayout.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Kind is "audio".
	Kind string `json:"kind"`
	// SynthesizedSamplesDuration is the duration, in seconds, of the samples
	// this playout path synthesized.
	SynthesizedSamplesDuration float64 `json:"synthesizedSamplesDuration"`
	// SynthesizedSamplesEvents is the number of synthesized samples events.
	SynthesizedSamplesEvents uint64 `json:"synthesizedSamplesEvents"`
	// TotalSamplesDuration is the duration, in seconds, of all samples.
	TotalSamplesDuration float64 `json:"totalSamplesDuration"`
	// TotalPlayoutDelay is the sum, in seconds, of the playout delays.
	TotalPlayoutDelay float64 `json:"totalPlayoutDelay"`
	// TotalSamplesCount is the number of samples emitted for playout.
	TotalSamplesCount uint64 `json:"totalSamplesCount"`
}

func (AudioPlayoutStats) statsMarker() {}

// PeerConnectionStats contains statistics related to the PeerConnection.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcpeerconnectionstats
type PeerConnectionStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypePeerConnection.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// DataChannelsOpened is the number of DataChannels that have entered the
	// "open" state.
	DataChannelsOpened uint32 `json:"dataChannelsOpened"`
	// DataChannelsClosed is the number of DataChannels that have left the
	// "open" state.
	DataChannelsClosed uint32 `json:"dataChannelsClosed"`
	// DataChannelsRequested is the number of DataChannels returned by
	// CreateDataChannel (obsolete).
	DataChannelsRequested uint32 `json:"dataChannelsRequested"`
	// DataChannelsAccepted is the number of DataChannels signaled by the
	// remote end (obsolete).
	DataChannelsAccepted uint32 `json:"dataChannelsAccepted"`
}

func (PeerConnectionStats) statsMarker() {}

// DataChannelStats contains statistics related to one DataChannel.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcdatachannelstats
type DataChannelStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeDataChannel.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Label is the label of the DataChannel.
	Label string `json:"label"`
	// Protocol is the protocol of the DataChannel.
	Protocol string `json:"protocol"`
	// DataChannelIdentifier is the id (SCTP stream identifier) of the
	// DataChannel.
	DataChannelIdentifier int32 `json:"dataChannelIdentifier"`
	// TransportID is the ID of the TransportStats carrying the DataChannel
	// (pion only).
	TransportID string `json:"transportId"`
	// State is the readyState of the DataChannel.
	State DataChannelState `json:"state"`
	// MessagesSent is the number of messages sent.
	MessagesSent uint32 `json:"messagesSent"`
	// BytesSent is the number of payload bytes sent.
	BytesSent uint64 `json:"bytesSent"`
	// MessagesReceived is the number of messages received.
	MessagesReceived uint32 `json:"messagesReceived"`
	// BytesReceived is the number of payload bytes received.
	BytesReceived uint64 `json:"bytesReceived"`
}

func (DataChannelStats) statsMarker() {}

// MarshalJSON encodes s with its W3C member names; State is its W3C string
// and is left out when unknown.
func (s DataChannelStats) MarshalJSON() ([]byte, error) {
	type plain DataChannelStats

	return json.Marshal(struct {
		plain
		State string `json:"state,omitempty"`
	}{plain(s), statsEnumString(s.State)})
}

// UnmarshalJSON decodes a W3C data-channel stats object. A state string the
// package does not know decodes as DataChannelStateUnknown.
func (s *DataChannelStats) UnmarshalJSON(b []byte) error {
	type plain DataChannelStats
	aux := struct {
		*plain
		State json.RawMessage `json:"state"`
	}{plain: (*plain)(s)}
	err := json.Unmarshal(b, &aux)
	s.State = statsEnumFromJSON[DataChannelState](aux.State)

	return err
}

// MediaStreamStats contains statistics related to a MediaStream. It is
// obsolete in the W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcmediastreamstats
type MediaStreamStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeStream.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// StreamIdentifier is the id of the MediaStream.
	StreamIdentifier string `json:"streamIdentifier"`
	// TrackIDs are the IDs of the stats objects of the stream's tracks.
	TrackIDs []string `json:"trackIds"`
}

func (MediaStreamStats) statsMarker() {}

// AudioSenderStats represents the stats about one audio sender of the
// PeerConnection ("sender" of kind "audio"). It is obsolete in the W3C
// specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcaudiosenderstats
type AudioSenderStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeSender (or StatsTypeTrack for
	// SenderAudioTrackAttachmentStats).
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// TrackIdentifier is the id of the track.
	TrackIdentifier string `json:"trackIdentifier"`
	// RemoteSource is true if the track is sourced from a remote peer.
	RemoteSource bool `json:"remoteSource"`
	// Ended reflects the "ended" state of the track.
	Ended bool `json:"ended"`
	// Kind is "audio".
	Kind string `json:"kind"`
	// AudioLevel is the audio level being sent, 0..1 linear.
	AudioLevel float64 `json:"audioLevel"`
	// TotalAudioEnergy is the audio energy of the samples sent.
	TotalAudioEnergy float64 `json:"totalAudioEnergy"`
	// VoiceActivityFlag tells whether the last RTP packet sent contained
	// voice activity (RFC 6464).
	VoiceActivityFlag bool `json:"voiceActivityFlag"`
	// TotalSamplesDuration is the duration, in seconds, of all samples sent.
	TotalSamplesDuration float64 `json:"totalSamplesDuration"`
	// EchoReturnLoss is the echo return loss, in decibels.
	EchoReturnLoss float64 `json:"echoReturnLoss"`
	// EchoReturnLossEnhancement is the echo return loss enhancement, in
	// decibels.
	EchoReturnLossEnhancement float64 `json:"echoReturnLossEnhancement"`
	// TotalSamplesSent is the number of samples sent.
	TotalSamplesSent uint64 `json:"totalSamplesSent"`
}

func (AudioSenderStats) statsMarker() {}

// SenderAudioTrackAttachmentStats represents the stats about one attachment
// of an audio track to the PeerConnection ("track" of kind "audio"). It is
// obsolete in the W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcsenderaudiotrackattachmentstats
type SenderAudioTrackAttachmentStats AudioSenderStats

func (SenderAudioTrackAttachmentStats) statsMarker() {}

// VideoSenderStats represents the stats about one video sender of the
// PeerConnection ("sender" of kind "video"). It is obsolete in the W3C
// specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcvideosenderstats
type VideoSenderStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeSender (or StatsTypeTrack for
	// SenderVideoTrackAttachmentStats).
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Kind is "video".
	Kind string `json:"kind"`
	// FramesCaptured is the number of frames captured before encoding.
	FramesCaptured uint32 `json:"framesCaptured"`
	// FramesSent is the number of frames sent.
	FramesSent uint32 `json:"framesSent"`
	// HugeFramesSent is the number of huge frames sent.
	HugeFramesSent uint32 `json:"hugeFramesSent"`
	// KeyFramesSent is the number of key frames sent.
	KeyFramesSent uint32 `json:"keyFramesSent"`
}

func (VideoSenderStats) statsMarker() {}

// SenderVideoTrackAttachmentStats represents the stats about one attachment
// of a video track to the PeerConnection ("track" of kind "video"). It is
// obsolete in the W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcsendervideotrackattachmentstats
type SenderVideoTrackAttachmentStats VideoSenderStats

func (SenderVideoTrackAttachmentStats) statsMarker() {}

// AudioReceiverStats contains audio metrics related to a receiver
// ("receiver" of kind "audio"). It is obsolete in the W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcaudioreceiverstats
type AudioReceiverStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeReceiver.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Kind is "audio".
	Kind string `json:"kind"`
	// AudioLevel is the audio level of the receiving track, 0..1 linear.
	AudioLevel float64 `json:"audioLevel"`
	// TotalAudioEnergy is the audio energy of the samples received.
	TotalAudioEnergy float64 `json:"totalAudioEnergy"`
	// VoiceActivityFlag tells whether the last RTP packet played out
	// contained voice activity (RFC 6464).
	VoiceActivityFlag bool `json:"voiceActivityFlag"`
	// TotalSamplesDuration is the duration, in seconds, of all samples
	// received.
	TotalSamplesDuration float64 `json:"totalSamplesDuration"`
	// EstimatedPlayoutTimestamp is the estimated playout time of the track,
	// in the sender's NTP clock.
	EstimatedPlayoutTimestamp StatsTimestamp `json:"estimatedPlayoutTimestamp"`
	// JitterBufferDelay is the sum, in seconds, of the time each sample spent
	// in the jitter buffer.
	JitterBufferDelay float64 `json:"jitterBufferDelay"`
	// JitterBufferEmittedCount is the number of samples that came out of the
	// jitter buffer.
	JitterBufferEmittedCount uint64 `json:"jitterBufferEmittedCount"`
	// TotalSamplesReceived is the number of samples received, concealed
	// samples included.
	TotalSamplesReceived uint64 `json:"totalSamplesReceived"`
	// ConcealedSamples is the number of concealed samples.
	ConcealedSamples uint64 `json:"concealedSamples"`
	// ConcealmentEvents is the number of concealment events.
	ConcealmentEvents uint64 `json:"concealmentEvents"`
}

func (AudioReceiverStats) statsMarker() {}

// VideoReceiverStats contains video metrics related to a receiver
// ("receiver" of kind "video"). It is obsolete in the W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcvideoreceiverstats
type VideoReceiverStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeReceiver.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Kind is "video".
	Kind string `json:"kind"`
	// FrameWidth is the width of the last processed frame.
	FrameWidth uint32 `json:"frameWidth"`
	// FrameHeight is the height of the last processed frame.
	FrameHeight uint32 `json:"frameHeight"`
	// FramesPerSecond is the current decoding framerate.
	FramesPerSecond float64 `json:"framesPerSecond"`
	// EstimatedPlayoutTimestamp is the estimated playout time of the track,
	// in the sender's NTP clock.
	EstimatedPlayoutTimestamp StatsTimestamp `json:"estimatedPlayoutTimestamp"`
	// JitterBufferDelay is the sum, in seconds, of the time each frame spent
	// in the jitter buffer.
	JitterBufferDelay float64 `json:"jitterBufferDelay"`
	// JitterBufferEmittedCount is the number of frames that came out of the
	// jitter buffer.
	JitterBufferEmittedCount uint64 `json:"jitterBufferEmittedCount"`
	// FramesReceived is the number of complete frames received.
	FramesReceived uint32 `json:"framesReceived"`
	// KeyFramesReceived is the number of complete key frames received.
	KeyFramesReceived uint32 `json:"keyFramesReceived"`
	// FramesDecoded is the number of frames correctly decoded.
	FramesDecoded uint32 `json:"framesDecoded"`
	// FramesDropped is the number of frames dropped.
	FramesDropped uint32 `json:"framesDropped"`
	// PartialFramesLost is the number of partial frames lost.
	PartialFramesLost uint32 `json:"partialFramesLost"`
	// FullFramesLost is the number of full frames lost.
	FullFramesLost uint32 `json:"fullFramesLost"`
}

func (VideoReceiverStats) statsMarker() {}

// TransportStats contains statistics related to a DTLS/ICE transport of the
// PeerConnection.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtctransportstats
type TransportStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeTransport.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// PacketsSent is the number of packets sent over this transport.
	PacketsSent uint32 `json:"packetsSent"`
	// PacketsReceived is the number of packets received on this transport.
	PacketsReceived uint32 `json:"packetsReceived"`
	// BytesSent is the number of payload bytes sent on this transport.
	BytesSent uint64 `json:"bytesSent"`
	// BytesReceived is the number of payload bytes received on this
	// transport.
	BytesReceived uint64 `json:"bytesReceived"`
	// RTCPTransportStatsID is the ID of the transport carrying RTCP when it
	// is not multiplexed (obsolete).
	RTCPTransportStatsID string `json:"rtcpTransportStatsId"`
	// ICERole is the role of the underlying ICE transport.
	ICERole ICERole `json:"iceRole"`
	// ICELocalUsernameFragment is the local ICE username fragment.
	ICELocalUsernameFragment string `json:"iceLocalUsernameFragment,omitempty"`
	// DTLSState is the state of the DTLS transport.
	DTLSState DTLSTransportState `json:"dtlsState"`
	// ICEState is the state of the underlying ICE transport.
	ICEState ICETransportState `json:"iceState"`
	// SelectedCandidatePairID is the ID of the ICECandidatePairStats of the
	// selected candidate pair.
	SelectedCandidatePairID string `json:"selectedCandidatePairId"`
	// SelectedCandidatePairChanges is the number of times the selected
	// candidate pair has changed.
	SelectedCandidatePairChanges uint32 `json:"selectedCandidatePairChanges,omitempty"`
	// LocalCertificateID is the ID of the CertificateStats of the local
	// certificate.
	LocalCertificateID string `json:"localCertificateId"`
	// RemoteCertificateID is the ID of the CertificateStats of the remote
	// certificate.
	RemoteCertificateID string `json:"remoteCertificateId"`
	// TLSVersion is the negotiated DTLS version as four uppercase hex digits,
	// e.g. "FEFD" for DTLS 1.2.
	TLSVersion string `json:"tlsVersion,omitempty"`
	// DTLSCipher is the IANA name of the DTLS cipher suite.
	DTLSCipher string `json:"dtlsCipher,omitempty"`
	// DTLSRole is the DTLS role of the local endpoint.
	DTLSRole DTLSRole `json:"dtlsRole"`
	// SRTPCipher is the IANA name of the DTLS-SRTP protection profile.
	SRTPCipher string `json:"srtpCipher,omitempty"`
}

func (TransportStats) statsMarker() {}

// MarshalJSON encodes s with its W3C member names; the enum members are their
// W3C strings and are left out when unknown.
func (s TransportStats) MarshalJSON() ([]byte, error) {
	type plain TransportStats

	return json.Marshal(struct {
		plain
		ICERole   string `json:"iceRole,omitempty"`
		DTLSState string `json:"dtlsState,omitempty"`
		ICEState  string `json:"iceState,omitempty"`
		DTLSRole  string `json:"dtlsRole,omitempty"`
	}{
		plain(s),
		statsEnumString(s.ICERole),
		statsEnumString(s.DTLSState),
		statsEnumString(s.ICEState),
		statsEnumString(s.DTLSRole),
	})
}

// UnmarshalJSON decodes a W3C transport stats object. An enum string the
// package does not know decodes as that enum's Unknown value.
func (s *TransportStats) UnmarshalJSON(b []byte) error {
	type plain TransportStats
	aux := struct {
		*plain
		ICERole   json.RawMessage `json:"iceRole"`
		DTLSState json.RawMessage `json:"dtlsState"`
		ICEState  json.RawMessage `json:"iceState"`
		DTLSRole  json.RawMessage `json:"dtlsRole"`
	}{plain: (*plain)(s)}
	err := json.Unmarshal(b, &aux)
	s.ICERole = statsEnumFromJSON[ICERole](aux.ICERole)
	s.DTLSState = statsEnumFromJSON[DTLSTransportState](aux.DTLSState)
	s.ICEState = statsEnumFromJSON[ICETransportState](aux.ICEState)
	s.DTLSRole = statsEnumFromJSON[DTLSRole](aux.DTLSRole)

	return err
}

// StatsICECandidatePairState is the state of an ICE candidate pair in an
// ICECandidatePairStats.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcstatsicecandidatepairstate
type StatsICECandidatePairState string

const (
	// StatsICECandidatePairStateFrozen means the pair is not checked yet and
	// cannot be until another check succeeds.
	StatsICECandidatePairStateFrozen StatsICECandidatePairState = "frozen"

	// StatsICECandidatePairStateWaiting means the pair is not checked yet and
	// will be when it is the highest-priority waiting pair.
	StatsICECandidatePairStateWaiting StatsICECandidatePairState = "waiting"

	// StatsICECandidatePairStateInProgress means a check has been sent for
	// the pair and the transaction is in progress.
	StatsICECandidatePairStateInProgress StatsICECandidatePairState = "in-progress"

	// StatsICECandidatePairStateFailed means the check for the pair failed.
	StatsICECandidatePairStateFailed StatsICECandidatePairState = "failed"

	// StatsICECandidatePairStateSucceeded means the check for the pair
	// succeeded.
	StatsICECandidatePairStateSucceeded StatsICECandidatePairState = "succeeded"
)

// ICECandidatePairStats contains statistics related to an ICE candidate pair.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcicecandidatepairstats
type ICECandidatePairStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeCandidatePair.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// TransportID is the ID of the TransportStats of this pair.
	TransportID string `json:"transportId"`
	// LocalCandidateID is the ID of the ICECandidateStats of the local
	// candidate.
	LocalCandidateID string `json:"localCandidateId"`
	// RemoteCandidateID is the ID of the ICECandidateStats of the remote
	// candidate.
	RemoteCandidateID string `json:"remoteCandidateId"`
	// State is the state of the pair in the check list.
	State StatsICECandidatePairState `json:"state"`
	// Nominated tells whether the pair has been nominated.
	Nominated bool `json:"nominated"`
	// PacketsSent is the number of packets sent on this pair.
	PacketsSent uint32 `json:"packetsSent"`
	// PacketsReceived is the number of packets received on this pair.
	PacketsReceived uint32 `json:"packetsReceived"`
	// BytesSent is the number of payload bytes sent on this pair.
	BytesSent uint64 `json:"bytesSent"`
	// BytesReceived is the number of payload bytes received on this pair.
	BytesReceived uint64 `json:"bytesReceived"`
	// LastPacketSentTimestamp is the time the last non-STUN packet was sent.
	LastPacketSentTimestamp StatsTimestamp `json:"lastPacketSentTimestamp"`
	// LastPacketReceivedTimestamp is the time the last non-STUN packet was
	// received.
	LastPacketReceivedTimestamp StatsTimestamp `json:"lastPacketReceivedTimestamp"`
	// FirstRequestTimestamp is the time the first STUN request was sent
	// (obsolete).
	FirstRequestTimestamp StatsTimestamp `json:"firstRequestTimestamp"`
	// LastRequestTimestamp is the time the last STUN request was sent
	// (obsolete).
	LastRequestTimestamp StatsTimestamp `json:"lastRequestTimestamp"`
	// FirstResponseTimestamp is the time the first STUN response was
	// received (obsolete).
	FirstResponseTimestamp StatsTimestamp `json:"firstResponseTimestamp"`
	// LastResponseTimestamp is the time the last STUN response was received
	// (obsolete).
	LastResponseTimestamp StatsTimestamp `json:"lastResponseTimestamp"`
	// FirstRequestReceivedTimestamp is the time the first connectivity check
	// request was received (obsolete).
	FirstRequestReceivedTimestamp StatsTimestamp `json:"firstRequestReceivedTimestamp"`
	// LastRequestReceivedTimestamp is the time the last connectivity check
	// request was received (obsolete).
	LastRequestReceivedTimestamp StatsTimestamp `json:"lastRequestReceivedTimestamp"`
	// TotalRoundTripTime is the sum of all STUN round trip times, in seconds.
	TotalRoundTripTime float64 `json:"totalRoundTripTime"`
	// CurrentRoundTripTime is the latest STUN round trip time, in seconds.
	CurrentRoundTripTime float64 `json:"currentRoundTripTime"`
	// AvailableOutgoingBitrate is the bitrate, in bits per second, congestion
	// control allows for all outgoing RTP streams on this pair.
	AvailableOutgoingBitrate float64 `json:"availableOutgoingBitrate"`
	// AvailableIncomingBitrate is the bitrate, in bits per second, congestion
	// control allows for all incoming RTP streams on this pair.
	AvailableIncomingBitrate float64 `json:"availableIncomingBitrate"`
	// CircuitBreakerTriggerCount is the number of times the circuit breaker
	// ceased transmission (obsolete).
	CircuitBreakerTriggerCount uint32 `json:"circuitBreakerTriggerCount"`
	// RequestsReceived is the number of connectivity check requests received.
	RequestsReceived uint64 `json:"requestsReceived"`
	// RequestsSent is the number of connectivity check requests sent.
	RequestsSent uint64 `json:"requestsSent"`
	// ResponsesReceived is the number of connectivity check responses
	// received.
	ResponsesReceived uint64 `json:"responsesReceived"`
	// ResponsesSent is the number of connectivity check responses sent.
	ResponsesSent uint64 `json:"responsesSent"`
	// RetransmissionsReceived is the number of connectivity check request
	// retransmissions received (obsolete).
	RetransmissionsReceived uint64 `json:"retransmissionsReceived"`
	// RetransmissionsSent is the number of connectivity check request
	// retransmissions sent (obsolete).
	RetransmissionsSent uint64 `json:"retransmissionsSent"`
	// ConsentRequestsSent is the number of consent requests sent.
	ConsentRequestsSent uint64 `json:"consentRequestsSent"`
	// ConsentExpiredTimestamp is the time the latest valid STUN binding
	// response expired (obsolete).
	ConsentExpiredTimestamp StatsTimestamp `json:"consentExpiredTimestamp"`
	// PacketsDiscardedOnSend is the number of packets discarded because of
	// socket errors.
	PacketsDiscardedOnSend uint32 `json:"packetsDiscardedOnSend"`
	// BytesDiscardedOnSend is the number of bytes discarded because of socket
	// errors.
	BytesDiscardedOnSend uint32 `json:"bytesDiscardedOnSend"`
}

func (ICECandidatePairStats) statsMarker() {}

// ICECandidateStats contains statistics related to a local or remote ICE
// candidate.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcicecandidatestats
type ICECandidateStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeLocalCandidate or StatsTypeRemoteCandidate.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// TransportID is the ID of the TransportStats of this candidate.
	TransportID string `json:"transportId"`
	// NetworkType is the type of network interface of a local candidate
	// (deprecated, non-standard).
	NetworkType string `json:"networkType,omitempty"`
	// IP is the address of the candidate (W3C "address"; older browsers and
	// pion call it "ip", which UnmarshalJSON also accepts).
	IP string `json:"address"`
	// Port is the port number of the candidate.
	Port int32 `json:"port"`
	// Protocol is "udp" or "tcp".
	Protocol string `json:"protocol"`
	// CandidateType is the type of the candidate.
	CandidateType ICECandidateType `json:"candidateType"`
	// Priority is the priority of the candidate.
	Priority int32 `json:"priority"`
	// URL is the URL of the STUN or TURN server that produced a local
	// candidate.
	URL string `json:"url"`
	// RelayProtocol is the protocol used to reach the TURN server ("udp",
	// "tcp" or "tls"), for local relay candidates.
	RelayProtocol string `json:"relayProtocol"`
	// Deleted tells whether a local candidate has been freed (obsolete).
	Deleted bool `json:"deleted"`
	// Foundation is the ICE foundation of the candidate.
	Foundation string `json:"foundation,omitempty"`
	// RelatedAddress is the related address of a reflexive or relay
	// candidate.
	RelatedAddress string `json:"relatedAddress,omitempty"`
	// RelatedPort is the related port of a reflexive or relay candidate.
	RelatedPort int32 `json:"relatedPort,omitempty"`
	// UsernameFragment is the ICE username fragment of the candidate.
	UsernameFragment string `json:"usernameFragment,omitempty"`
	// TCPType is the TCP candidate type ("active", "passive", "so").
	TCPType string `json:"tcpType,omitempty"`
}

func (ICECandidateStats) statsMarker() {}

// MarshalJSON encodes s with its W3C member names; CandidateType is its W3C
// string and is left out when unknown.
func (s ICECandidateStats) MarshalJSON() ([]byte, error) {
	type plain ICECandidateStats

	return json.Marshal(struct {
		plain
		CandidateType string `json:"candidateType,omitempty"`
	}{plain(s), statsEnumString(s.CandidateType)})
}

// UnmarshalJSON decodes a W3C local-candidate or remote-candidate stats
// object. The address is read from "address", else from the older "ip"; a
// candidate type the package does not know decodes as ICECandidateTypeUnknown.
func (s *ICECandidateStats) UnmarshalJSON(b []byte) error {
	type plain ICECandidateStats
	aux := struct {
		*plain
		CandidateType json.RawMessage `json:"candidateType"`
		LegacyIP      string          `json:"ip"`
	}{plain: (*plain)(s)}
	err := json.Unmarshal(b, &aux)
	s.CandidateType = statsEnumFromJSON[ICECandidateType](aux.CandidateType)
	if s.IP == "" {
		s.IP = aux.LegacyIP
	}

	return err
}

// CertificateStats contains information about a certificate used by a
// transport.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtccertificatestats
type CertificateStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeCertificate.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// Fingerprint is the fingerprint of the certificate.
	Fingerprint string `json:"fingerprint"`
	// FingerprintAlgorithm is the hash function of the fingerprint, e.g.
	// "sha-256".
	FingerprintAlgorithm string `json:"fingerprintAlgorithm"`
	// Base64Certificate is the base64 encoding of the DER certificate.
	Base64Certificate string `json:"base64Certificate"`
	// IssuerCertificateID is the ID of the CertificateStats of the next
	// certificate in the chain, if any.
	IssuerCertificateID string `json:"issuerCertificateId"`
}

func (CertificateStats) statsMarker() {}

// SCTPTransportPartialReliabilityMode is the negotiated SCTP partial
// reliability mode (pion only).
type SCTPTransportPartialReliabilityMode string

// SCTPTransportPartialReliabilityMode values.
const (
	SCTPTransportPartialReliabilityModeNone        SCTPTransportPartialReliabilityMode = "none"
	SCTPTransportPartialReliabilityModeForwardTSN  SCTPTransportPartialReliabilityMode = "forward-tsn"
	SCTPTransportPartialReliabilityModeIForwardTSN SCTPTransportPartialReliabilityMode = "i-forward-tsn"
)

// SCTPTransportMetadata describes negotiated SCTP transport capabilities
// (pion only).
type SCTPTransportMetadata struct {
	// MessageInterleavingEnabled tells whether RFC 8260 user message
	// interleaving was negotiated.
	MessageInterleavingEnabled bool `json:"messageInterleavingEnabled"`
	// PartialReliabilityMode tells which FORWARD-TSN variant is active.
	PartialReliabilityMode SCTPTransportPartialReliabilityMode `json:"partialReliabilityMode"`
	// ZeroChecksumSendingEnabled tells whether outgoing packets use a zero
	// checksum.
	ZeroChecksumSendingEnabled bool `json:"zeroChecksumSendingEnabled"`
	// ZeroChecksumReceivingEnabled tells whether incoming packets may use a
	// zero checksum.
	ZeroChecksumReceivingEnabled bool `json:"zeroChecksumReceivingEnabled"`
}

// SCTPTransportStats contains statistics related to the SCTP transport. It is
// obsolete in the W3C specification.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcsctptransportstats
type SCTPTransportStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is StatsTypeSCTPTransport.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`

	// TransportID is the ID of the TransportStats of the DTLS and ICE
	// transports under the SCTP transport.
	TransportID string `json:"transportId"`
	// SmoothedRoundTripTime is the latest smoothed round trip time, in
	// seconds.
	SmoothedRoundTripTime float64 `json:"smoothedRoundTripTime"`
	// CongestionWindow is the latest congestion window.
	CongestionWindow uint32 `json:"congestionWindow"`
	// ReceiverWindow is the latest receiver window.
	ReceiverWindow uint32 `json:"receiverWindow"`
	// MTU is the latest maximum transmission unit.
	MTU uint32 `json:"mtu"`
	// UNACKData is the number of unacknowledged DATA chunks.
	UNACKData uint32 `json:"unackData"`
	// Metadata holds the negotiated SCTP association capabilities (pion only).
	Metadata *SCTPTransportMetadata `json:"metadata,omitempty"`
	// BytesSent is the number of bytes sent on this SCTP transport.
	BytesSent uint64 `json:"bytesSent"`
	// BytesReceived is the number of bytes received on this SCTP transport.
	BytesReceived uint64 `json:"bytesReceived"`
}

func (SCTPTransportStats) statsMarker() {}

// UnknownStats is an entry whose type the package does not model, as the
// browser reports it. Raw is the entry's JSON object, kept whole; MarshalJSON
// gives it back.
type UnknownStats struct {
	// Timestamp is the time the statistics were gathered.
	Timestamp StatsTimestamp `json:"timestamp"`
	// Type is the entry's "type" member.
	Type StatsType `json:"type"`
	// ID identifies the inspected object; it is the key in the StatsReport.
	ID string `json:"id"`
	// Raw is the JSON object of the entry.
	Raw json.RawMessage `json:"-"`
}

func (UnknownStats) statsMarker() {}

// MarshalJSON returns Raw when it is set, else an object with the timestamp,
// type and id members.
func (s UnknownStats) MarshalJSON() ([]byte, error) {
	if len(s.Raw) > 0 {
		return s.Raw, nil
	}
	type plain UnknownStats

	return json.Marshal(plain(s))
}

// UnmarshalStatsEntry decodes one JSON stats object, such as JSON.stringify
// gives for an entry of a browser's RTCStatsReport, into the typed struct its
// "type" member names (a value, e.g. InboundRTPStreamStats). Member names are
// the W3C ones; members the struct does not have are ignored, and a member
// whose value has the wrong JSON type leaves its field zero. An entry of a
// type the package does not model (or a media entry of an unknown kind) is
// returned as an UnknownStats holding the raw object. Input that is not a
// JSON object gives an error matching ErrSyntax.
func UnmarshalStatsEntry(raw []byte) (Stats, error) {
	const op = "UnmarshalStatsEntry"
	raw = bytes.TrimSpace(raw)
	var head struct {
		Timestamp StatsTimestamp `json:"timestamp"`
		Type      StatsType      `json:"type"`
		ID        string         `json:"id"`
		Kind      string         `json:"kind"`
	}
	err := json.Unmarshal(raw, &head)
	if err != nil && !isJSONTypeError(err) {
		return nil, wrapError(ErrSyntax, op, err)
	}
	if raw[0] != '{' {
		return nil, newError(ErrSyntax, op, "stats entry is not a JSON object")
	}

	var s Stats
	switch head.Type {
	case StatsTypeCodec:
		s, err = decodeStats[CodecStats](raw)
	case StatsTypeInboundRTP:
		s, err = decodeStats[InboundRTPStreamStats](raw)
	case StatsTypeOutboundRTP:
		s, err = decodeStats[OutboundRTPStreamStats](raw)
	case StatsTypeRemoteInboundRTP:
		s, err = decodeStats[RemoteInboundRTPStreamStats](raw)
	case StatsTypeRemoteOutboundRTP:
		s, err = decodeStats[RemoteOutboundRTPStreamStats](raw)
	case StatsTypeCSRC:
		s, err = decodeStats[RTPContributingSourceStats](raw)
	case StatsTypeMediaSource:
		switch head.Kind {
		case statsKindAudio:
			s, err = decodeStats[AudioSourceStats](raw)
		case statsKindVideo:
			s, err = decodeStats[VideoSourceStats](raw)
		}
	case StatsTypeMediaPlayout:
		s, err = decodeStats[AudioPlayoutStats](raw)
	case StatsTypePeerConnection:
		s, err = decodeStats[PeerConnectionStats](raw)
	case StatsTypeDataChannel:
		s, err = decodeStats[DataChannelStats](raw)
	case StatsTypeStream:
		s, err = decodeStats[MediaStreamStats](raw)
	case StatsTypeTrack:
		switch head.Kind {
		case statsKindAudio:
			s, err = decodeStats[SenderAudioTrackAttachmentStats](raw)
		case statsKindVideo:
			s, err = decodeStats[SenderVideoTrackAttachmentStats](raw)
		}
	case StatsTypeSender:
		switch head.Kind {
		case statsKindAudio:
			s, err = decodeStats[AudioSenderStats](raw)
		case statsKindVideo:
			s, err = decodeStats[VideoSenderStats](raw)
		}
	case StatsTypeReceiver:
		switch head.Kind {
		case statsKindAudio:
			s, err = decodeStats[AudioReceiverStats](raw)
		case statsKindVideo:
			s, err = decodeStats[VideoReceiverStats](raw)
		}
	case StatsTypeTransport:
		s, err = decodeStats[TransportStats](raw)
	case StatsTypeCandidatePair:
		s, err = decodeStats[ICECandidatePairStats](raw)
	case StatsTypeLocalCandidate, StatsTypeRemoteCandidate:
		s, err = decodeStats[ICECandidateStats](raw)
	case StatsTypeCertificate:
		s, err = decodeStats[CertificateStats](raw)
	case StatsTypeSCTPTransport:
		s, err = decodeStats[SCTPTransportStats](raw)
	}
	if err != nil {
		return nil, wrapError(ErrSyntax, op, err)
	}
	if s == nil {
		return UnknownStats{
			Timestamp: head.Timestamp,
			Type:      head.Type,
			ID:        head.ID,
			Raw:       bytes.Clone(raw),
		}, nil
	}

	return s, nil
}

// decodeStats decodes raw into a T. A member of the wrong JSON type is not an
// error: encoding/json leaves that field zero and decodes the rest.
func decodeStats[T Stats](raw []byte) (Stats, error) {
	var v T
	if err := json.Unmarshal(raw, &v); err != nil && !isJSONTypeError(err) {
		return nil, err
	}

	return v, nil
}

// isJSONTypeError tells whether err only says that a JSON value did not fit
// its Go field, which encoding/json reports after decoding everything else.
func isJSONTypeError(err error) bool {
	_, ok := errors.AsType[*json.UnmarshalTypeError](err)

	return ok
}

// UnmarshalJSON decodes a JSON object mapping IDs to stats entries, as
// json.Marshal gives for a StatsReport, with UnmarshalStatsEntry.
func (r *StatsReport) UnmarshalJSON(b []byte) error {
	const op = "StatsReport.UnmarshalJSON"
	var entries map[string]json.RawMessage
	if err := json.Unmarshal(b, &entries); err != nil {
		return wrapError(ErrSyntax, op, err)
	}
	report := make(StatsReport, len(entries))
	for id, raw := range entries {
		s, err := UnmarshalStatsEntry(raw)
		if err != nil {
			return err
		}
		report[id] = s
	}
	*r = report

	return nil
}

// CandidatePairs returns the report's ICE candidate pairs, sorted by ID.
func (r StatsReport) CandidatePairs() []ICECandidatePairStats {
	return statsOfType(r, func(s ICECandidatePairStats) string { return s.ID })
}

// InboundRTP returns the report's inbound RTP streams, sorted by ID.
func (r StatsReport) InboundRTP() []InboundRTPStreamStats {
	return statsOfType(r, func(s InboundRTPStreamStats) string { return s.ID })
}

// OutboundRTP returns the report's outbound RTP streams, sorted by ID.
func (r StatsReport) OutboundRTP() []OutboundRTPStreamStats {
	return statsOfType(r, func(s OutboundRTPStreamStats) string { return s.ID })
}

// Transports returns the report's transports, sorted by ID.
func (r StatsReport) Transports() []TransportStats {
	return statsOfType(r, func(s TransportStats) string { return s.ID })
}

// DataChannels returns the report's data channels, sorted by ID.
func (r StatsReport) DataChannels() []DataChannelStats {
	return statsOfType(r, func(s DataChannelStats) string { return s.ID })
}

// PeerConnection returns the report's peer-connection entry (the one with the
// smallest ID if there are several), and whether there is one.
func (r StatsReport) PeerConnection() (PeerConnectionStats, bool) {
	all := statsOfType(r, func(s PeerConnectionStats) string { return s.ID })
	if len(all) == 0 {
		return PeerConnectionStats{}, false
	}

	return all[0], true
}

// SelectedCandidatePair returns the candidate pair in use: the pair a
// transport names in SelectedCandidatePairID (transports taken by ID), else
// the nominated succeeded pair with the latest traffic (ties go to the
// smallest ID). It reports false when no pair qualifies.
func (r StatsReport) SelectedCandidatePair() (ICECandidatePairStats, bool) {
	pairs := r.CandidatePairs()
	if len(pairs) == 0 {
		return ICECandidatePairStats{}, false
	}
	for _, t := range r.Transports() {
		if t.SelectedCandidatePairID == "" {
			continue
		}
		for _, p := range pairs {
			if p.ID == t.SelectedCandidatePairID {
				return p, true
			}
		}
	}

	lastActivity := func(p ICECandidatePairStats) StatsTimestamp {
		return max(p.LastPacketReceivedTimestamp, p.LastPacketSentTimestamp)
	}
	var best ICECandidatePairStats
	found := false
	for _, p := range pairs {
		if !p.Nominated || p.State != StatsICECandidatePairStateSucceeded {
			continue
		}
		if !found || lastActivity(p) > lastActivity(best) {
			best, found = p, true
		}
	}

	return best, found
}

// statsOfType returns the entries of r of type T (stored as T or *T), sorted
// by the ID id gives.
func statsOfType[T Stats](r StatsReport, id func(T) string) []T {
	var out []T
	for _, s := range r {
		switch v := any(s).(type) {
		case T:
			out = append(out, v)
		case *T:
			if v != nil {
				out = append(out, *v)
			}
		}
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(id(a), id(b)) })

	return out
}

// statsEnum is the shape of the package's enums: integers with W3C strings.
type statsEnum interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
	String() string
}

// statsEnumMax bounds the values statsEnumFromString tries.
const statsEnumMax = 64

// statsEnumString is v's W3C string, or "" for the zero (unknown) value.
func statsEnumString[T statsEnum](v T) string {
	if v == 0 {
		return ""
	}

	return v.String()
}

// statsEnumFromJSON decodes an enum member given as its string (or, as a
// fallback, as its number); anything else, absent or unknown is the zero value.
func statsEnumFromJSON[T statsEnum](raw json.RawMessage) T {
	if len(raw) == 0 {
		return 0
	}
	var name string
	if json.Unmarshal(raw, &name) == nil {
		if name == "" {
			return 0
		}
		for i := 1; i < statsEnumMax; i++ {
			if T(i).String() == name {
				return T(i)
			}
		}

		return 0
	}
	var n int64
	if json.Unmarshal(raw, &n) == nil && n > 0 && n < statsEnumMax {
		return T(n)
	}

	return 0
}
