using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AuditGen.AspNetCore;

/// <summary>Registers <see cref="AuditContextOptions"/>, validated when the host starts.</summary>
public static class AuditContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit-context options used by <c>app.UseAuditContext()</c> (called without a lambda) and by the
    /// endpoint and MVC filters. Invalid options fail the host's start with an <see cref="OptionsValidationException"/>
    /// that names each problem. Optional: without it, the defaults apply.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAuditContext(this IServiceCollection services, Action<AuditContextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<AuditContextOptions> options = services.AddOptions<AuditContextOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton<IValidateOptions<AuditContextOptions>, AuditContextOptionsValidator>();
        options.ValidateOnStart();
        return services;
    }
}
