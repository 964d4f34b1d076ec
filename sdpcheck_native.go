//go:build !js

package rtc

import "github.com/pion/sdp/v3"

// readSDP parses text with pion/sdp, the parser SetRemoteDescription then
// uses, so that the checks see exactly what pion would apply.
func readSDP(text string) (*sdpText, error) {
	var d sdp.SessionDescription
	if err := d.UnmarshalString(text); err != nil {
		return nil, err
	}
	s := &sdpText{session: sdpAttributeLines(d.Attributes)}
	for _, m := range d.MediaDescriptions {
		s.media = append(s.media, sdpAttributeLines(m.Attributes))
	}
	return s, nil
}

// sdpAttributeLines is attrs as the text after "a=".
func sdpAttributeLines(attrs []sdp.Attribute) []string {
	lines := make([]string, len(attrs))
	for i, a := range attrs {
		lines[i] = a.Key
		if a.Value != "" {
			lines[i] += ":" + a.Value
		}
	}
	return lines
}
