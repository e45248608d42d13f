using System.Text;
using System.Text.Json.Nodes;

namespace BackOffice.Channels.Tests.Support;

/// <summary>Storefront bodies under <c>Samples/{channel}/</c>, shaped after the providers' documentation; tests derive variants with <see cref="Edit"/>.</summary>
public static class Samples
{
    public static string Read(string channel, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", channel, file));

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>The sample with <paramref name="edit"/> applied to its JSON tree.</summary>
    public static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }
}
