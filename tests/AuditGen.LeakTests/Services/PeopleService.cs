namespace AuditGen.LeakTests.Services;

/// <summary>Personal identifiers in several fields and operations, for the keyed-hash oracle tests.</summary>
public partial class PeopleService(ILogger<PeopleService> logger)
{
    [Audit("link_accounts", Sensitive = true)]
    public partial void Link(string email, string recoveryEmail, [PersonalData(CorrelationDomain = "person")] string contact, [PersonalData(CorrelationDomain = "person")] string billingContact);

    [Audit("register", Sensitive = true)]
    public partial void Register(string email, string password);

    [Audit("pin_check", Sensitive = true)]
    public partial void CheckPin(string pin, string code, string email);

    private void LinkCore(string email, string recoveryEmail, string contact, string billingContact)
    {
    }

    private void RegisterCore(string email, string password)
    {
    }

    private void CheckPinCore(string pin, string code, string email)
    {
    }
}
