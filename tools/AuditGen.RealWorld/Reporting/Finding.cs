namespace AuditGen.RealWorld.Reporting;

/// <summary>One analyzer finding, ready for a human to judge.</summary>
/// <param name="Fingerprint">The analyzer's <c>AuditGen.Fingerprint</c> property, else <paramref name="ComputedFingerprint"/>.</param>
/// <param name="ComputedFingerprint">This tool's own fingerprint, always computed, so runs compare across analyzer versions
/// that did and did not set the property (absent in reports written before it existed).</param>
internal sealed record Finding(
    int Number,
    string Id,
    string File,
    int Line,
    string Member,
    string Message,
    IReadOnlyList<string> Source,
    string Fingerprint,
    string? ComputedFingerprint = null)
{
    /// <summary>The computed fingerprint, or (in an older report) the fingerprint, which was then always computed.</summary>
    public string Computed => ComputedFingerprint ?? Fingerprint;
}

/// <summary>Everything one scan reports: what was read, how much bound, what was found.</summary>
internal sealed record ScanReport
{
    public required string Name { get; init; }

    public required string Commit { get; init; }

    public required string Checkout { get; init; }

    public required DateTimeOffset ScannedAt { get; init; }

    public required string Mode { get; init; }

    public required int Compilations { get; init; }

    public required int CsFiles { get; init; }

    public required int Projects { get; init; }

    public required int FilesOutsideProjects { get; init; }

    public required IReadOnlyList<string> SkippedDirectories { get; init; }

    public required int MetadataReferences { get; init; }

    public required IReadOnlyList<string> PackagesInferred { get; init; }

    public required IReadOnlyList<string> PackagesTaken { get; init; }

    public required IReadOnlyList<string> PackagesDropped { get; init; }

    public required IReadOnlyList<string> RestoreNotes { get; init; }

    public required IReadOnlyDictionary<string, int> GreppedLogCalls { get; init; }

    public required int GreppedTotal { get; init; }

    public required int BoundLogCalls { get; init; }

    public required int BoundInGeneratedCode { get; init; }

    public required IReadOnlyDictionary<string, int> BoundBySink { get; init; }

    public required int GrepHitsWithBoundCall { get; init; }

    public required int GrepHitsComparable { get; init; }

    public required int GrepHitsNotLogCalls { get; init; }

    public required IReadOnlyDictionary<string, int> UnboundReasons { get; init; }

    public required int CompileErrors { get; init; }

    public required IReadOnlyDictionary<string, int> TopErrors { get; init; }

    public required IReadOnlyList<string> Analyzers { get; init; }

    public required IReadOnlyList<string> AnalyzerCrashes { get; init; }

    public required IReadOnlyDictionary<string, int> FindingsById { get; init; }

    public required IReadOnlyDictionary<string, double> PhaseSeconds { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }
}
