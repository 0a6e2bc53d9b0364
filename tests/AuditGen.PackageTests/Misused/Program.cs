using AuditGen;
using Microsoft.Extensions.Logging;

// Mistakes AuditGen must explain in a command-line build: a missing Core, and a Core that is not private.
Console.WriteLine(new Orders(LoggerFactory.Create(_ => { }).CreateLogger("Misused")).Count());

public partial class Orders(ILogger logger)
{
    [Audit("ship")]
    public partial void Ship(int orderId);

    [Audit("count")]
    public partial int Count();

    public int CountCore() => 0;
}
