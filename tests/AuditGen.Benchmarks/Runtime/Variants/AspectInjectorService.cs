using System.Reflection;
using AspectInjector.Broker;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>7. IL weaving with AspectInjector: an around-advice woven into every public method at build time.</summary>
[LogAround]
public sealed class AspectInjectorService(ILogger logger) : ITransferService
{
    public ILogger Logger { get; } = logger;

    public int Transfer(string account, int amount, string password) => Work.Sync(account, amount);

    public Task<int> TransferCompletedAsync(string account, int amount, string password) => Work.Completed();

    public Task<int> TransferYieldingAsync(string account, int amount, string password) => Work.Yielding(account, amount);

    public ValueTask<int> TransferValueTaskAsync(string account, int amount, string password) => Work.ValueTask(account, amount);
}

/// <summary>The aspect: logs around each call through <see cref="InterceptionLog"/>.</summary>
[Aspect(Scope.Global)]
[Injection(typeof(LogAroundAttribute))]
public sealed class LogAroundAttribute : Attribute
{
    [Advice(Kind.Around, Targets = Target.Public | Target.Method)]
    public object? Around(
        [Argument(Source.Target)] Func<object[], object> target,
        [Argument(Source.Arguments)] object[] args,
        [Argument(Source.Instance)] object instance,
        [Argument(Source.Metadata)] MethodBase method)
    {
        if (instance is not AspectInjectorService service || method is not MethodInfo info || info.IsSpecialName)
        {
            return target(args);
        }

        return InterceptionLog.Intercept(service.Logger, info, args!, () => target(args));
    }
}
