namespace AuditGen.RealWorld.Projects;

/// <summary>The usings the .NET SDK adds when <c>ImplicitUsings</c> is enabled (from the SDK's props files:
/// Microsoft.NET.Sdk.CSharp.props, Sdk.Server.props, Microsoft.NET.Sdk.Worker.props, BlazorWebAssembly's Sdk.props).</summary>
internal static class ImplicitUsings
{
    private static readonly string[] Base =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] Web =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly string[] Worker =
        ["Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    private static readonly string[] BlazorWebAssembly =
        ["Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging"];

    /// <summary>The implicit usings of a project with the given SDK.</summary>
    public static IEnumerable<string> For(string sdk) =>
        Base.Concat(sdk switch
        {
            _ when sdk.Contains("Microsoft.NET.Sdk.BlazorWebAssembly", StringComparison.OrdinalIgnoreCase) => BlazorWebAssembly,
            _ when sdk.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) => Web,
            _ when sdk.Contains("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase) => Worker,
            _ => [],
        });
}
