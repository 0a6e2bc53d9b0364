using System.Reflection;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>6a. A <see cref="DispatchProxy"/> decorator around <see cref="BareService"/>.</summary>
public class DispatchProxyService : DispatchProxy
{
    private ITransferService _target = null!;
    private ILogger _logger = null!;

    public static ITransferService Create(ILogger logger)
    {
        ITransferService proxy = Create<ITransferService, DispatchProxyService>();
        var self = (DispatchProxyService)(object)proxy;
        self._target = new BareService();
        self._logger = logger;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        InterceptionLog.Intercept(_logger, targetMethod!, args!, () => targetMethod!.Invoke(_target, args));
}
