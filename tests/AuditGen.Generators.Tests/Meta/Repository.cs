namespace AuditGen.Generators.Tests.Meta;

/// <summary>Locates the repository, for tests that check files next to the code (docs, release notes).</summary>
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
