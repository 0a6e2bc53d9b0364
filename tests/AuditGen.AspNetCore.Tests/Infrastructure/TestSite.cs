using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AuditGen.AspNetCore.Tests.Infrastructure;

/// <summary>
/// An in-memory site on the generic host (not WebApplication, which would add authentication middleware by itself):
/// <c>beforeRouting</c> is the test's pipeline, then routing, authorization, and the endpoints (<c>GET /context</c>
/// reports <see cref="AuditContext.Current"/>). The <see cref="HeaderAuthenticationHandler"/> scheme is registered
/// as the default; whether anything authenticates before the endpoint is up to the pipeline.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly IHost _host;

    private TestSite(IHost host) => _host = host;

    public TestServer Server => _host.GetTestServer();

    public static async Task<TestSite> StartAsync(
        Action<IApplicationBuilder> beforeRouting,
        Action<IEndpointRouteBuilder>? endpoints = null,
        Action<IServiceCollection>? services = null)
    {
        IHost host = new HostBuilder()
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(s =>
                {
                    s.AddRouting();
                    s.AddAuthorization();
                    s.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
                        .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
                    services?.Invoke(s);
                })
                .Configure(app =>
                {
                    beforeRouting(app);
                    app.UseRouting();
                    app.UseAuthorization();
                    app.UseEndpoints(e =>
                    {
                        e.MapGet("/context", Seen.Report);
                        endpoints?.Invoke(e);
                    });
                }))
            .Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestSite(host);
    }

    /// <summary>Sends a request; <paramref name="configure"/> sets headers, the connection's address, the trace id.</summary>
    public Task<HttpContext> SendAsync(string path, Action<HttpContext>? configure = null) =>
        Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = path;
            configure?.Invoke(http);
        });

    /// <summary>Sends a request to <c>/context</c> (or <paramref name="path"/>) and returns what its endpoint saw.</summary>
    public async Task<Seen> SeenAsync(Action<HttpContext>? configure = null, string path = "/context") =>
        await Seen.ReadAsync(await SendAsync(path, configure));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
