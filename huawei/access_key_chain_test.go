package huawei

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeEnv is an environment and a home directory for the chain.
type fakeEnv struct {
	vars  map[string]string
	home  string
	reads atomic.Int32
}

func (e *fakeEnv) chain() *defaultAccessKey {
	return &defaultAccessKey{
		getenv: func(k string) string { return e.vars[k] },
		home:   func() (string, error) { return e.home, nil },
		readFile: func(p string) ([]byte, error) {
			e.reads.Add(1)
			return os.ReadFile(p)
		},
	}
}

// writeCredentials writes the default credentials file under home.
func writeCredentials(t *testing.T, home, content string) string {
	t.Helper()
	path := filepath.Join(home, ".huaweicloud", "credentials")
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o700))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

const fileSecret = "fileSECRETsk0123456789"

func TestDefaultAccessKeyChain(t *testing.T) {
	tests := []struct {
		name          string
		vars          map[string]string
		file          string // content of ~/.huaweicloud/credentials; "" for none
		want          foundKey
		wantErr       string
		wantFileReads int32
	}{
		{name: "environment", vars: map[string]string{
			"HUAWEICLOUD_SDK_AK": "AK-ENV", "HUAWEICLOUD_SDK_SK": "SK-ENV", "HUAWEICLOUD_SDK_SECURITY_TOKEN": "ST-ENV",
			"HUAWEICLOUD_SDK_PROJECT_ID": "p-env", "HUAWEICLOUD_SDK_DOMAIN_ID": "d-env",
		}, file: "[default]\nak = AK-FILE\nsk = " + fileSecret + "\n",
			want: foundKey{key: AccessKey{ID: "AK-ENV", Secret: "SK-ENV", SecurityToken: "ST-ENV"}, projectID: "p-env", domainID: "d-env"}},
		{name: "only AK in the environment", vars: map[string]string{"HUAWEICLOUD_SDK_AK": "AK-ENV"},
			file: "[default]\nak = AK-FILE\nsk = " + fileSecret + "\n", wantErr: "HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not"},
		{name: "only SK in the environment", vars: map[string]string{"HUAWEICLOUD_SDK_SK": "SK-ENV"},
			wantErr: "HUAWEICLOUD_SDK_SK is set but HUAWEICLOUD_SDK_AK is not"},
		{name: "default file", file: "# keys\n[other]\nak = NOT-THIS\nsk = no\n\n[default]\r\nak = AK-FILE\r\n  sk = \"" + fileSecret +
			"\"\nsecurity_token = ST-FILE\nproject_id = p-file\ndomain_id = d-file\nunknown = ignored\n",
			want:          foundKey{key: AccessKey{ID: "AK-FILE", Secret: fileSecret, SecurityToken: "ST-FILE"}, projectID: "p-file", domainID: "d-file"},
			wantFileReads: 1},
		{name: "no environment, no file", wantErr: "are not set, and", wantFileReads: 1},
		{name: "file without the section", file: "[prod]\nak = A\nsk = " + fileSecret + "\n", wantErr: "has no [default] section", wantFileReads: 1},
		{name: "file without sk", file: "[default]\nak = A\n", wantErr: "needs both ak and sk", wantFileReads: 1},
		{name: "malformed file", file: "[default]\nak = A\nsk " + fileSecret + "\n", wantErr: "line 3 is neither", wantFileReads: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := &fakeEnv{vars: tt.vars, home: t.TempDir()}
			if tt.file != "" {
				writeCredentials(t, env.home, tt.file)
			}
			chain := env.chain()
			key, err := chain.AccessKey(context.Background())
			assert.Equal(t, tt.wantFileReads, env.reads.Load())
			if tt.wantErr != "" {
				var pe *ParamError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, "Config.Credentials", pe.Field)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.NotContains(t, err.Error(), fileSecret, "file contents never appear in errors")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want.key, key)
			project, domain, err := chain.accountHints(context.Background())
			require.NoError(t, err)
			assert.Equal(t, []string{tt.want.projectID, tt.want.domainID}, []string{project, domain})
		})
	}
}

func TestDefaultAccessKeyFileFromEnvironment(t *testing.T) {
	env := &fakeEnv{home: t.TempDir()}
	path := filepath.Join(t.TempDir(), "creds.ini")
	env.vars = map[string]string{"HUAWEICLOUD_SDK_CREDENTIALS_FILE": path}
	_, err := env.chain().AccessKey(context.Background())
	assert.ErrorContains(t, err, "HUAWEICLOUD_SDK_CREDENTIALS_FILE names "+path+", which does not exist")

	writeCredentials(t, env.home, "[default]\nak = HOME\nsk = home\n") // not consulted: the variable wins
	require.NoError(t, os.WriteFile(path, []byte("[DEFAULT]\nAK = CUSTOM\nSK = custom\n"), 0o600))
	key, err := env.chain().AccessKey(context.Background())
	require.NoError(t, err)
	assert.Equal(t, AccessKey{ID: "CUSTOM", Secret: "custom"}, key, "section and key names ignore case")
}

func TestDefaultAccessKeyIsLazyAndNotStickyAfterFailure(t *testing.T) {
	env := &fakeEnv{home: t.TempDir(), vars: map[string]string{}}
	chain := env.chain()
	assert.Zero(t, env.reads.Load(), "nothing is read before the first use")

	_, err := chain.AccessKey(context.Background())
	require.Error(t, err)
	writeCredentials(t, env.home, "[default]\nak = AK-1\nsk = sk-1\n")
	key, err := chain.AccessKey(context.Background())
	require.NoError(t, err, "a failure is not remembered")
	assert.Equal(t, "AK-1", key.ID)

	writeCredentials(t, env.home, "[default]\nak = AK-2\nsk = sk-2\n")
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			k, err := chain.AccessKey(context.Background())
			assert.NoError(t, err)
			assert.Equal(t, "AK-1", k.ID, "a key found is kept")
		})
	}
	wg.Wait()
	assert.Equal(t, int32(2), env.reads.Load())
}

func TestDefaultAccessKeyReadError(t *testing.T) {
	chain := &defaultAccessKey{getenv: func(string) string { return "" }, home: func() (string, error) { return "/h", nil },
		readFile: func(string) ([]byte, error) { return nil, fs.ErrPermission }}
	_, err := chain.AccessKey(context.Background())
	assert.ErrorIs(t, err, fs.ErrPermission)
	assert.ErrorContains(t, err, filepath.Join("/h", ".huaweicloud", "credentials"))

	chain.home = func() (string, error) { return "", errors.New("no home") }
	_, err = chain.AccessKey(context.Background())
	assert.ErrorContains(t, err, "the home directory is unknown")
}

func TestDefaultAccessKeyUsesTheRealEnvironment(t *testing.T) {
	t.Setenv("HUAWEICLOUD_SDK_AK", "AK-REAL")
	t.Setenv("HUAWEICLOUD_SDK_SK", "sk-real")
	key, err := DefaultAccessKey().(AccessKeySource).AccessKey(context.Background())
	require.NoError(t, err)
	assert.Equal(t, AccessKey{ID: "AK-REAL", Secret: "sk-real"}, key)
}
