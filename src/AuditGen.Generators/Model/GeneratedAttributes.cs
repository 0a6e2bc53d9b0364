using System;

namespace AuditGen.Generators.Model;

/// <summary>The attributes the generator puts on a wrapper. One the user already applied is not emitted again (CS0579).</summary>
[Flags]
internal enum GeneratedAttributes
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><c>System.CodeDom.Compiler.GeneratedCodeAttribute</c>.</summary>
    GeneratedCode = 1,

    /// <summary><c>System.Diagnostics.DebuggerNonUserCodeAttribute</c>.</summary>
    DebuggerNonUserCode = 2,

    /// <summary><c>System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute</c>.</summary>
    ExcludeFromCodeCoverage = 4,
}
