namespace BackOffice.Partners.Vtex;

/// <summary><c>POST /api/orders/feed</c>: removes the handled items from the feed.</summary>
public sealed record VtexFeedCommit(IReadOnlyCollection<string> Handles);
