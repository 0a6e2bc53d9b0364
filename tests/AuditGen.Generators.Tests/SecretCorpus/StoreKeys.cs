// Theme (issue 10, IdentityServer4's device-flow store): a parameter of another assembly's contract that the method
// compares with stored items is a lookup key whose stored form the callers choose (commonly a hash): its name alone
// is no evidence. The same name from a same-assembly contract, a contract parameter that is not a lookup key, and real
// sources inside the method still count.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Contracts;
using Microsoft.Extensions.Logging;

public sealed record DeviceCodeRow(string UserCode, string DeviceCode, string Data);

public sealed class DeviceCodeStore(ILogger<DeviceCodeStore> logger, List<DeviceCodeRow> rows) : IDeviceCodeStore
{
    public Task<string?> FindByUserCodeAsync(string userCode)
    {
        DeviceCodeRow? row = rows.SingleOrDefault(x => x.UserCode == userCode);
        logger.LogDebug("{userCode} found in database: {found}", userCode, row is not null); // safe
        logger.LogDebug("user code {Code} looked up", userCode); // safe
        return Task.FromResult(row?.Data);
    }

    public Task RemoveByDeviceCodeAsync(string deviceCode)
    {
        DeviceCodeRow? row = rows.FirstOrDefault(x => deviceCode == x.DeviceCode);
        logger.LogDebug("removing {deviceCode} device code from database", deviceCode); // safe
        logger.LogDebug("removing {Row}", row?.DeviceCode); // leak
        return Task.CompletedTask;
    }
}

public interface ILocalDeviceCodeStore
{
    Task<string?> FindByUserCodeAsync(string userCode);
}

public sealed class LocalDeviceCodeStore(ILogger<LocalDeviceCodeStore> logger, List<DeviceCodeRow> rows) : ILocalDeviceCodeStore
{
    public Task<string?> FindByUserCodeAsync(string userCode)
    {
        DeviceCodeRow? row = rows.SingleOrDefault(x => x.UserCode == userCode);
        logger.LogDebug("{userCode} found in database: {found}", userCode, row is not null); // leak
        return Task.FromResult(row?.Data);
    }
}

public sealed class SmsSender(ILogger<SmsSender> logger) : ISmsSender
{
    public Task SendCodeAsync(string phone, string code)
    {
        logger.LogInformation("Sending {code} to {phone}", code, phone); // leak
        return Task.CompletedTask;
    }
}

public sealed class PasswordChecker(ILogger<PasswordChecker> logger, Dictionary<string, string> users) : IPasswordChecker
{
    public bool Check(string userName, string password)
    {
        logger.LogDebug("Checking {password} for {user}", password, userName); // leak
        return users.TryGetValue(userName, out string? stored) && stored == password;
    }
}

public sealed class GrantStore(ILogger<GrantStore> logger, List<KeyValuePair<string, string>> grants) : GrantStoreBase
{
    public override Task<string?> GetAsync(string refreshToken)
    {
        string? grant = grants.FirstOrDefault(g => g.Key == refreshToken).Value;
        logger.LogDebug("grant for {refreshToken} found: {Found}", refreshToken, grant is not null); // safe
        logger.LogDebug("grant {Grant} read", grant); // safe
        return Task.FromResult(grant);
    }
}
