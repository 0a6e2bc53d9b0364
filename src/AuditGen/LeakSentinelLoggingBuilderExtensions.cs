using System;
using System.Linq;
using AuditGen.LeakSentinel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AuditGen;

/// <summary>Adds AuditGen's leak sentinel to a logging setup.</summary>
public static class LeakSentinelLoggingBuilderExtensions
{
    /// <summary>
    /// Masks secret-shaped values in every log record before any provider sees it — JWTs, <c>Bearer</c> tokens, PEM
    /// private keys, connection-string and URL passwords, <c>password=</c>/<c>token=</c>/<c>api_key=</c> pairs (keys
    /// judged by AuditGen's name vocabulary), AWS, GitHub, Slack, Stripe, Google, npm and GitLab keys — in the message,
    /// the structured values, the scopes and the exception, leaving a hint such as <c>[REDACTED:jwt]</c>. Each masked
    /// secret is counted by the counter <c>auditgen.leaks.masked</c> (meter <c>AuditGen</c>, tags <c>kind</c> and
    /// <c>category</c>). Works with any provider: the registered <see cref="ILoggerFactory"/> is wrapped, so records are
    /// inspected once before they fan out, and provider filters, aliases and scopes are unchanged. See docs/leak-sentinel.md.
    /// </summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">Changes the options; optional.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">No <see cref="ILoggerFactory"/> is registered (call <c>AddLogging</c> first).</exception>
    public static ILoggingBuilder AddAuditGenLeakSentinel(this ILoggingBuilder builder, Action<LeakSentinelOptions>? configure = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        IServiceCollection services = builder.Services;
        LeakSentinelOptions? options = services.LastOrDefault(d => d.ServiceType == typeof(LeakSentinelOptions) && !d.IsKeyedService)?.ImplementationInstance as LeakSentinelOptions;
        if (options is not null)
        {
            configure?.Invoke(options); // already added: a second call only changes the options
            return builder;
        }

        ServiceDescriptor original = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No ILoggerFactory is registered: call AddLogging before AddAuditGenLeakSentinel.");
        options = new LeakSentinelOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(ILoggerFactory), Wrap(services, original, options), original.Lifetime));
        return builder;
    }

    // The original registration is kept in a form the container still builds and disposes as before; the sentinel
    // disposes the original only where the container would have disposed it and now disposes the sentinel instead.
    private static Func<IServiceProvider, object> Wrap(IServiceCollection services, ServiceDescriptor original, LeakSentinelOptions options)
    {
        if (original.ImplementationInstance is ILoggerFactory instance)
        {
            return _ => new SentinelLoggerFactory(instance, ownsInner: false, options);
        }

        if (original.ImplementationFactory is { } factory)
        {
            return provider => new SentinelLoggerFactory((ILoggerFactory)factory(provider), ownsInner: true, options);
        }

        // A type (LoggerFactory, as AddLogging registers it): registered as itself, the container still picks its
        // constructor, builds it and disposes it.
        Type type = original.ImplementationType!;
        services.Add(ServiceDescriptor.Describe(type, type, original.Lifetime));
        return provider => new SentinelLoggerFactory((ILoggerFactory)provider.GetRequiredService(type), ownsInner: false, options);
    }
}
