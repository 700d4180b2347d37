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

// otherRegions are the further regions a server knows, each with a
// project whose ID is generated.
func otherRegions() []string {
	return []string{"ap-southeast-2", "ap-southeast-3", "cn-north-4", "cn-east-3", "cn-south-1", "eu-west-101"}
}
