//go:build !js

package rtc

import "github.com/pion/webrtc/v4"

func (c Configuration) toPion() webrtc.Configuration {
	out := webrtc.Configuration{
		ICETransportPolicy:   c.ICETransportPolicy.toPion(),
		BundlePolicy:         c.BundlePolicy.toPion(),
		RTCPMuxPolicy:        c.RTCPMuxPolicy.toPion(),
		PeerIdentity:         c.PeerIdentity,
		ICECandidatePoolSize: c.ICECandidatePoolSize,
		SDPSemantics:         c.SDPSemantics.toPion(),
	}
	for _, s := range c.ICEServers {
		ps := webrtc.ICEServer{
			URLs:           append([]string(nil), s.URLs...),
			Username:       s.Username,
			Credential:     s.Credential,
			CredentialType: s.CredentialType.toPion(),
		}
		if o, ok := s.Credential.(OAuthCredential); ok {
			ps.Credential = webrtc.OAuthCredential{MACKey: o.MACKey, AccessToken: o.AccessToken}
		}
		out.ICEServers = append(out.ICEServers, ps)
	}
	for _, cert := range c.Certificates {
		if cert.impl != nil {
			out.Certificates = append(out.Certificates, cert.impl.pion)
		}
	}
	return out
}

func configurationFromPion(p webrtc.Configuration) Configuration {
	out := Configuration{
		ICETransportPolicy:   iceTransportPolicyFromPion(p.ICETransportPolicy),
		BundlePolicy:         bundlePolicyFromPion(p.BundlePolicy),
		RTCPMuxPolicy:        rtcpMuxPolicyFromPion(p.RTCPMuxPolicy),
		PeerIdentity:         p.PeerIdentity,
		ICECandidatePoolSize: p.ICECandidatePoolSize,
		SDPSemantics:         sdpSemanticsFromPion(p.SDPSemantics),
	}
	for _, s := range p.ICEServers {
		cs := ICEServer{URLs: s.URLs, Username: s.Username, Credential: s.Credential,
			CredentialType: iceCredentialTypeFromPion(s.CredentialType)}
		if o, ok := s.Credential.(webrtc.OAuthCredential); ok {
			cs.Credential = OAuthCredential{MACKey: o.MACKey, AccessToken: o.AccessToken}
		}
		out.ICEServers = append(out.ICEServers, cs)
	}
	for _, cert := range p.Certificates {
		out.Certificates = append(out.Certificates, CertificateFromPion(cert))
	}
	return out
}
