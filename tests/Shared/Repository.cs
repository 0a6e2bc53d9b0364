namespace AuditGen.Tests.Shared;

/// <summary>
/// The repository checkout, found by walking up from the test binaries to <c>AuditGen.sln</c>. Linked into every test
/// project that reads files next to the code (docs, corpus, golden files, samples, the projects it packs or starts).
/// </summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "AuditGen.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("AuditGen.sln not found above " + AppContext.BaseDirectory);
    }
}
