package huawei

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
)

// credentialsSection is the section of the credentials file that is read.
const credentialsSection = "default"

// fromFile reads the key from the credentials file. The file is named in
// errors; what it contains never is.
func (d *defaultAccessKey) fromFile() (foundKey, error) {
	path, explicit, err := d.credentialsPath()
	if err != nil {
		return foundKey{}, err
	}
	data, err := d.readFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !explicit:
		return foundKey{}, chainError(fmt.Sprintf("%s and %s are not set, and %s does not exist",
			envAccessKeyID, envSecretAccessKey, path))
	case errors.Is(err, fs.ErrNotExist):
		return foundKey{}, chainError(fmt.Sprintf("%s names %s, which does not exist", envCredentialsFile, path))
	case err != nil:
		return foundKey{}, fmt.Errorf("huawei: DefaultAccessKey cannot read %s: %w", path, err)
	}
	return parseCredentialsFile(path, data)
}

// credentialsPath is HUAWEICLOUD_SDK_CREDENTIALS_FILE (explicit) or the
// default ~/.huaweicloud/credentials.
func (d *defaultAccessKey) credentialsPath() (path string, explicit bool, err error) {
	if p := d.getenv(envCredentialsFile); p != "" {
		return p, true, nil
	}
	home, err := d.home()
	if err != nil || home == "" {
		return "", false, chainError(fmt.Sprintf("%s and %s are not set, %s is not set, and the home directory is unknown",
			envAccessKeyID, envSecretAccessKey, envCredentialsFile))
	}
	return filepath.Join(home, ".huaweicloud", "credentials"), false, nil
}

// parseCredentialsFile takes the key and IDs from the [default] section.
func parseCredentialsFile(path string, data []byte) (foundKey, error) {
	values, found, err := iniSection(data, credentialsSection)
	switch {
	case err != nil:
		return foundKey{}, chainError(fmt.Sprintf("%s: %v", path, err))
	case !found:
		return foundKey{}, chainError(fmt.Sprintf("%s has no [%s] section", path, credentialsSection))
	case values["ak"] == "" || values["sk"] == "":
		return foundKey{}, chainError(fmt.Sprintf("the [%s] section of %s needs both ak and sk", credentialsSection, path))
	}
	return foundKey{
		key:       AccessKey{ID: values["ak"], Secret: values["sk"], SecurityToken: values["security_token"]},
		projectID: values["project_id"], domainID: values["domain_id"],
	}, nil
}
