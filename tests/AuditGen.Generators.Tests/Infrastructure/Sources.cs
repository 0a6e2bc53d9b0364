namespace AuditGen.Generators.Tests.Infrastructure;

/// <summary>Builds test sources with the usings every audited type needs.</summary>
internal static class Sources
{
    public const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using AuditGen;
        using Microsoft.Extensions.Logging;

        """;

    /// <summary>A namespaced file with the standard usings.</summary>
    public static string InNamespace(string body) => Usings + "namespace Shop;\n\n" + body;

    /// <summary>A partial class with one logger field and the given members.</summary>
    public static string Service(string members) => InNamespace($$"""
        public partial class OrderService(ILogger<OrderService> logger)
        {
            private readonly ILogger _logger = logger;

        {{members}}
        }
        """);
}
