using System.Text.RegularExpressions;

namespace BackOffice.Functions.Tests.Telemetry;

/// <summary>
/// What a query file of infra/queries reads: for each Application Insights table it names, the columns, the
/// customDimensions and the literal values (<c>type == "HTTP"</c>, metric names) of the clauses that follow it.
/// </summary>
public sealed partial record KqlQueryFile(string Name, IReadOnlyList<KqlClause> Clauses)
{
    public static readonly string[] Columns =
        ["name", "resultCode", "success", "duration", "target", "type", "message", "outerMessage", "severityLevel", "operation_Id",
         "operation_ParentId", "id", "itemType", "valueSum", "valueCount", "valueMax", "timestamp"];

    public static IReadOnlyList<KqlQueryFile> LoadAll(string directory) =>
        [.. Directory.GetFiles(directory, "*.kql").Order().Select(file => Parse(Path.GetFileName(file), File.ReadAllText(file)))];

    public static KqlQueryFile Parse(string name, string text)
    {
        var code = string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var names = TableName().Matches(code).ToList();
        var clauses = new List<KqlClause>();
        var tables = new List<string>();
        for (var position = 0; position < names.Count; position++)
        {
            tables.Add(names[position].Value);
            var end = position + 1 < names.Count ? names[position + 1].Index : code.Length;
            var clause = code[(names[position].Index + names[position].Length)..end];
            // `union requests, dependencies, ...`: what follows the list reads any of the tables listed.
            if (position + 1 < names.Count && clause.Trim().Trim(',').Trim().Length == 0)
            {
                continue;
            }

            clauses.Add(new KqlClause(
                [.. tables],
                [.. Columns.Where(column => Regex.IsMatch(clause, $@"(?<![\w.""\[]){column}(?![\w(""])(?!\s*=(?!=))"))],
                [.. Dimension().Matches(clause).Select(match => match.Groups["dot"].Success ? match.Groups["dot"].Value : match.Groups["bracket"].Value).Distinct()],
                [.. Equality().Matches(clause).Select(match => (match.Groups["column"].Value, match.Groups["value"].Value))
                    .Concat(InList().Matches(clause).SelectMany(match => Quoted().Matches(match.Groups["values"].Value).Select(value => (match.Groups["column"].Value, value.Groups[1].Value))))]));
            tables.Clear();
        }

        return new KqlQueryFile(name, clauses);
    }

    [GeneratedRegex(@"\b(requests|dependencies|traces|exceptions|customMetrics)\b")]
    private static partial Regex TableName();

    [GeneratedRegex(@"customDimensions(?:\.(?<dot>\w+)|\[""(?<bracket>[^""]+)""\])")]
    private static partial Regex Dimension();

    [GeneratedRegex(@"\b(?<column>type|name) == ""(?<value>[^""]+)""")]
    private static partial Regex Equality();

    [GeneratedRegex(@"\b(?<column>type|name) in \((?<values>[^)]*)\)")]
    private static partial Regex InList();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex Quoted();
}

/// <param name="Tables">The table the clause reads, or the tables of a union (any of them will do).</param>
/// <param name="Literals">Columns compared with a literal: the rows must hold that value.</param>
public sealed record KqlClause(IReadOnlyList<string> Tables, IReadOnlyList<string> Columns, IReadOnlyList<string> Dimensions, IReadOnlyList<(string Column, string Value)> Literals);
