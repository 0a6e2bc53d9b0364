namespace AuditGen.IntegrationTests.Services;

/// <summary>Methods whose Core allocates nothing, for the allocation tests.</summary>
public sealed partial class HotPath(ILogger logger)
{
    private static readonly Task<int> CachedTask = Task.FromResult(42);

    [Audit("add")]
    [TrackPerformance(1000)]
    public partial int Add(int a, int b, string apiKey);

    [Audit("ping")]
    public partial Task PingAsync(int id);

    [Audit("fetch")]
    public partial Task<int> FetchAsync(int id);

    [Audit("peek")]
    public partial ValueTask<int> PeekAsync(int id);

    [Audit("poke")]
    public partial ValueTask PokeAsync(Guid id);

    private int AddCore(int a, int b, string apiKey) => a + b;

    private Task PingAsyncCore(int id) => Task.CompletedTask;

    private Task<int> FetchAsyncCore(int id) => CachedTask;

    private ValueTask<int> PeekAsyncCore(int id) => new(id);

    private ValueTask PokeAsyncCore(Guid id) => default;
}
