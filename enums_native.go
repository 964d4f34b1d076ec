//go:build !js

package rtc

import "github.com/pion/webrtc/v4"

// Conversions between the package's enums and pion's. The values of every
// enum are pion's, so each conversion is a plain cast; enums_native_test.go
// checks that this stays true.

func (x SignalingState) toPion() webrtc.SignalingState {
	return webrtc.SignalingState(x)
}

func signalingStateFromPion(v webrtc.SignalingState) SignalingState {
	return SignalingState(v)
}

func (x ICEGatheringState) toPion() webrtc.ICEGatheringState {
	return webrtc.ICEGatheringState(x)
}

func iceGatheringStateFromPion(v webrtc.ICEGatheringState) ICEGatheringState {
	return ICEGatheringState(v)
}

func (x ICEConnectionState) toPion() webrtc.ICEConnectionState {
	return webrtc.ICEConnectionState(x)
}

func iceConnectionStateFromPion(v webrtc.ICEConnectionState) ICEConnectionState {
	return ICEConnectionState(v)
}

func (x PeerConnectionState) toPion() webrtc.PeerConnectionState {
	return webrtc.PeerConnectionState(x)
}

func peerConnectionStateFromPion(v webrtc.PeerConnectionState) PeerConnectionState {
	return PeerConnectionState(v)
}

func (x DataChannelState) toPion() webrtc.DataChannelState {
	return webrtc.DataChannelState(x)
}

func dataChannelStateFromPion(v webrtc.DataChannelState) DataChannelState {
	return DataChannelState(v)
}

func (x SDPType) toPion() webrtc.SDPType {
	return webrtc.SDPType(x)
}

func sdpTypeFromPion(v webrtc.SDPType) SDPType {
	return SDPType(v)
}

func (x RTPCodecType) toPion() webrtc.RTPCodecType {
	return webrtc.RTPCodecType(x)
}

func rtpCodecTypeFromPion(v webrtc.RTPCodecType) RTPCodecType {
	return RTPCodecType(v)
}

func (x RTPTransceiverDirection) toPion() webrtc.RTPTransceiverDirection {
	return webrtc.RTPTransceiverDirection(x)
}

func rtpTransceiverDirectionFromPion(v webrtc.RTPTransceiverDirection) RTPTransceiverDirection {
	return RTPTransceiverDirection(v)
}

func (x ICECandidateType) toPion() webrtc.ICECandidateType {
	return webrtc.ICECandidateType(x)
}

func iceCandidateTypeFromPion(v webrtc.ICECandidateType) ICECandidateType {
	return ICECandidateType(v)
}

func (x ICEProtocol) toPion() webrtc.ICEProtocol {
	return webrtc.ICEProtocol(x)
}

func iceProtocolFromPion(v webrtc.ICEProtocol) ICEProtocol {
	return ICEProtocol(v)
}

func (x ICEComponent) toPion() webrtc.ICEComponent {
	return webrtc.ICEComponent(x)
}

func iceComponentFromPion(v webrtc.ICEComponent) ICEComponent {
	return ICEComponent(v)
}

func (x ICETransportPolicy) toPion() webrtc.ICETransportPolicy {
	return webrtc.ICETransportPolicy(x)
}

func iceTransportPolicyFromPion(v webrtc.ICETransportPolicy) ICETransportPolicy {
	return ICETransportPolicy(v)
}

func (x BundlePolicy) toPion() webrtc.BundlePolicy {
	return webrtc.BundlePolicy(x)
}

func bundlePolicyFromPion(v webrtc.BundlePolicy) BundlePolicy {
	return BundlePolicy(v)
}

func (x RTCPMuxPolicy) toPion() webrtc.RTCPMuxPolicy {
	return webrtc.RTCPMuxPolicy(x)
}

func rtcpMuxPolicyFromPion(v webrtc.RTCPMuxPolicy) RTCPMuxPolicy {
	return RTCPMuxPolicy(v)
}

func (x ICECredentialType) toPion() webrtc.ICECredentialType {
	return webrtc.ICECredentialType(x)
}

func iceCredentialTypeFromPion(v webrtc.ICECredentialType) ICECredentialType {
	return ICECredentialType(v)
}

func (x ICETrickleCapability) toPion() webrtc.ICETrickleCapability {
	return webrtc.ICETrickleCapability(x)
}

func iceTrickleCapabilityFromPion(v webrtc.ICETrickleCapability) ICETrickleCapability {
	return ICETrickleCapability(v)
}

func (x SCTPTransportState) toPion() webrtc.SCTPTransportState {
	return webrtc.SCTPTransportState(x)
}

func sctpTransportStateFromPion(v webrtc.SCTPTransportState) SCTPTransportState {
	return SCTPTransportState(v)
}

func (x DTLSTransportState) toPion() webrtc.DTLSTransportState {
	return webrtc.DTLSTransportState(x)
}

func dtlsTransportStateFromPion(v webrtc.DTLSTransportState) DTLSTransportState {
	return DTLSTransportState(v)
}

func (x ICETransportState) toPion() webrtc.ICETransportState {
	return webrtc.ICETransportState(x)
}

func iceTransportStateFromPion(v webrtc.ICETransportState) ICETransportState {
	return ICETransportState(v)
}

func (x SDPSemantics) toPion() webrtc.SDPSemantics {
	return webrtc.SDPSemantics(x)
}

func sdpSemanticsFromPion(v webrtc.SDPSemantics) SDPSemantics {
	return SDPSemantics(v)
}

func (x DTLSRole) toPion() webrtc.DTLSRole {
	return webrtc.DTLSRole(x)
}

func dtlsRoleFromPion(v webrtc.DTLSRole) DTLSRole {
	return DTLSRole(v)
}

func (x ICERole) toPion() webrtc.ICERole {
	return webrtc.ICERole(x)
}

func iceRoleFromPion(v webrtc.ICERole) ICERole {
	return ICERole(v)
}
