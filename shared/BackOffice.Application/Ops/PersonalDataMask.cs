namespace BackOffice.Application.Ops;

/// <summary>Masks personal data for ops screens and logs, keeping just enough to tell two customers apart.</summary>
public static class PersonalDataMask
{
    public static string Email(string email)
    {
        var at = email.IndexOf('@');
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }

    public static string? Document(string? document) =>
        document is null || document.Length < 4 ? document is null ? null : "***" : $"***{document[^2..]}";
}
