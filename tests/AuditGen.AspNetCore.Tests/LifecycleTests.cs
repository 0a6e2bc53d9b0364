using System.Collections.Concurrent;
using AuditGen.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AuditGen.AspNetCore.Tests;

/// <summary>One context per request: begun by the middleware, gone when the request is done, never seen by another.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task The_context_exists_only_inside_the_middleware()
    {
        var outside = new ConcurrentQueue<AuditContext?>();
        await using TestSite site = await TestSite.StartAsync(
            app =>
            {
                // An outer middleware sees no context before or after, also when the request fails.
                app.Use(async (http, next) =>
                {
                    outside.Enqueue(AuditContext.Current);
                    try
                    {
                        await next(http);
                    }
                    finally
                    {
                        outside.Enqueue(AuditContext.Current);
                    }
                });
                app.UseAuditContext();
            },
            endpoints => endpoints.MapGet("/fail", new Func<string>(() => throw new InvalidOperationException("boom"))));

        Seen seen = await site.SeenAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => site.SendAsync("/fail"));

        Assert.True(seen.HasContext);
        Assert.Equal(4, outside.Count);
        Assert.All(outside, Assert.Null);
        Assert.Null(AuditContext.Current);
    }

    [Fact]
    public async Task A_context_the_host_began_is_restored_for_code_after_the_middleware()
    {
        var outer = new AuditContext { ActorId = "job-runner" };
        AuditContext? afterNext = null;
        await using TestSite site = await TestSite.StartAsync(app =>
        {
            app.Use(async (http, next) =>
            {
                using (AuditContext.Begin(outer))
                {
                    await next(http);
                    afterNext = AuditContext.Current;
                }
            });
            app.UseAuditContext();
        });

        Seen seen = await site.SeenAsync(Requests.From("203.0.113.7"));

        Assert.Null(seen.ActorId);
        Assert.Same(outer, afterNext);
    }

    [Fact]
    public async Task Two_hundred_concurrent_requests_each_see_only_their_own_context()
    {
        await using TestSite site = await TestSite.StartAsync(
            app =>
            {
                app.UseAuthentication();
                app.UseAuditContext();
            },
            endpoints => endpoints.MapGet("/slow", new Func<HttpContext, Task<IResult>>(SlowReport)));

        Seen[] seen = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            site.SeenAsync(Requests.User($"user-{i}", more: Requests.Header("X-Request-ID", $"req-{i}", Requests.From($"198.51.100.{i % 250}"))), "/slow")));

        for (int i = 0; i < seen.Length; i++)
        {
            Assert.Equal(new Seen(true, $"user-{i}", null, $"198.51.100.{i % 250}", $"req-{i}"), seen[i]);
        }

        Assert.Null(AuditContext.Current);
    }

    // Awaits in between reads so that requests interleave on the thread pool; a swapped or shared context shows as a
    // different object or another request's values.
    private static async Task<IResult> SlowReport(HttpContext http)
    {
        AuditContext? before = AuditContext.Current;
        await Task.Delay(Random.Shared.Next(1, 20));
        await Task.Yield();
        if (!ReferenceEquals(before, AuditContext.Current))
        {
            return Results.Problem("The context changed during the request.");
        }

        return Seen.Report();
    }
}
