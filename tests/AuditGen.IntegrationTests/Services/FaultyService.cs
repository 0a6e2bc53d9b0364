namespace AuditGen.IntegrationTests.Services;

/// <summary>Bodies that misbehave on demand, for the fault-injection tests.</summary>
public partial class FaultyService(ILogger logger)
{
    /// <summary>Runs in <see cref="WorkCore"/>'s <c>finally</c> block.</summary>
    public Action? Cleanup { get; set; }

    public Func<Task>? TaskBehavior { get; set; }

    [Audit("work")]
    [TrackPerformance(50)]
    public partial int Work(int milliseconds);

    [Audit("work_async")]
    public partial Task WorkAsync();

    [Audit("work_value_async")]
    public partial ValueTask<int> WorkValueAsync(int value);

    [Audit("props")]
    public partial void Props([LogProperties] Exploding value, int count);

    [Audit("forge")]
    public partial void Forge(string Outcome, string operation, double durationMs);

    private int WorkCore(int milliseconds)
    {
        try
        {
            if (milliseconds < 0)
            {
                throw new InvalidOperationException("the body failed");
            }

            Thread.Sleep(milliseconds);
            return milliseconds;
        }
        finally
        {
            Cleanup?.Invoke();
        }
    }

    private Task WorkAsyncCore() => TaskBehavior!();

    private async ValueTask<int> WorkValueAsyncCore(int value)
    {
        await Task.Yield();
        return value;
    }

    private void PropsCore(Exploding value, int count)
    {
    }

    private void ForgeCore(string Outcome, string operation, double durationMs)
    {
    }
}

/// <summary>A [LogProperties] argument whose getter throws.</summary>
public sealed class Exploding
{
    public int Id => throw new InvalidOperationException("getter broke");
}

/// <summary>A static initializer that calls an audited method before any other static state of the type exists.</summary>
public static partial class EarlyConfig
{
    public static readonly ILogger Log = Infrastructure.Logs.Create<object>();

    public static readonly int Default = Load("default");

    [Audit("load_config")]
    public static partial int Load(string name);

    private static int LoadCore(string name) => name.Length;
}
