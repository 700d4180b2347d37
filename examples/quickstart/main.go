// Command quickstart walks through polycloud end to end: the five
// documented operations of Alibaba Cloud and Huawei Cloud, a paginated
// listing in each pagination style, retries and typed errors.
//
// With no cloud credentials in the environment it starts the in-process
// emulators (alibabatest and huaweitest) and needs no account and no
// network:
//
//	go run ./examples/quickstart
//
// With credentials it calls the real clouds instead, read-only (it skips
// the one write, AddCustomIngressPort). Each cloud is chosen on its own:
//
//	Alibaba Cloud: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET
//	  (optionally ALIBABA_CLOUD_SECURITY_TOKEN; any source of the default
//	  credentials chain then works), ALIBABA_CLOUD_REGION_ID for API Gateway
//	  (default cn-hangzhou), and the resources to read:
//	  POLYCLOUD_GA_ACCELERATOR_ID, POLYCLOUD_GA_LISTENER_ID,
//	  POLYCLOUD_GA_ENDPOINT_ID, POLYCLOUD_GA_DESTINATION,
//	  POLYCLOUD_APIGATEWAY_BACKEND_ID.
//	Huawei Cloud: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (an access key;
//	  optionally HUAWEICLOUD_SDK_SECURITY_TOKEN, HUAWEICLOUD_SDK_PROJECT_ID,
//	  HUAWEICLOUD_SDK_DOMAIN_ID), or HUAWEICLOUD_DOMAIN_NAME,
//	  HUAWEICLOUD_USER_NAME and HUAWEICLOUD_PASSWORD (an IAM user);
//	  HUAWEICLOUD_REGION (default ap-southeast-1), HUAWEICLOUD_PROJECT_ID
//	  (optional), and POLYCLOUD_APIG_INSTANCE_ID.
//
// A step whose resource is not named is skipped with a note.
// POLYCLOUD_ALIBABA_ENDPOINT, POLYCLOUD_HUAWEI_ENDPOINT and
// POLYCLOUD_HUAWEI_IAM_ENDPOINT send the calls elsewhere (a proxy, a VPC
// endpoint, an emulator).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, os.LookupEnv); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// lookupEnv is os.LookupEnv, or a map in tests.
type lookupEnv func(string) (string, bool)

// run is the whole walk-through, writing what it does to w.
func run(ctx context.Context, w io.Writer, env lookupEnv) error {
	ali := newAlibabaTarget(env)
	defer ali.close()
	hw := newHuaweiTarget(env)
	defer hw.close()
	fmt.Fprintln(w, "polycloud quickstart")
	fmt.Fprintln(w, "  Alibaba Cloud:", ali.describe())
	fmt.Fprintln(w, "  Huawei Cloud: ", hw.describe())
	for _, step := range append(ali.steps(), hw.steps()...) {
		if err := step(ctx, w); err != nil {
			return err
		}
	}
	fmt.Fprintln(w, "\ndone.")
	return nil
}

// step is one section of the walk-through.
type step func(ctx context.Context, w io.Writer) error

// heading starts a section.
func heading(w io.Writer, title string) {
	fmt.Fprintf(w, "\n== %s\n", title)
}

// skipped explains a step left out in real mode.
func skipped(w io.Writer, title, why string) {
	heading(w, title)
	fmt.Fprintln(w, "  skipped:", why)
}

// getenv returns a variable's value, or "".
func getenv(env lookupEnv, name string) string {
	v, _ := env(name)
	return v
}
