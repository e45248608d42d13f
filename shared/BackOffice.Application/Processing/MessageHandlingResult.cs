namespace BackOffice.Application.Processing;

public enum MessageHandlingResult
{
    Applied,
    AlreadyProcessed,
}
