namespace BackOffice.PartnerSandbox.Shared;

public enum FaultKind
{
    None,
    Error,
    Timeout,
}
