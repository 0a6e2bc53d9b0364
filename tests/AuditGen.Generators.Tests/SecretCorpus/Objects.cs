// Theme: whole objects whose printed or destructured form carries a secret.
using Microsoft.Extensions.Logging;

public sealed record LoginRequest(string Email, string Password);
public sealed record ShippingRequest(string Email, string Address, int Quantity);
public sealed class Account { public string Email { get; set; } = ""; public string PasswordHash { get; set; } = ""; }
public sealed class ApiClientOptions { public string BaseUrl { get; set; } = ""; public string ApiKey { get; set; } = ""; }
public sealed class Order { public int Id { get; set; } public decimal Total { get; set; } }

public sealed class Objects(ILogger<Objects> logger)
{
    public void Run(LoginRequest login, ShippingRequest shipping, Account account, ApiClientOptions options, Order order)
    {
        logger.LogInformation("Login {Request}", login); // leak
        logger.LogInformation("Shipping {Request}", shipping); // safe
        logger.LogInformation("Login for {Email}", login.Email); // safe
        logger.LogInformation("Login with {Password}", login.Password); // leak
        logger.LogInformation("Account {@Account}", account); // no destructuring provider here: prints "Account" // safe
        logger.LogInformation("Account {Account}", account); // prints "Account" (no ToString of its own) // safe
        logger.LogInformation("Options {@Options}", options); // no destructuring provider here: prints "ApiClientOptions" // safe
        logger.LogInformation("Calling {BaseUrl}", options.BaseUrl); // safe
        logger.LogInformation("Order {@Order}", order); // safe
        logger.LogInformation("Payload {Payload}", new { login.Email, Password = login.Password }); // leak
        logger.LogInformation("Payload {Payload}", new { login.Email, Attempts = 3 }); // safe
        logger.LogInformation("Key {Key}", options.ApiKey); // leak
        logger.LogInformation("Order {Id} total {Total}", order.Id, order.Total); // safe
    }
}
