package rtc

// API builds PeerConnections that share configuration: natively pion's
// SettingEngine, MediaEngine and interceptor registry (see WithSettingEngine,
// WithMediaEngine, WithInterceptorRegistry). In the browser there is
// nothing to configure and NewAPI() is what NewPeerConnection uses.
type API struct {
	b apiBackend
}

// NewAPI creates an API with the given options applied in order.
func NewAPI(options ...func(*API)) *API {
	api := &API{}
	for _, o := range options {
		o(api)
	}
	return api
}
