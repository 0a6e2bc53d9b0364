using Castle.DynamicProxy;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>6b. A Castle DynamicProxy interface proxy with a logging interceptor around <see cref="BareService"/>.</summary>
public static class CastleProxyService
{
    private static readonly ProxyGenerator Generator = new();

    public static ITransferService Create(ILogger logger) =>
        Generator.CreateInterfaceProxyWithTarget<ITransferService>(new BareService(), new LoggingInterceptor(logger));

    private sealed class LoggingInterceptor(ILogger logger) : IInterceptor
    {
        public void Intercept(IInvocation invocation) =>
            invocation.ReturnValue = InterceptionLog.Intercept(logger, invocation.Method, invocation.Arguments, () =>
            {
                invocation.Proceed();
                return invocation.ReturnValue;
            });
    }
}
