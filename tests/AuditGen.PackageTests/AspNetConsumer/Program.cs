using System.Security.Claims;
using AuditGen;
using AuditGen.AspNetCore;

// Starts Kestrel on a free loopback port, sends itself one request through UseAuditContext, prints what the endpoint
// saw in the audit context, and exits.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddAuditContext(o => o.TenantClaimType = "tid");
builder.Services.AddSingleton(new OrderService(new ConsoleStateLogger()));
WebApplication app = builder.Build();

// Stands in for UseAuthentication: every request is user-42 of tenant contoso.
app.Use((http, next) =>
{
    http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-42"), new Claim("tid", "contoso")], "Demo"));
    return next(http);
});
app.UseAuditContext();
app.MapGet("/", (OrderService orders) =>
{
    orders.Ship(7);
    AuditContext context = AuditContext.Current!;
    return $"actor={context.ActorId};tenant={context.TenantId};client={context.ClientAddress};request={context.RequestId}";
});

await app.StartAsync();
using (var client = new HttpClient())
using (var request = new HttpRequestMessage(HttpMethod.Get, app.Urls.First()))
{
    request.Headers.Add("X-Request-ID", "pkg-req-1");
    using HttpResponseMessage response = await client.SendAsync(request);
    Console.WriteLine("seen: " + await response.Content.ReadAsStringAsync());
    Console.WriteLine("echoed: " + string.Join(",", response.Headers.GetValues("X-Request-ID")));
}

Console.WriteLine("after: " + (AuditContext.Current is null ? "no context" : "context leaked"));
await app.StopAsync();

public partial class OrderService(ILogger logger)
{
    [Audit("ship_order")]
    public partial void Ship(int orderId);

    private void ShipCore(int orderId)
    {
    }
}

sealed class ConsoleStateLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Console.WriteLine($"{logLevel}|{eventId.Name}|{formatter(state, exception)}");
}
