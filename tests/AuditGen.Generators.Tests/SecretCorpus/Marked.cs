// Theme: data marked [Sensitive] or classified, and AuditGen's own audited methods.
using System.Threading.Tasks;
using AuditGen;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

public sealed class SecretDataAttribute() : DataClassificationAttribute(new DataClassification("Demo", "Secret"));

public sealed class Customer
{
    public string Name { get; set; } = "";
    [Sensitive] public string TaxId { get; set; } = "";
    [SecretData] public string Iban { get; set; } = "";
}

public sealed partial class Marked(ILogger<Marked> logger)
{
    [Audit("register")]
    public partial Task RegisterAsync(string email, string data, [Sensitive] string note);

    [Audit("import", Sensitive = true)]
    public partial Task ImportAsync(string source, string payload);

    private Task RegisterAsyncCore(string email, string data, string note) => Task.CompletedTask;

    private Task ImportAsyncCore(string source, string payload) => Task.CompletedTask;

    public async Task Run(Customer customer, [Sensitive] string birthDate, string password, string email)
    {
        logger.LogInformation("Customer {Name}", customer.Name); // safe
        logger.LogInformation("Tax id {TaxId}", customer.TaxId); // leak
        logger.LogInformation("Iban {Iban}", customer.Iban); // leak
        logger.LogInformation("Born {Date}", birthDate); // leak
        await RegisterAsync(email, email, password); // safe
        await RegisterAsync(email, password, email); // leak
        await ImportAsync("file", password); // safe
        await RegisterAsync(email, "plain", "note"); // safe
    }
}
