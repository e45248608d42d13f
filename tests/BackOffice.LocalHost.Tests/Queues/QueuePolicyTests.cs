using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Queues;

namespace BackOffice.LocalHost.Tests.Queues;

public class QueuePolicyTests
{
    private readonly DeliveryPolicy _policy = new(maxDequeueCount: 5);

    [Theory]
    [InlineData(1, FailureDisposition.RetryLater)]
    [InlineData(4, FailureDisposition.RetryLater)]
    [InlineData(5, FailureDisposition.MoveToPoison)]
    [InlineData(6, FailureDisposition.MoveToPoison)]
    public void Failure_retries_until_max_dequeue_count(long dequeueCount, FailureDisposition expected) =>
        Assert.Equal(expected, _policy.OnFailure(dequeueCount));

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Messages_dequeued_too_often_skip_straight_to_poison(long dequeueCount, bool expected) =>
        Assert.Equal(expected, _policy.ShouldSkipToPoison(dequeueCount));

    [Fact]
    public void Backoff_doubles_to_the_maximum_and_resets()
    {
        var backoff = new PollingBackoff(TimeSpan.FromMilliseconds(500));

        var delays = Enumerable.Range(0, 5).Select(_ => backoff.NextEmptyDelay().TotalMilliseconds).ToList();
        backoff.Reset();

        Assert.Equal([100, 200, 400, 500, 500], delays);
        Assert.Equal(100, backoff.NextEmptyDelay().TotalMilliseconds);
    }

    [Fact]
    public void Backoff_never_polls_faster_than_the_minimum() =>
        Assert.Equal(PollingBackoff.MinimumInterval, new PollingBackoff(TimeSpan.Zero).NextEmptyDelay());

    [Fact]
    public void Lease_outlasts_the_function_timeout()
    {
        Assert.True(QueueTriggerListener.LeaseFor(TimeSpan.FromMinutes(5)) > TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(10), QueueTriggerListener.LeaseFor(null));
        Assert.Equal(TimeSpan.FromDays(7), QueueTriggerListener.LeaseFor(TimeSpan.FromDays(30)));
    }

    [Fact]
    public void Codec_round_trips_base64_and_passes_plain_text()
    {
        var base64 = new QueueMessageCodec(QueueMessageEncoding.Base64);
        var none = new QueueMessageCodec(QueueMessageEncoding.None);

        Assert.Equal("aMOp", base64.Encode("hé"));
        Assert.Equal("hé", base64.Decode("aMOp"));
        Assert.Equal("hé", none.Encode("hé"));
        Assert.Throws<FormatException>(() => base64.Decode("not base64!"));
    }
}
