namespace AuditGen.Generators.Diagnostics;

/// <summary>Every diagnostic id AuditGen reports. Never reuse or renumber an id once shipped.</summary>
internal static class DiagnosticIds
{
    public const string MethodMustBePartialDeclaration = "AG0001";
    public const string TypeMustBePartial = "AG0002";
    public const string MissingCoreMethod = "AG0003";
    public const string CoreSignatureMismatch = "AG0004";
    public const string CoreMustBePrivate = "AG0005";
    public const string UnsupportedReturnType = "AG0006";
    public const string UnsupportedParameter = "AG0007";
    public const string InvalidThreshold = "AG0008";
    public const string DuplicateEventId = "AG0009";
    public const string InvalidOperationName = "AG0010";
    public const string AmbiguousLogger = "AG0011";
    public const string LogPropertiesOnScalar = "AG0012";
    public const string InvalidLevel = "AG0013";
    public const string UnsupportedMethodKind = "AG0014";
    public const string FileLocalType = "AG0015";
    public const string LanguageVersionTooLow = "AG0016";
    public const string MaskedCredential = "AG0017";
    public const string IneffectiveAuditRole = "AG0018";
    public const string InvalidAuditSetting = "AG0019";

    public const string BaselinedSecret = "AG1000";
    public const string SecretNameReachesLog = "AG1001";
    public const string SensitiveDataReachesLog = "AG1002";
    public const string SecretTypeReachesLog = "AG1003";
    public const string SecretTextReachesLog = "AG1004";
    public const string ObjectWithSecretReachesLog = "AG1005";
    public const string SecretPlaceholder = "AG1006";
    public const string SecretInExceptionMessage = "AG1007";
}
