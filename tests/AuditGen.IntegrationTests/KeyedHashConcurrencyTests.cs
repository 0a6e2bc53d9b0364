using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.Runtime;

namespace AuditGen.IntegrationTests;

/// <summary>Mode switches racing with records being written and read: a record is never part masked, part hashed.</summary>
[Collection(SerialCollection.Name)]
public sealed partial class KeyedHashConcurrencyTests : IDisposable
{
    private const int Values = 4;

    public void Dispose() => AuditLog.UseMaskRedaction();

    [Fact]
    public async Task Every_read_of_a_record_is_all_masked_or_all_hashed_with_one_key_while_modes_switch()
    {
        AuditMethod method = DirectCall.Method(["email", "phone", "userId", "address"], "HHHH");
        var logger = new RecordingLogger();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        byte[][] keys = [RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)];
        long switches = 0;

        var switcher = Task.Run(() =>
        {
            for (int i = 0; !stop.IsCancellationRequested; i++)
            {
                if (i % 3 == 2)
                {
                    AuditLog.UseMaskRedaction();
                }
                else
                {
                    AuditLog.UseKeyedHashRedaction(keys[i % 2], "k" + (i % 2));
                }

                switches++;
            }
        });
        Task[] writers = [.. Enumerable.Range(0, Math.Max(4, Environment.ProcessorCount - 1)).Select(w => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                DirectCall.Write(method, logger, AuditValues.Of("ada@example.com", "+44 20 7946 0000", w, "1 Main St"));
                while (logger.Entries.Count > 50_000 && logger.Entries.TryDequeue(out RecordedEntry? old))
                {
                    Check(old);
                }
            }
        }))];
        await Task.WhenAll([switcher, .. writers]);

        Assert.True(switches > 100, $"only {switches} switches");
        int hashed = 0;
        foreach (RecordedEntry entry in logger.Entries)
        {
            hashed += Check(entry) ? 1 : 0;
        }

        Assert.InRange(hashed, 1, logger.Entries.Count - 1); // both modes were seen
    }

    /// <summary>Checks one record's state (as read once) and message (as rendered once); returns whether it was hashed.</summary>
    private static bool Check(RecordedEntry entry)
    {
        string?[] state = [.. entry.Values.Skip(4).Take(Values).Select(p => (string?)p.Value)];
        string[] rendered = [.. Rendered().Matches(entry.Message).Select(m => m.Groups["value"].Value)];
        Assert.Equal(Values, rendered.Length);
        Assert.True(IsConsistent(state!), "mixed state: " + string.Join(", ", state));
        Assert.True(IsConsistent(rendered), "mixed message: " + entry.Message);
        return state[0] != AuditLog.RedactedText;
    }

    private static bool IsConsistent(string[] values)
    {
        if (values.All(v => v == AuditLog.RedactedText))
        {
            return true;
        }

        // All hashed, and with one key: every value carries the same key id.
        return values.All(v => Hash().IsMatch(v)) && values.Select(v => v[..8]).Distinct().Count() == 1;
    }

    [GeneratedRegex(@"^hmac:k[01]:[0-9a-f]{16}$")]
    private static partial Regex Hash();

    [GeneratedRegex(@"(?:\(|, )\w+: (?<value>[^,)]+)")]
    private static partial Regex Rendered();
}
