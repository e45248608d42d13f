using BackOffice.LocalHost.Tests.Support;
using BackOffice.Tools.Output;

namespace BackOffice.LocalHost.Tests.Hosting;

public sealed class BatchingStandardOutputTests
{
    [Fact]
    public void Flush_WhenLinesWereWritten_WritesThemInOrderInOneWrite()
    {
        var target = new CountingWriter();
        using var output = new BatchingStandardOutput(target, TimeSpan.FromHours(1));

        output.WriteLine("first");
        output.Write("second ");
        output.Write('2');
        output.WriteLine();
        output.WriteLine("third");
        Assert.Equal(0, target.Writes);

        output.Flush();

        Assert.Equal(1, target.Writes);
        Assert.Equal($"first{Environment.NewLine}second 2{Environment.NewLine}third{Environment.NewLine}", target.ToString());
    }

    [Fact]
    public async Task Write_WhenTheWindowPasses_ReachesTheTargetWithoutAFlush()
    {
        var target = new CountingWriter();
        using var output = new BatchingStandardOutput(target, TimeSpan.FromMilliseconds(10));

        output.WriteLine("line");

        await Eventually.HoldsAsync(() => target.Writes > 0, "the batch is written");
        Assert.Equal("line" + Environment.NewLine, target.ToString());
    }

    [Fact]
    public void Write_WhenTheBatchReachesItsBound_IsWrittenByTheWriterThatFilledIt()
    {
        var target = new CountingWriter();
        using var output = new BatchingStandardOutput(target, TimeSpan.FromHours(1));
        var line = new string('x', 1023);

        for (var i = 0; i < BatchingStandardOutput.MaxPendingChars / 1024; i++)
        {
            output.Write(line);
            output.Write('\n');
        }

        Assert.Equal(1, target.Writes);
        Assert.Equal(BatchingStandardOutput.MaxPendingChars, target.ToString().Length);
    }

    [Fact]
    public void Dispose_WhenLinesArePending_WritesThemAndLaterWritesGoStraightThrough()
    {
        var target = new CountingWriter();
        var output = new BatchingStandardOutput(target, TimeSpan.FromHours(1));
        output.WriteLine("pending");

        output.Dispose();
        output.WriteLine("after");

        Assert.Equal($"pending{Environment.NewLine}after{Environment.NewLine}", target.ToString());
    }

    private sealed class CountingWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public int Writes { get; private set; }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                Writes++;
                base.Write(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
