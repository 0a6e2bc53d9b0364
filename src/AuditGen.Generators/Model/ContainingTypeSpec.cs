using AuditGen.Generators.Common;

namespace AuditGen.Generators.Model;

/// <summary>The type that declares audited methods: how to re-open it and where its file goes.</summary>
/// <param name="HintName">Unique, file-system-safe name for <c>AddSource</c>.</param>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Types">The containing types, outermost first, ending with the type itself.</param>
/// <param name="MetadataName">The full metadata name (<c>Shop.Repo`1+Item</c>): unique in the compilation, it orders
/// types and tells apart two types whose hint names collide.</param>
/// <param name="FullName">The fully qualified type with its type parameters (<c>global::Shop.Repo&lt;T&gt;</c>): generated
/// members are reached through it, so that no parameter of a method can shadow them.</param>
/// <param name="MemberPrefix">The prefix of the members the generator adds to the type: no member of the type or of its
/// base types starts with it.</param>
/// <param name="CanNestTypes">Whether a class may be nested in the type: not in an interface with variant type parameters (CS8427).</param>
/// <param name="LoggerCategory">The fallback logger's category: the type's full name.</param>
internal sealed record ContainingTypeSpec(
    string HintName,
    string Namespace,
    EquatableArray<TypeDeclarationSpec> Types,
    string MetadataName,
    string FullName,
    string MemberPrefix,
    bool CanNestTypes,
    string LoggerCategory);
