using System.Buffers;
using System.Text;
using Qtickets.Api.Http;

namespace Qtickets.Api.Tests.Http;

/// <summary>Buffers of a long answer go back to their pool exactly once: early as a reader moves on, the rest on dispose.</summary>
public sealed class PooledBytesTests
{
    [Fact]
    public void A_sequence_spans_every_buffer_and_the_last_only_as_far_as_filled()
    {
        var pool = new CountingPool();
        using var bytes = new PooledBytes(pool, [Filled('a', 4), Filled('b', 4), Filled('c', 4)], 2);

        Assert.Equal(10, bytes.Length);
        Assert.Equal("aaaabbbbcc", Encoding.ASCII.GetString(bytes.Sequence.ToArray()));
        Assert.Equal("abbbbc", Encoding.ASCII.GetString(bytes.Sequence.Slice(3, 6).ToArray()));
    }

    [Fact]
    public void Buffers_wholly_behind_the_reader_go_back_early_and_the_rest_on_dispose()
    {
        var pool = new CountingPool();
        var buffers = new[] { Filled('a', 4), Filled('b', 4), Filled('c', 4) };
        var bytes = new PooledBytes(pool, [.. buffers], 4);

        bytes.ReleaseBefore(3);
        Assert.Empty(pool.Returned);
        bytes.ReleaseBefore(5);
        Assert.Same(buffers[0], Assert.Single(pool.Returned));
        bytes.ReleaseBefore(12); // the last buffer stays until dispose
        Assert.Equal(2, pool.Returned.Count);
        Assert.Equal("c", Encoding.ASCII.GetString(bytes.Sequence.Slice(11, 1).ToArray()));

        bytes.Dispose();
        bytes.Dispose();
        Assert.Equal(buffers, pool.Returned);
    }

    [Fact]
    public void Unpooled_bytes_are_never_returned_anywhere()
    {
        using var bytes = PooledBytes.Unpooled(Filled('x', 3));

        bytes.ReleaseBefore(3);

        Assert.Equal("xxx", Encoding.ASCII.GetString(bytes.Sequence.ToArray()));
    }

    private static byte[] Filled(char c, int length) => Enumerable.Repeat((byte)c, length).ToArray();

    private sealed class CountingPool : ArrayPool<byte>
    {
        public List<byte[]> Returned { get; } = [];

        public override byte[] Rent(int minimumLength) => new byte[minimumLength];

        public override void Return(byte[] array, bool clearArray = false) => Returned.Add(array);
    }
}
