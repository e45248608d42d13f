namespace BackOffice.PartnerSandbox.Tests.Support;

/// <summary>One callback the receiver got: the partner from the path, the headers and the raw body.</summary>
public sealed record ReceivedCallback(string Partner, IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus);
