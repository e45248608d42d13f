namespace BackOffice.Application.Intake;

/// <summary>Collects every problem of a payload, so the sender can fix them all in one go.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
    }

    public T Required<T>(T? value, string path)
        where T : class
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
        {
            Add(path, "is required.");
        }

        return value!;
    }

    public T Required<T>(T? value, string path)
        where T : struct
    {
        if (value is null)
        {
            Add(path, "is required.");
        }

        return value.GetValueOrDefault();
    }

    /// <summary>Refuses text longer than the documented limit: nothing downstream (partners, NF-e, labels) takes more.</summary>
    public void AtMost(string? value, string path, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(path, $"must be at most {maxLength} characters (it has {value.Length}).");
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
}
