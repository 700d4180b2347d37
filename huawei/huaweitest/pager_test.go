package huaweitest_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
	"github.com/polycloud-go/polycloud/internal/paginate"
)

// The emulator's pagination quirks against polycloud's pagers: the
// generated one for ListByoipPools, and one assembled here for
// ListCustomIngressPorts, which has no generated client yet.

func poolsPager(c *hga.Client, opts ...huawei.PagerOption) *huawei.Pager[*hga.ListByoipPoolsResponse, hga.ByoipPool] {
	return hga.NewListByoipPoolsPager(c, &hga.ListByoipPoolsRequest{}, opts...)
}

// portsQuery is ListCustomIngressPorts' request, sent with the raw client.
type portsQuery struct{ offset, limit int }

type portsPage struct {
	Size             int    `json:"size"`
	Total            int64  `json:"total"`
	IngressPortInfos []port `json:"ingress_port_infos"`
}

func portsPager(c *huawei.Client, opts ...huawei.PagerOption) *huawei.Pager[*portsPage, port] {
	fetch := func(ctx context.Context, q *portsQuery) (*portsPage, error) {
		req := &huawei.Request{}
		req.SetPath("instance_id", huaweitest.DefaultInstanceID)
		req.SetQuery("offset", strconv.Itoa(q.offset))
		req.SetQuery("limit", strconv.Itoa(q.limit))
		out := &portsPage{}
		_, err := c.Call(ctx, listPorts, req, out)
		return out, err
	}
	return paginate.NewOffset(fetch, &portsQuery{}, paginate.OffsetStyle[portsQuery, *portsPage, port]{
		SetOffset:   func(q *portsQuery, off int64) { q.offset = int(off) },
		SetLimit:    func(q *portsQuery, n int) { q.limit = n },
		Total:       func(p *portsPage) int64 { return p.Total },
		Items:       func(p *portsPage) []port { return p.IngressPortInfos },
		DefaultSize: 20, MaxSize: 500,
	}, opts...)
}

func collect[P, T any](t *testing.T, p *huawei.Pager[P, T]) (int, error) {
	n := 0
	for _, err := range p.All(t.Context()) {
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func TestPagerReadsEveryPoolAndStopsOnLoopingMarkers(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.GA().AddByoipPools(25) // 30 in all
	n, err := collect(t, poolsPager(hga.New(srv.Config()), huawei.PageSize(4)))
	require.NoError(t, err)
	assert.Equal(t, 30, n)

	for _, fault := range []huaweitest.Fault{
		huaweitest.RepeatToken(), huaweitest.TokenCycle(), huaweitest.IgnorePageNumber(),
	} {
		srv.Reset()
		srv.Inject("ListByoipPools", fault)
		_, err := collect(t, poolsPager(hga.New(srv.Config()), huawei.PageSize(4)))
		assert.ErrorIs(t, err, huawei.ErrPaginationLoop, fault.String())
	}
}

func TestPagerReadsPortsByOffset(t *testing.T) {
	t.Parallel()
	srv := start(t)
	for i := range 40 {
		_, err := srv.APIG().AddIngressPort(huaweitest.DefaultInstanceID, "HTTP", 3000+i)
		require.NoError(t, err)
	}
	c := huawei.NewClient(srv.Config(), apigService)
	n, err := collect(t, portsPager(c, huawei.PageSize(15)))
	require.NoError(t, err)
	assert.Equal(t, 42, n)

	srv.Inject("ListCustomIngressPorts", huaweitest.PageSizeCap(6))
	n, err = collect(t, portsPager(c, huawei.PageSize(15)))
	require.NoError(t, err)
	assert.Equal(t, 42, n, "a clamped page size loses nothing with offsets and a total")

	srv.Reset()
	srv.Inject("ListCustomIngressPorts", huaweitest.IgnorePageNumber())
	_, err = collect(t, portsPager(c, huawei.PageSize(15)))
	assert.ErrorIs(t, err, huawei.ErrPaginationLoop)
}
