namespace BackOffice.Application.Catalog;

/// <summary>One page of a source (stock or prices); <see cref="Next"/> reads the following page, null after the last.</summary>
public sealed record SourcePage<T>(IReadOnlyList<T> Items, string? Next);
