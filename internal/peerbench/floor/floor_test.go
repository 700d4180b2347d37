package floor

import (
	"context"
	"testing"

	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
)

// TestRPCSignatureIsAccepted checks the inline signature against the
// emulator, which verifies signatures as the cloud does.
func TestRPCSignatureIsAccepted(t *testing.T) {
	srv := alibabatest.NewServer()
	t.Cleanup(srv.Close)
	f := &RPC{HTTP: NewHTTPClient(), Endpoint: srv.Config().Endpoint, KeyID: alibabatest.AccessKeyID,
		KeySecret: alibabatest.AccessKeySecret, Version: "2019-11-20"}
	var out struct {
		ForwardingRules []struct {
			ForwardingRuleID string `json:"ForwardingRuleId"`
		}
	}
	err := f.Call(context.Background(), "ListForwardingRules", [][2]string{
		{"AcceleratorId", alibabatest.DefaultAcceleratorID}, {"ListenerId", alibabatest.DefaultListenerID},
		{"RegionId", "cn-hangzhou"}, {"ClientToken", NewUUID()},
	}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.ForwardingRules) == 0 {
		t.Fatal("no forwarding rules decoded")
	}
}
