package main

import (
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// huaweiTarget is where the Huawei steps go: the emulator, or the real
// cloud when an IAM user is in the environment.
type huaweiTarget struct {
	cfg      huawei.Config
	emulator *huaweitest.Server // nil in real mode
	instance string             // APIG gateway instance ID
}

func newHuaweiTarget(env lookupEnv) *huaweiTarget {
	_, ak := env("HUAWEICLOUD_SDK_AK")
	if _, user := env("HUAWEICLOUD_USER_NAME"); ak || user {
		return realHuawei(env)
	}
	srv := huaweitest.NewServer()
	srv.GA().AddByoipPools(7)
	return &huaweiTarget{cfg: srv.Config(), emulator: srv, instance: huaweitest.DefaultInstanceID}
}

// realHuawei reads the credentials (an access key, else an IAM user's
// password), the region and the gateway instance from env.
func realHuawei(env lookupEnv) *huaweiTarget {
	region := getenv(env, "HUAWEICLOUD_REGION")
	if region == "" {
		region = "ap-southeast-1"
	}
	return &huaweiTarget{
		cfg: huawei.Config{
			Region: region, ProjectID: getenv(env, "HUAWEICLOUD_PROJECT_ID"),
			Credentials: huaweiCredentials(env),
			Endpoint:    getenv(env, "POLYCLOUD_HUAWEI_ENDPOINT"), IAMEndpoint: getenv(env, "POLYCLOUD_HUAWEI_IAM_ENDPOINT"),
		},
		instance: getenv(env, "POLYCLOUD_APIG_INSTANCE_ID"),
	}
}

// huaweiCredentials prefers an access key (HUAWEICLOUD_SDK_AK and
// HUAWEICLOUD_SDK_SK, read by the default chain) to a password.
func huaweiCredentials(env lookupEnv) huawei.Credentials {
	if _, ok := env("HUAWEICLOUD_SDK_AK"); ok {
		return huawei.DefaultAccessKey()
	}
	return huawei.Password{
		DomainName: getenv(env, "HUAWEICLOUD_DOMAIN_NAME"), UserName: getenv(env, "HUAWEICLOUD_USER_NAME"),
		Password: getenv(env, "HUAWEICLOUD_PASSWORD"),
	}
}

func (t *huaweiTarget) describe() string {
	if t.emulator != nil {
		return "no credentials in the environment, using the huaweitest emulator at " + t.emulator.URL
	}
	return "credentials found, calling the real cloud (read-only), region " + t.cfg.Region
}

func (t *huaweiTarget) close() {
	if t.emulator != nil {
		t.emulator.Close()
	}
}

func (t *huaweiTarget) steps() []step {
	s := []step{t.byoipPools, t.addIngressPort, t.ingressPorts}
	if t.emulator != nil {
		s = append(s, t.reauthentication)
	}
	return s
}
