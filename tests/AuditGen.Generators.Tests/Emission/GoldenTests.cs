using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.Emission;

/// <summary>One golden file per output shape; everything else uses targeted assertions.</summary>
public sealed class GoldenTests
{
    [Fact]
    public void Async_sensitive_operation_with_performance_tracking()
    {
        GeneratorRun run = GeneratorHarness.Run(Sources.InNamespace("""
            public partial class AuthService(ILogger<AuthService> logger)
            {
                [Audit("password_reset", Sensitive = true)]
                [TrackPerformance(500)]
                public partial Task ResetPasswordAsync([Logged] string email, string token);

                private Task ResetPasswordAsyncCore(string email, string token) => Task.CompletedTask;
            }
            """)).ShouldCompile();

        Golden.Match(run.File("Shop.AuthService.Audit.g.cs"), "AsyncSensitiveOperation");
    }

    [Fact]
    public void Synchronous_generic_method_in_nested_generic_struct()
    {
        GeneratorRun run = GeneratorHarness.Run(Sources.InNamespace("""
            public static partial class Outer
            {
                public partial struct Cache<TKey>(ILogger logger) where TKey : notnull
                {
                    [Audit("lookup", Level = LogLevel.Debug)]
                    public partial TValue? Lookup<TValue>(TKey key, ref int hits, out bool found) where TValue : class;

                    private TValue? LookupCore<TValue>(TKey key, ref int hits, out bool found) where TValue : class
                    {
                        found = false;
                        return null;
                    }
                }
            }
            """)).ShouldCompile();

        Golden.Match(run.File("Shop.Outer+Cache_1.Audit.g.cs"), "SyncGenericNested");
    }

    [Fact]
    public void Static_method_in_the_global_namespace_uses_the_fallback_logger()
    {
        GeneratorRun run = GeneratorHarness.Run(Sources.Usings + """
            public static partial class Maintenance
            {
                [TrackPerformance(1000, Level = LogLevel.Error)]
                public static partial ValueTask<int> PurgeAsync(int days);

                private static ValueTask<int> PurgeAsyncCore(int days) => new(days);
            }
            """).ShouldCompile();

        Golden.Match(run.File("Maintenance.Audit.g.cs"), "StaticFallbackLogger");
    }
}
