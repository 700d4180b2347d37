module github.com/polycloud-go/polycloud

go 1.25.0

require (
	github.com/aliyun/credentials-go v1.4.14
	github.com/hashicorp/go-retryablehttp v0.7.8
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/alibabacloud-go/debug v1.0.1 // indirect
	github.com/h2non/parth v0.0.0-20190131123155-b4df798d6542 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	gopkg.in/h2non/gock.v1 v1.1.2 // indirect
	gopkg.in/ini.v1 v1.67.0 // indirect
)
