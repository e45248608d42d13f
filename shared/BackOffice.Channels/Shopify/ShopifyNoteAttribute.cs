using System.Text.Json.Serialization;

namespace BackOffice.Channels.Shopify;

/// <summary>A custom checkout field; Brazilian stores collect the CPF this way.</summary>
public sealed record ShopifyNoteAttribute(string? Name, [property: JsonConverter(typeof(LenientTextConverter))] string? Value);
