namespace AuditGen.RealWorld.Projects;

/// <summary>A package a project asks for, with the version as written (after property substitution), if any.</summary>
internal sealed record PackageRequest(string Name, string? Version);

/// <summary>What the scan needs from one project file and the MSBuild files it imports.</summary>
/// <param name="Path">The project file.</param>
/// <param name="Sdk">The project SDK, e.g. <c>Microsoft.NET.Sdk.Web</c>.</param>
/// <param name="TargetFramework">The target framework conditions were evaluated for.</param>
/// <param name="Usings">Project-wide using directives (the SDK's implicit ones and <c>&lt;Using&gt;</c> items), as directive bodies: <c>System</c>, <c>static System.Math</c>, <c>Alias = Name.Space</c>.</param>
/// <param name="DefineConstants">Preprocessor symbols the project defines.</param>
/// <param name="Packages">Package references.</param>
/// <param name="AssemblyName">The assembly the project builds.</param>
/// <param name="ProjectReferences">Full paths of the projects it references (as assemblies).</param>
/// <param name="Friends">Assemblies its <c>&lt;InternalsVisibleTo&gt;</c> items name.</param>
internal sealed record ProjectInfo(
    string Path,
    string Sdk,
    string TargetFramework,
    IReadOnlyList<string> Usings,
    IReadOnlyList<string> DefineConstants,
    IReadOnlyList<PackageRequest> Packages,
    string AssemblyName,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> Friends)
{
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}
