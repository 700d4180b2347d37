package paginate

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageSizeIsClamped(t *testing.T) {
	tests := []struct {
		name          string
		def, max      int
		opts          []Option
		wantSentSize  int32
		wantCursorHas int
	}{
		{"default is MaxSize", 20, 100, nil, 100, 100},
		{"within range", 20, 100, []Option{PageSize(7)}, 7, 7},
		{"above MaxSize", 20, 100, []Option{PageSize(500)}, 100, 100},
		{"zero clamps to 1", 20, 100, []Option{PageSize(0)}, 1, 1},
		{"negative clamps to 1", 20, 100, []Option{PageSize(-3)}, 1, 1},
		{"last option wins", 20, 100, []Option{PageSize(3), PageSize(4)}, 4, 4},
		{"no MaxSize: DefaultSize", 20, 0, nil, 20, 20},
		{"no MaxSize: PageSize kept", 20, 0, []Option{PageSize(5000)}, 5000, 5000},
		{"absurd size bounded", 0, 0, []Option{PageSize(1 << 40)}, limitPageSize, limitPageSize},
		{"nothing declared: no size sent", 0, 0, nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sent []pnReq
			fetch := func(_ context.Context, r *pnReq) (*pnResp, error) {
				sent = append(sent, *r)
				return &pnResp{Items: makeItems(1), TotalCount: 1 << 50}, nil // a long listing
			}
			style := pnStyle(tt.max)
			style.DefaultSize = tt.def
			p := NewPageNumber(fetch, &pnReq{}, style, append(tt.opts, MaxPages(1))...)
			_, err := p.NextPage(context.Background())
			require.NoError(t, err)
			require.Len(t, sent, 1)
			assert.Equal(t, tt.wantSentSize, sent[0].PageSize)
			c, err := decodeCursor(p.Cursor())
			require.NoError(t, err)
			assert.Equal(t, tt.wantCursorHas, c.Size, "the cursor records the size sent")
		})
	}
}

func TestOptionsIgnoreNil(t *testing.T) {
	o := collectOptions([]Option{nil, MaxItems(-1), MaxPages(-2)})
	assert.Equal(t, options{pageCap: HardPageCap}, o)
}
