// Contracts declared in another assembly than the corpus classes that implement them (compiled once, referenced by
// every corpus file): the callers of an implementation live elsewhere, so the form of what they pass is not visible.
using System.Threading.Tasks;

namespace Contracts;

public interface IDeviceCodeStore
{
    Task<string?> FindByUserCodeAsync(string userCode);

    Task RemoveByDeviceCodeAsync(string deviceCode);
}

public interface ISmsSender
{
    Task SendCodeAsync(string phone, string code);
}

public interface IPasswordChecker
{
    bool Check(string userName, string password);
}

public abstract class GrantStoreBase
{
    public abstract Task<string?> GetAsync(string refreshToken);
}
