package main

import (
	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
)

// alibabaTarget is where the Alibaba steps go: the emulator, or the real
// cloud when credentials are in the environment.
type alibabaTarget struct {
	cfg      alibaba.Config
	emulator *alibabatest.Server // nil in real mode
	ids      alibabaIDs
}

// alibabaIDs names the resources the read-only steps read.
type alibabaIDs struct {
	accelerator, listener, endpoint, destination, backend string
}

func newAlibabaTarget(env lookupEnv) *alibabaTarget {
	if _, ok := env("ALIBABA_CLOUD_ACCESS_KEY_ID"); ok {
		return realAlibaba(env)
	}
	srv := alibabatest.NewServer()
	srv.GA().AddForwardingRules(alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID, 75)
	return &alibabaTarget{cfg: srv.Config(), emulator: srv, ids: alibabaIDs{
		accelerator: alibabatest.DefaultAcceleratorID, listener: alibabatest.DefaultListenerID,
		endpoint: alibabatest.DefaultEndpointID, destination: alibabatest.DefaultDestinationAddress,
		backend: alibabatest.DefaultBackendID,
	}}
}

// realAlibaba reads the region, endpoint and resource IDs from env;
// credentials come from the default chain, which reads the same variables.
func realAlibaba(env lookupEnv) *alibabaTarget {
	region := getenv(env, "ALIBABA_CLOUD_REGION_ID")
	if region == "" {
		region = "cn-hangzhou"
	}
	return &alibabaTarget{
		cfg: alibaba.Config{Region: region, Endpoint: getenv(env, "POLYCLOUD_ALIBABA_ENDPOINT")},
		ids: alibabaIDs{
			accelerator: getenv(env, "POLYCLOUD_GA_ACCELERATOR_ID"), listener: getenv(env, "POLYCLOUD_GA_LISTENER_ID"),
			endpoint: getenv(env, "POLYCLOUD_GA_ENDPOINT_ID"), destination: getenv(env, "POLYCLOUD_GA_DESTINATION"),
			backend: getenv(env, "POLYCLOUD_APIGATEWAY_BACKEND_ID"),
		},
	}
}

func (t *alibabaTarget) describe() string {
	if t.emulator != nil {
		return "no credentials in the environment, using the alibabatest emulator at " + t.emulator.URL
	}
	return "credentials found, calling the real cloud (read-only), region " + t.cfg.Region
}

func (t *alibabaTarget) close() {
	if t.emulator != nil {
		t.emulator.Close()
	}
}

func (t *alibabaTarget) steps() []step {
	s := []step{t.forwardingRules, t.portMappings, t.backendInfo}
	if t.emulator != nil {
		s = append(s, t.retries, t.refusedRequest)
	}
	return s
}
