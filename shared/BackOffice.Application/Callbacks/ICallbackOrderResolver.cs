namespace BackOffice.Application.Callbacks;

/// <summary>Finds our order from the partner's resource id, for callbacks whose body does not name the order.</summary>
public interface ICallbackOrderResolver
{
    /// <returns>Our order reference, or null when the partner knows no such resource or it carries no reference of ours.</returns>
    Task<string?> OrderRefOfAsync(string resourceId, CancellationToken cancellationToken);
}
