package huawei

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// BenchmarkSignAKSK signs one typical API Gateway write: a project-scoped
// path, a query and a JSON body, with a permanent key and with a
// temporary key whose security token is as long as real ones (2 KB).
func BenchmarkSignAKSK(b *testing.B) {
	for _, bb := range []struct {
		name string
		key  AccessKey
	}{
		{"permanent", testKey},
		{"temporary", AccessKey{ID: testTempKey.ID, Secret: testTempKey.Secret, SecurityToken: strings.Repeat("gQpZ0aC00iYF7Kx2", 128)}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			signer := testSigner(bb.key, apigService)
			body := []byte(`{"protocol":"HTTPS","ingress_port":8443}`)
			req, _ := http.NewRequest(http.MethodPost, "https://apig.ap-southeast-1.myhuaweicloud.com/v2/"+testProjectID+
				"/apigw/instances/e2c4a6b8d0f24e1a9c3b5d7f9e1a3c5b/custom-ingress-ports?limit=20&offset=0&protocol=HTTPS",
				strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json;charset=UTF-8")
			call := &pipeline.Call{Body: body}
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if err := signer.Sign(ctx, req, call); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
