namespace BackOffice.Channels.Vtex;

/// <param name="Failed">Events left in the feed for the next run.</param>
public sealed record FeedDrainReport(int Read, int Committed, int Failed);
