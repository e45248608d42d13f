namespace BackOffice.Application.Processing;

public sealed record SweepReport(int Looked, int Changed, int Failed);
