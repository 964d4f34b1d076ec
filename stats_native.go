//go:build !js

package rtc

import (
	"maps"
	"slices"

	"github.com/pion/webrtc/v4"
)

// statsFromPion converts a pion stats report into the package's. Every entry
// type pion produces is converted field by field; enums are cast (the
// package's enums have pion's values) and maps and slices are copied. An
// entry of a type pion may add later is skipped.
func statsFromPion(r webrtc.StatsReport) StatsReport {
	out := make(StatsReport, len(r))
	for id, s := range r {
		if v := statsEntryFromPion(s); v != nil {
			out[id] = v
		}
	}

	return out
}

// sctpMetadataFromPion copies pion's SCTP metadata; nil stays nil.
func sctpMetadataFromPion(m *webrtc.SCTPTransportMetadata) *SCTPTransportMetadata {
	if m == nil {
		return nil
	}

	return &SCTPTransportMetadata{
		MessageInterleavingEnabled:   m.MessageInterleavingEnabled,
		PartialReliabilityMode:       SCTPTransportPartialReliabilityMode(m.PartialReliabilityMode),
		ZeroChecksumSendingEnabled:   m.ZeroChecksumSendingEnabled,
		ZeroChecksumReceivingEnabled: m.ZeroChecksumReceivingEnabled,
	}
}

