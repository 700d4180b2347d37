package main

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

func noEnv(string) (string, bool) { return "", false }

func TestWalkThroughAgainstTheEmulators(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, noEnv))
	for _, want := range []string{
		"using the alibabatest emulator", "using the huaweitest emulator",
		"120 forwarding rules in all",
		"page 3: 3 of 23 mappings",
		"RELEASE  HTTP backend",
		"succeeded after 3 attempts",
		"ListenerId is required",
		"12 pools, fetched 3 per page",
		"added HTTPS port 9443",
		"ingress_port must be between 1024 and 49151",
		"offset 0: 2 of 3 ports: HTTP/8080 HTTPS/8443",
		"offset 2: 1 of 3 ports: HTTPS/9443",
		"re-authenticated (1 new IAM call)",
		"done.",
	} {
		assert.Contains(t, out.String(), want)
	}
}

// TestRealModeIsReadOnly runs the real-cloud path with credentials in the
// environment, pointed at emulators standing in for the clouds: it reads,
// says so, and writes nothing.
func TestRealModeIsReadOnly(t *testing.T) {
	ali, hw := alibabatest.NewServer(), huaweitest.NewServer()
	defer ali.Close()
	defer hw.Close()
	for k, v := range map[string]string{
		"ALIBABA_CLOUD_ACCESS_KEY_ID": alibabatest.AccessKeyID, "ALIBABA_CLOUD_ACCESS_KEY_SECRET": alibabatest.AccessKeySecret,
		"POLYCLOUD_ALIBABA_ENDPOINT": ali.URL, "POLYCLOUD_GA_ACCELERATOR_ID": alibabatest.DefaultAcceleratorID,
		"POLYCLOUD_GA_LISTENER_ID": alibabatest.DefaultListenerID, "POLYCLOUD_APIGATEWAY_BACKEND_ID": alibabatest.DefaultBackendID,
		"HUAWEICLOUD_DOMAIN_NAME": huaweitest.DomainName, "HUAWEICLOUD_USER_NAME": huaweitest.UserName,
		"HUAWEICLOUD_PASSWORD": huaweitest.Password, "POLYCLOUD_HUAWEI_ENDPOINT": hw.URL, "POLYCLOUD_HUAWEI_IAM_ENDPOINT": hw.URL,
		"ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true",
	} {
		t.Setenv(k, v)
	}
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, os.LookupEnv))
	assert.Contains(t, out.String(), "calling the real cloud (read-only), region cn-hangzhou")
	assert.Contains(t, out.String(), "calling the real cloud (read-only), region ap-southeast-1")
	assert.Contains(t, out.String(), "45 forwarding rules in all")
	assert.Contains(t, out.String(), "skipped: set POLYCLOUD_GA_ENDPOINT_ID and POLYCLOUD_GA_DESTINATION")
	assert.Contains(t, out.String(), "skipped: it creates a resource")
	assert.Contains(t, out.String(), "skipped: set POLYCLOUD_APIG_INSTANCE_ID")
	assert.Zero(t, hw.CountOf("AddCustomIngressPort"), "no write against a real cloud")
	assert.NotContains(t, out.String(), "Retries:", "fault demos need the emulator")
}

// TestRealModeWithAnAccessKey signs Huawei calls with an access key from
// the environment instead of logging in with a password.
func TestRealModeWithAnAccessKey(t *testing.T) {
	hw := huaweitest.NewServer()
	defer hw.Close()
	for k, v := range map[string]string{
		"HUAWEICLOUD_SDK_AK": huaweitest.AccessKeyID, "HUAWEICLOUD_SDK_SK": huaweitest.SecretAccessKey,
		"POLYCLOUD_HUAWEI_ENDPOINT": hw.URL, "POLYCLOUD_HUAWEI_IAM_ENDPOINT": hw.URL,
		"POLYCLOUD_APIG_INSTANCE_ID": huaweitest.DefaultInstanceID,
	} {
		t.Setenv(k, v)
	}
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, os.LookupEnv))
	assert.Contains(t, out.String(), "offset 0: 2 of 2 ports")
	assert.Zero(t, hw.IAMCalls(), "no password login")
	assert.Positive(t, hw.CountOf("ListByoipPools"))
}
