namespace BackOffice.Application.Processing;

/// <summary>A message no retry can fix: it fails so that the transport parks it in its poison/dead-letter queue.</summary>
public sealed class UnprocessableMessageException(string reason) : Exception(reason);