// statsEntryFromPion converts one pion stats entry, or returns nil for a type
// it does not know.
func statsEntryFromPion(s webrtc.Stats) Stats {
	switch v := s.(type) {
	case webrtc.CodecStats:
		return CodecStats{
			Timestamp:      StatsTimestamp(v.Timestamp),
			Type:           StatsType(v.Type),
			ID:             v.ID,
			PayloadType:    PayloadType(v.PayloadType),
			CodecType:      CodecType(v.CodecType),
			TransportID:    v.TransportID,
			MimeType:       v.MimeType,
			ClockRate:      v.ClockRate,
			Channels:       v.Channels,
			SDPFmtpLine:    v.SDPFmtpLine,
			Implementation: v.Implementation,
		}
	case webrtc.InboundRTPStreamStats:
		return InboundRTPStreamStats{
			Mid:                            v.Mid,
			Rid:                            v.Rid,
			Timestamp:                      StatsTimestamp(v.Timestamp),
			Type:                           StatsType(v.Type),
			ID:                             v.ID,
			SSRC:                           SSRC(v.SSRC),
			Kind:                           v.Kind,
			TransportID:                    v.TransportID,
			CodecID:                        v.CodecID,
			FIRCount:                       v.FIRCount,
			PLICount:                       v.PLICount,
			TotalProcessingDelay:           v.TotalProcessingDelay,
			NACKCount:                      v.NACKCount,
			JitterBufferDelay:              v.JitterBufferDelay,
			JitterBufferTargetDelay:        v.JitterBufferTargetDelay,
			JitterBufferEmittedCount:       v.JitterBufferEmittedCount,
			JitterBufferMinimumDelay:       v.JitterBufferMinimumDelay,
			TotalSamplesReceived:           v.TotalSamplesReceived,
			ConcealedSamples:               v.ConcealedSamples,
			SilentConcealedSamples:         v.SilentConcealedSamples,
			ConcealmentEvents:              v.ConcealmentEvents,
			InsertedSamplesForDeceleration: v.InsertedSamplesForDeceleration,
			RemovedSamplesForAcceleration:  v.RemovedSamplesForAcceleration,
			AudioLevel:                     v.AudioLevel,
			TotalAudioEnergy:               v.TotalAudioEnergy,
			TotalSamplesDuration:           v.TotalSamplesDuration,
			SLICount:                       v.SLICount,
			QPSum:                          v.QPSum,
			TotalDecodeTime:                v.TotalDecodeTime,
			TotalInterFrameDelay:           v.TotalInterFrameDelay,
			TotalSquaredInterFrameDelay:    v.TotalSquaredInterFrameDelay,
			PacketsReceived:                v.PacketsReceived,
			PacketsLost:                    v.PacketsLost,
			Jitter:                         v.Jitter,
			PacketsDiscarded:               v.PacketsDiscarded,
			PacketsRepaired:                v.PacketsRepaired,
			BurstPacketsLost:               v.BurstPacketsLost,
			BurstPacketsDiscarded:          v.BurstPacketsDiscarded,
			BurstLossCount:                 v.BurstLossCount,
			BurstDiscardCount:              v.BurstDiscardCount,
			BurstLossRate:                  v.BurstLossRate,
			BurstDiscardRate:               v.BurstDiscardRate,
			GapLossRate:                    v.GapLossRate,
			GapDiscardRate:                 v.GapDiscardRate,
			TrackID:                        v.TrackID,
			ReceiverID:                     v.ReceiverID,
			RemoteID:                       v.RemoteID,
			FramesDecoded:                  v.FramesDecoded,
			KeyFramesDecoded:               v.KeyFramesDecoded,
			FramesRendered:                 v.FramesRendered,
			FramesDropped:                  v.FramesDropped,
			FrameWidth:                     v.FrameWidth,
			FrameHeight:                    v.FrameHeight,
			LastPacketReceivedTimestamp:    StatsTimestamp(v.LastPacketReceivedTimestamp),
			HeaderBytesReceived:            v.HeaderBytesReceived,
			AverageRTCPInterval:            v.AverageRTCPInterval,
			FECPacketsReceived:             v.FECPacketsReceived,
			FECPacketsDiscarded:            v.FECPacketsDiscarded,
			BytesReceived:                  v.BytesReceived,
			FramesReceived:                 v.FramesReceived,
			PacketsFailedDecryption:        v.PacketsFailedDecryption,
			PacketsDuplicated:              v.PacketsDuplicated,
			PerDSCPPacketsReceived:         maps.Clone(v.PerDSCPPacketsReceived),
			DecoderImplementation:          v.DecoderImplementation,
			PauseCount:                     v.PauseCount,
			TotalPausesDuration:            v.TotalPausesDuration,
			FreezeCount:                    v.FreezeCount,
			TotalFreezesDuration:           v.TotalFreezesDuration,
			PowerEfficientDecoder:          v.PowerEfficientDecoder,
		}
	case webrtc.OutboundRTPStreamStats:
		return OutboundRTPStreamStats{
			Mid:                                v.Mid,
			Rid:                                v.Rid,
			MediaSourceID:                      v.MediaSourceID,
			Timestamp:                          StatsTimestamp(v.Timestamp),
			Type:                               StatsType(v.Type),
			ID:                                 v.ID,
			SSRC:                               SSRC(v.SSRC),
			Kind:                               v.Kind,
			TransportID:                        v.TransportID,
			CodecID:                            v.CodecID,
			HeaderBytesSent:                    v.HeaderBytesSent,
			RetransmittedPacketsSent:           v.RetransmittedPacketsSent,
			RetransmittedBytesSent:             v.RetransmittedBytesSent,
			FIRCount:                           v.FIRCount,
			PLICount:                           v.PLICount,
			NACKCount:                          v.NACKCount,
			SLICount:                           v.SLICount,
			QPSum:                              v.QPSum,
			PacketsSent:                        v.PacketsSent,
			PacketsDiscardedOnSend:             v.PacketsDiscardedOnSend,
			FECPacketsSent:                     v.FECPacketsSent,
			BytesSent:                          v.BytesSent,
			BytesDiscardedOnSend:               v.BytesDiscardedOnSend,
			TrackID:                            v.TrackID,
			SenderID:                           v.SenderID,
			RemoteID:                           v.RemoteID,
			LastPacketSentTimestamp:            StatsTimestamp(v.LastPacketSentTimestamp),
			TargetBitrate:                      v.TargetBitrate,
			TotalEncodedBytesTarget:            v.TotalEncodedBytesTarget,
			FrameWidth:                         v.FrameWidth,
			FrameHeight:                        v.FrameHeight,
			FramesPerSecond:                    v.FramesPerSecond,
			FramesSent:                         v.FramesSent,
			HugeFramesSent:                     v.HugeFramesSent,
			FramesEncoded:                      v.FramesEncoded,
			KeyFramesEncoded:                   v.KeyFramesEncoded,
			TotalEncodeTime:                    v.TotalEncodeTime,
			TotalPacketSendDelay:               v.TotalPacketSendDelay,
			AverageRTCPInterval:                v.AverageRTCPInterval,
			QualityLimitationReason:            QualityLimitationReason(v.QualityLimitationReason),
			QualityLimitationDurations:         maps.Clone(v.QualityLimitationDurations),
			QualityLimitationResolutionChanges: v.QualityLimitationResolutionChanges,
			PerDSCPPacketsSent:                 maps.Clone(v.PerDSCPPacketsSent),
			Active:                             v.Active,
			EncoderImplementation:              v.EncoderImplementation,
			PowerEfficientEncoder:              v.PowerEfficientEncoder,
			ScalabilityMode:                    v.ScalabilityMode,
		}
	case webrtc.RemoteInboundRTPStreamStats:
		return RemoteInboundRTPStreamStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			SSRC:                      SSRC(v.SSRC),
			Kind:                      v.Kind,
			TransportID:               v.TransportID,
			CodecID:                   v.CodecID,
			FIRCount:                  v.FIRCount,
			PLICount:                  v.PLICount,
			NACKCount:                 v.NACKCount,
			SLICount:                  v.SLICount,
			QPSum:                     v.QPSum,
			PacketsReceived:           v.PacketsReceived,
			PacketsLost:               v.PacketsLost,
			Jitter:                    v.Jitter,
			PacketsDiscarded:          v.PacketsDiscarded,
			PacketsRepaired:           v.PacketsRepaired,
			BurstPacketsLost:          v.BurstPacketsLost,
			BurstPacketsDiscarded:     v.BurstPacketsDiscarded,
			BurstLossCount:            v.BurstLossCount,
			BurstDiscardCount:         v.BurstDiscardCount,
			BurstLossRate:             v.BurstLossRate,
			BurstDiscardRate:          v.BurstDiscardRate,
			GapLossRate:               v.GapLossRate,
			GapDiscardRate:            v.GapDiscardRate,
			LocalID:                   v.LocalID,
			RoundTripTime:             v.RoundTripTime,
			TotalRoundTripTime:        v.TotalRoundTripTime,
			FractionLost:              v.FractionLost,
			RoundTripTimeMeasurements: v.RoundTripTimeMeasurements,
		}
	case webrtc.RemoteOutboundRTPStreamStats:
		return RemoteOutboundRTPStreamStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			SSRC:                      SSRC(v.SSRC),
			Kind:                      v.Kind,
			TransportID:               v.TransportID,
			CodecID:                   v.CodecID,
			FIRCount:                  v.FIRCount,
			PLICount:                  v.PLICount,
			NACKCount:                 v.NACKCount,
			SLICount:                  v.SLICount,
			QPSum:                     v.QPSum,
			PacketsSent:               v.PacketsSent,
			PacketsDiscardedOnSend:    v.PacketsDiscardedOnSend,
			FECPacketsSent:            v.FECPacketsSent,
			BytesSent:                 v.BytesSent,
			BytesDiscardedOnSend:      v.BytesDiscardedOnSend,
			LocalID:                   v.LocalID,
			RemoteTimestamp:           StatsTimestamp(v.RemoteTimestamp),
			ReportsSent:               v.ReportsSent,
			RoundTripTime:             v.RoundTripTime,
			TotalRoundTripTime:        v.TotalRoundTripTime,
			RoundTripTimeMeasurements: v.RoundTripTimeMeasurements,
		}
	case webrtc.RTPContributingSourceStats:
		return RTPContributingSourceStats{
			Timestamp:            StatsTimestamp(v.Timestamp),
			Type:                 StatsType(v.Type),
			ID:                   v.ID,
			ContributorSSRC:      SSRC(v.ContributorSSRC),
			InboundRTPStreamID:   v.InboundRTPStreamID,
			PacketsContributedTo: v.PacketsContributedTo,
			AudioLevel:           v.AudioLevel,
		}
	case webrtc.AudioSourceStats:
		return AudioSourceStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			TrackIdentifier:           v.TrackIdentifier,
			Kind:                      v.Kind,
			AudioLevel:                v.AudioLevel,
			TotalAudioEnergy:          v.TotalAudioEnergy,
			TotalSamplesDuration:      v.TotalSamplesDuration,
			EchoReturnLoss:            v.EchoReturnLoss,
			EchoReturnLossEnhancement: v.EchoReturnLossEnhancement,
			DroppedSamplesDuration:    v.DroppedSamplesDuration,
			DroppedSamplesEvents:      v.DroppedSamplesEvents,
			TotalCaptureDelay:         v.TotalCaptureDelay,
			TotalSamplesCaptured:      v.TotalSamplesCaptured,
		}
	case webrtc.VideoSourceStats:
		return VideoSourceStats{
			Timestamp:       StatsTimestamp(v.Timestamp),
			Type:            StatsType(v.Type),
			ID:              v.ID,
			TrackIdentifier: v.TrackIdentifier,
			Kind:            v.Kind,
			Width:           v.Width,
			Height:          v.Height,
			Frames:          v.Frames,
			FramesPerSecond: v.FramesPerSecond,
		}
	case webrtc.AudioPlayoutStats:
		return AudioPlayoutStats{
			Timestamp:                  StatsTimestamp(v.Timestamp),
			Type:                       StatsType(v.Type),
			ID:                         v.ID,
			Kind:                       v.Kind,
			SynthesizedSamplesDuration: v.SynthesizedSamplesDuration,
			SynthesizedSamplesEvents:   v.SynthesizedSamplesEvents,
			TotalSamplesDuration:       v.TotalSamplesDuration,
			TotalPlayoutDelay:          v.TotalPlayoutDelay,
			TotalSamplesCount:          v.TotalSamplesCount,
		}
	case webrtc.PeerConnectionStats:
		return PeerConnectionStats{
			Timestamp:             StatsTimestamp(v.Timestamp),
			Type:                  StatsType(v.Type),
			ID:                    v.ID,
			DataChannelsOpened:    v.DataChannelsOpened,
			DataChannelsClosed:    v.DataChannelsClosed,
			DataChannelsRequested: v.DataChannelsRequested,
			DataChannelsAccepted:  v.DataChannelsAccepted,
		}
	case webrtc.DataChannelStats:
		return DataChannelStats{
			Timestamp:             StatsTimestamp(v.Timestamp),
			Type:                  StatsType(v.Type),
			ID:                    v.ID,
			Label:                 v.Label,
			Protocol:              v.Protocol,
			DataChannelIdentifier: v.DataChannelIdentifier,
			TransportID:           v.TransportID,
			State:                 DataChannelState(v.State),
			MessagesSent:          v.MessagesSent,
			BytesSent:             v.BytesSent,
			MessagesReceived:      v.MessagesReceived,
			BytesReceived:         v.BytesReceived,
		}
	case webrtc.MediaStreamStats:
		return MediaStreamStats{
			Timestamp:        StatsTimestamp(v.Timestamp),
			Type:             StatsType(v.Type),
			ID:               v.ID,
			StreamIdentifier: v.StreamIdentifier,
			TrackIDs:         slices.Clone(v.TrackIDs),
		}
	case webrtc.AudioSenderStats:
		return AudioSenderStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			TrackIdentifier:           v.TrackIdentifier,
			RemoteSource:              v.RemoteSource,
			Ended:                     v.Ended,
			Kind:                      v.Kind,
			AudioLevel:                v.AudioLevel,
			TotalAudioEnergy:          v.TotalAudioEnergy,
			VoiceActivityFlag:         v.VoiceActivityFlag,
			TotalSamplesDuration:      v.TotalSamplesDuration,
			EchoReturnLoss:            v.EchoReturnLoss,
			EchoReturnLossEnhancement: v.EchoReturnLossEnhancement,
			TotalSamplesSent:          v.TotalSamplesSent,
		}
	case webrtc.SenderAudioTrackAttachmentStats:
		return SenderAudioTrackAttachmentStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			TrackIdentifier:           v.TrackIdentifier,
			RemoteSource:              v.RemoteSource,
			Ended:                     v.Ended,
			Kind:                      v.Kind,
			AudioLevel:                v.AudioLevel,
			TotalAudioEnergy:          v.TotalAudioEnergy,
			VoiceActivityFlag:         v.VoiceActivityFlag,
			TotalSamplesDuration:      v.TotalSamplesDuration,
			EchoReturnLoss:            v.EchoReturnLoss,
			EchoReturnLossEnhancement: v.EchoReturnLossEnhancement,
			TotalSamplesSent:          v.TotalSamplesSent,
		}
	case webrtc.VideoSenderStats:
		return VideoSenderStats{
			Timestamp:      StatsTimestamp(v.Timestamp),
			Type:           StatsType(v.Type),
			ID:             v.ID,
			Kind:           v.Kind,
			FramesCaptured: v.FramesCaptured,
			FramesSent:     v.FramesSent,
			HugeFramesSent: v.HugeFramesSent,
			KeyFramesSent:  v.KeyFramesSent,
		}
	case webrtc.SenderVideoTrackAttachmentStats:
		return SenderVideoTrackAttachmentStats{
			Timestamp:      StatsTimestamp(v.Timestamp),
			Type:           StatsType(v.Type),
			ID:             v.ID,
			Kind:           v.Kind,
			FramesCaptured: v.FramesCaptured,
			FramesSent:     v.FramesSent,
			HugeFramesSent: v.HugeFramesSent,
			KeyFramesSent:  v.KeyFramesSent,
		}
	case webrtc.AudioReceiverStats:
		return AudioReceiverStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			Kind:                      v.Kind,
			AudioLevel:                v.AudioLevel,
			TotalAudioEnergy:          v.TotalAudioEnergy,
			VoiceActivityFlag:         v.VoiceActivityFlag,
			TotalSamplesDuration:      v.TotalSamplesDuration,
			EstimatedPlayoutTimestamp: StatsTimestamp(v.EstimatedPlayoutTimestamp),
			JitterBufferDelay:         v.JitterBufferDelay,
			JitterBufferEmittedCount:  v.JitterBufferEmittedCount,
			TotalSamplesReceived:      v.TotalSamplesReceived,
			ConcealedSamples:          v.ConcealedSamples,
			ConcealmentEvents:         v.ConcealmentEvents,
		}
	case webrtc.VideoReceiverStats:
		return VideoReceiverStats{
			Timestamp:                 StatsTimestamp(v.Timestamp),
			Type:                      StatsType(v.Type),
			ID:                        v.ID,
			Kind:                      v.Kind,
			FrameWidth:                v.FrameWidth,
			FrameHeight:               v.FrameHeight,
			FramesPerSecond:           v.FramesPerSecond,
			EstimatedPlayoutTimestamp: StatsTimestamp(v.EstimatedPlayoutTimestamp),
			JitterBufferDelay:         v.JitterBufferDelay,
			JitterBufferEmittedCount:  v.JitterBufferEmittedCount,
			FramesReceived:            v.FramesReceived,
			KeyFramesReceived:         v.KeyFramesReceived,
			FramesDecoded:             v.FramesDecoded,
			FramesDropped:             v.FramesDropped,
			PartialFramesLost:         v.PartialFramesLost,
			FullFramesLost:            v.FullFramesLost,
		}
	case webrtc.TransportStats:
		return TransportStats{
			Timestamp:               StatsTimestamp(v.Timestamp),
			Type:                    StatsType(v.Type),
			ID:                      v.ID,
			PacketsSent:             v.PacketsSent,
			PacketsReceived:         v.PacketsReceived,
			BytesSent:               v.BytesSent,
			BytesReceived:           v.BytesReceived,
			RTCPTransportStatsID:    v.RTCPTransportStatsID,
			ICERole:                 ICERole(v.ICERole),
			DTLSState:               DTLSTransportState(v.DTLSState),
			ICEState:                ICETransportState(v.ICEState),
			SelectedCandidatePairID: v.SelectedCandidatePairID,
			LocalCertificateID:      v.LocalCertificateID,
			RemoteCertificateID:     v.RemoteCertificateID,
			TLSVersion:              v.TLSVersion,
			DTLSCipher:              v.DTLSCipher,
			SRTPCipher:              v.SRTPCipher,
		}
	case webrtc.ICECandidatePairStats:
		return ICECandidatePairStats{
			Timestamp:                     StatsTimestamp(v.Timestamp),
			Type:                          StatsType(v.Type),
			ID:                            v.ID,
			TransportID:                   v.TransportID,
			LocalCandidateID:              v.LocalCandidateID,
			RemoteCandidateID:             v.RemoteCandidateID,
			State:                         StatsICECandidatePairState(v.State),
			Nominated:                     v.Nominated,
			PacketsSent:                   v.PacketsSent,
			PacketsReceived:               v.PacketsReceived,
			BytesSent:                     v.BytesSent,
			BytesReceived:                 v.BytesReceived,
			LastPacketSentTimestamp:       StatsTimestamp(v.LastPacketSentTimestamp),
			LastPacketReceivedTimestamp:   StatsTimestamp(v.LastPacketReceivedTimestamp),
			FirstRequestTimestamp:         StatsTimestamp(v.FirstRequestTimestamp),
			LastRequestTimestamp:          StatsTimestamp(v.LastRequestTimestamp),
			FirstResponseTimestamp:        StatsTimestamp(v.FirstResponseTimestamp),
			LastResponseTimestamp:         StatsTimestamp(v.LastResponseTimestamp),
			FirstRequestReceivedTimestamp: StatsTimestamp(v.FirstRequestReceivedTimestamp),
			LastRequestReceivedTimestamp:  StatsTimestamp(v.LastRequestReceivedTimestamp),
			TotalRoundTripTime:            v.TotalRoundTripTime,
			CurrentRoundTripTime:          v.CurrentRoundTripTime,
			AvailableOutgoingBitrate:      v.AvailableOutgoingBitrate,
			AvailableIncomingBitrate:      v.AvailableIncomingBitrate,
			CircuitBreakerTriggerCount:    v.CircuitBreakerTriggerCount,
			RequestsReceived:              v.RequestsReceived,
			RequestsSent:                  v.RequestsSent,
			ResponsesReceived:             v.ResponsesReceived,
			ResponsesSent:                 v.ResponsesSent,
			RetransmissionsReceived:       v.RetransmissionsReceived,
			RetransmissionsSent:           v.RetransmissionsSent,
			ConsentRequestsSent:           v.ConsentRequestsSent,
			ConsentExpiredTimestamp:       StatsTimestamp(v.ConsentExpiredTimestamp),
			PacketsDiscardedOnSend:        v.PacketsDiscardedOnSend,
			BytesDiscardedOnSend:          v.BytesDiscardedOnSend,
		}
	case webrtc.ICECandidateStats:
		return ICECandidateStats{
			Timestamp:     StatsTimestamp(v.Timestamp),
			Type:          StatsType(v.Type),
			ID:            v.ID,
			TransportID:   v.TransportID,
			NetworkType:   v.NetworkType,
			IP:            v.IP,
			Port:          v.Port,
			Protocol:      v.Protocol,
			CandidateType: ICECandidateType(v.CandidateType),
			Priority:      v.Priority,
			URL:           v.URL,
			RelayProtocol: v.RelayProtocol,
			Deleted:       v.Deleted,
		}
	case webrtc.CertificateStats:
		return CertificateStats{
			Timestamp:            StatsTimestamp(v.Timestamp),
			Type:                 StatsType(v.Type),
			ID:                   v.ID,
			Fingerprint:          v.Fingerprint,
			FingerprintAlgorithm: v.FingerprintAlgorithm,
			Base64Certificate:    v.Base64Certificate,
			IssuerCertificateID:  v.IssuerCertificateID,
		}
	case webrtc.SCTPTransportStats:
		return SCTPTransportStats{
			Timestamp:             StatsTimestamp(v.Timestamp),
			Type:                  StatsType(v.Type),
			ID:                    v.ID,
			TransportID:           v.TransportID,
			SmoothedRoundTripTime: v.SmoothedRoundTripTime,
			CongestionWindow:      v.CongestionWindow,
			ReceiverWindow:        v.ReceiverWindow,
			MTU:                   v.MTU,
			UNACKData:             v.UNACKData,
			Metadata:              sctpMetadataFromPion(v.Metadata),
			BytesSent:             v.BytesSent,
			BytesReceived:         v.BytesReceived,
		}
	default:
		return nil
	}
}
