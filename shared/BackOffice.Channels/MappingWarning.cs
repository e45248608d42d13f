namespace BackOffice.Channels;

/// <param name="Path">Where in the storefront's payload the problem is (or where the missing value was looked for).</param>
/// <param name="Message">Says what is wrong without echoing personal data.</param>
public sealed record MappingWarning(MappingWarningKind Kind, string Path, string Message);
