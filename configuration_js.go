//go:build js && wasm

package rtc

import (
	"syscall/js"

	"github.com/everyrtc/rtc/jsbridge"
)

// toJS is the RTCConfiguration of c; unset (Unknown) enums are left to the
// browser's defaults.
func (c Configuration) toJS() map[string]any {
	m := map[string]any{}
	servers := make([]any, 0, len(c.ICEServers))
	for _, s := range c.ICEServers {
		urls := make([]any, len(s.URLs))
		for i, u := range s.URLs {
			urls[i] = u
		}
		o := map[string]any{"urls": urls}
		if s.Username != "" {
			o["username"] = s.Username
		}
		if cred, ok := s.Credential.(string); ok {
			o["credential"] = cred
		}
		servers = append(servers, o)
	}
	m["iceServers"] = servers
	m["iceTransportPolicy"] = c.ICETransportPolicy.String()
	if c.BundlePolicy != BundlePolicyUnknown {
		m["bundlePolicy"] = c.BundlePolicy.String()
	}
	if c.RTCPMuxPolicy != RTCPMuxPolicyUnknown {
		m["rtcpMuxPolicy"] = c.RTCPMuxPolicy.String()
	}
	if c.ICECandidatePoolSize != 0 {
		m["iceCandidatePoolSize"] = c.ICECandidatePoolSize
	}
	if len(c.Certificates) > 0 {
		certs := make([]any, 0, len(c.Certificates))
		for _, cert := range c.Certificates {
			if cert.impl != nil {
				certs = append(certs, cert.impl.js)
			}
		}
		m["certificates"] = certs
	}
	return m
}

func configurationFromJS(v js.Value) Configuration {
	var c Configuration
	c.ICETransportPolicy = enumProp[ICETransportPolicy](v, "iceTransportPolicy", iceTransportPolicyNames)
	c.BundlePolicy = enumProp[BundlePolicy](v, "bundlePolicy", bundlePolicyNames)
	c.RTCPMuxPolicy = enumProp[RTCPMuxPolicy](v, "rtcpMuxPolicy", rtcpMuxPolicyNames)
	if n := v.Get("iceCandidatePoolSize"); n.Type() == js.TypeNumber {
		c.ICECandidatePoolSize = uint8(n.Int())
	}
	servers := v.Get("iceServers")
	for i := 0; !jsbridge.Nullish(servers) && i < servers.Length(); i++ {
		s := servers.Index(i)
		var out ICEServer
		urls := s.Get("urls")
		if urls.Type() == js.TypeString {
			out.URLs = []string{urls.String()}
		} else {
			for j := 0; j < urls.Length(); j++ {
				out.URLs = append(out.URLs, urls.Index(j).String())
			}
		}
		out.Username = jsbridge.String(s.Get("username"))
		if cred := jsbridge.String(s.Get("credential")); cred != "" {
			out.Credential = cred
		}
		c.ICEServers = append(c.ICEServers, out)
	}
	certs := v.Get("certificates")
	for i := 0; !jsbridge.Nullish(certs) && i < certs.Length(); i++ {
		c.Certificates = append(c.Certificates, Certificate{impl: &certificateBackend{js: certs.Index(i)}})
	}
	return c
}
