using BackOffice.Partners.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace BackOffice.Partners.Resilience;

/// <summary>
/// One resilience pipeline per partner: total timeout, then retry (exponential back-off with jitter, honouring
/// Retry-After and Rate-Limit-Reset), then a circuit breaker, then a per-attempt timeout.
/// </summary>
public static class PartnerPipeline
{
    public static IHttpClientBuilder AddPartnerResilience(this IHttpClientBuilder builder, string partner, Func<IServiceProvider, PartnerOptions> options, ReplaySafety replaySafety)
    {
        builder.AddResilienceHandler(partner, (pipeline, context) =>
        {
            var settings = options(context.ServiceProvider).Resilience;
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline
                .AddTimeout(settings.TotalTimeout)
                .AddRetry(Retry(settings, time, replaySafety))
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
                {
                    ShouldHandle = args => ValueTask.FromResult(TransientFailure.IsTransient(args.Outcome)),
                    FailureRatio = settings.CircuitFailureRatio,
                    MinimumThroughput = settings.CircuitMinimumThroughput,
                    SamplingDuration = settings.CircuitSamplingDuration,
                    BreakDuration = settings.CircuitBreakDuration,
                })
                .AddTimeout(settings.AttemptTimeout);
        });
        return builder;
    }

    private static RetryStrategyOptions<HttpResponseMessage> Retry(PartnerResilienceOptions settings, TimeProvider time, ReplaySafety replaySafety) => new()
    {
        MaxRetryAttempts = settings.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = settings.BaseDelay,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, settings, time, replaySafety)),
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Result is { } response ? RetryAfterHint.From(response, time) : null),
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, PartnerResilienceOptions settings, TimeProvider time, ReplaySafety replaySafety)
    {
        if (!TransientFailure.IsTransient(outcome))
        {
            return false;
        }

        // A partner asking for a longer pause than we are willing to block for: give the answer back to the caller.
        if (outcome.Result is { } response
            && (RetryAfterHint.From(response, time) > settings.MaxRetryAfter || (settings.RateLimitPause is not null && response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)))
        {
            return false;
        }

        var request = context.GetRequestMessage();
        return request is null || replaySafety(request) || TransientFailure.SurelyNotProcessed(outcome);
    }
}
