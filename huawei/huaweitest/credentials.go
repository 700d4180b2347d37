package huaweitest

// The account every Server knows. Config uses it: IAM issues tokens for
// this user's password, scoped to the account's domain or to the project
// of a region it knows.
const (
	// DomainName is the account (domain) name.
	DomainName = "huaweitest-account"
	// DomainID is the account's ID.
	DomainID = "0c7a9e2f4b6d48e1a3c5f7092b4d6e8f"
	// UserName is the IAM user's name.
	UserName = "huaweitest-user"
	// UserID is the IAM user's ID.
	UserID = "7e1f3a5c9b2d4f608e1a3c5b7d9f0e2a"
	// Password is the IAM user's password.
	Password = "huaweitest-Passw0rd!"
	// Region is the region of Config, and the name of its project.
	Region = "ap-southeast-1"
	// ProjectID is the ID of Region's project.
	ProjectID = "5f0e1d2c3b4a49687a6b5c4d3e2f1a0b"
)

// The test user's access keys: requests signed with them (SDK-HMAC-SHA256)
// are accepted for every service, like tokens. ConfigAccessKey uses the
// permanent one.
const (
	// AccessKeyID is the ID (AK) of the permanent access key.
	AccessKeyID = "HWTEST7Q2M4X9P1R5S3K"
	// SecretAccessKey is the secret (SK) of the permanent access key.
	SecretAccessKey = "huaweitestSK0Qm3Rt7Yx1Vb5Nc9Lp2Hj6Gf4Dk8"
	// TemporaryAccessKeyID is the ID of a temporary access key: requests
	// signed with it must carry SecurityToken as X-Security-Token.
	TemporaryAccessKeyID = "HWTESTTMP4N8B2V6C0X1"
	// TemporarySecretAccessKey is the secret of the temporary access key.
	TemporarySecretAccessKey = "huaweitestTmpSK5Wd1Ze9Ua3Ib7Oc2Pe6Rf0Sg4"
	// SecurityToken is the security token of the temporary access key.
	SecurityToken = "gQpjbi1ub3J0aC00iYF7Kx2Lq9Zr4Tw8Vb1Nm6Hs3Jd5Pf0Ac7Ge2Ik9Ol4Uy6" +
		"Xt1Rz8Wq3Es5Dc0Fv7Gb2Hn9Jm4Kl6Zx1Cv8Bn3Mq5Wr0Ty7Ui2Op9As4Df6Gh1Jk8"
)

// accessKey is a key the server accepts.
type accessKey struct {
	secret, securityToken string
}

// builtinKeys are the test user's keys every server accepts.
func builtinKeys() map[string]accessKey {
	return map[string]accessKey{
		AccessKeyID:          {secret: SecretAccessKey},
		TemporaryAccessKeyID: {secret: TemporarySecretAccessKey, securityToken: SecurityToken},
	}
}

// otherRegions are the further regions a server knows, each with a
// project whose ID is generated.
func otherRegions() []string {
	return []string{"ap-southeast-2", "ap-southeast-3", "cn-north-4", "cn-east-3", "cn-south-1", "eu-west-101"}
}
