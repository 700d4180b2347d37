// Package peerbench compares polycloud with the official Go SDKs of both
// clouds, github.com/aliyun/alibaba-cloud-sdk-go (V1) and
// github.com/huaweicloud/huaweicloud-sdk-go-v3, and with a floor written
// directly on net/http (package floor), in one `go test -bench` run against
// the same local servers. It is a module of its own so that the official
// SDKs never become dependencies of polycloud; CI does not run it.
//
//	cd internal/peerbench && go test -run '^$' -bench . -benchmem -count 6 | tee peer.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /client peer.txt
//
// The size directory holds one tiny program per client that makes one call,
// and a test that builds them and prints their sizes:
//
//	cd internal/peerbench && go test ./size -run Sizes -v
package peerbench
