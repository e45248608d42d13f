using BackOffice.LocalHost.Configuration;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace BackOffice.LocalHost.Http;

/// <summary>
/// Matches request paths against the HTTP-triggered functions' "/{routePrefix}/{route}" templates.
/// Route constraints are parsed but not enforced.
/// </summary>
public sealed class HttpRouteTable
{
    private readonly IReadOnlyList<Entry> _entries;

    public HttpRouteTable(IEnumerable<FunctionDefinition> functions, string routePrefix)
    {
        _entries = functions
            .Where(f => f.Trigger is HttpTriggerBinding)
            .Select(f => CreateEntry(f, routePrefix))
            // Most specific template first, as ASP.NET Core routing (and so the real host) orders them.
            .OrderBy(e => e.Precedence)
            .ToList();
    }

    /// <returns>The function to forward to, or null when no route and method match.</returns>
    public FunctionDefinition? Match(string method, PathString path)
    {
        foreach (var entry in _entries)
        {
            if (entry.Methods.Count > 0 && !entry.Methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entry.Matcher.TryMatch(path, new RouteValueDictionary()))
            {
                return entry.Function;
            }
        }

        return null;
    }

    private static Entry CreateEntry(FunctionDefinition function, string routePrefix)
    {
        var trigger = (HttpTriggerBinding)function.Trigger;
        var template = string.IsNullOrEmpty(routePrefix) ? trigger.Route : $"{routePrefix}/{trigger.Route}";
        RoutePattern pattern;
        try
        {
            pattern = RoutePatternFactory.Parse(template);
        }
        catch (RoutePatternException ex)
        {
            throw new HostConfigurationException($"Function '{function.Name}': route '{trigger.Route}' is not a valid route template: {ex.Message}", ex);
        }

        var routeTemplate = new RouteTemplate(pattern);
        return new Entry(function, trigger.Methods, new TemplateMatcher(routeTemplate, new RouteValueDictionary()), RoutePrecedence.ComputeInbound(routeTemplate));
    }

    private sealed record Entry(FunctionDefinition Function, IReadOnlyList<string> Methods, TemplateMatcher Matcher, decimal Precedence);
}
