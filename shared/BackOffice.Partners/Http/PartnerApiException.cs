using System.Net;

namespace BackOffice.Partners.Http;

/// <summary>A partner answered with an error the caller has to look at. The body is kept for ops; partners do not echo personal data in errors.</summary>
public class PartnerApiException(string partner, HttpStatusCode status, string message, string? responseBody = null)
    : Exception($"{partner} answered {(int)status}: {message}")
{
    public string Partner { get; } = partner;

    public HttpStatusCode Status { get; } = status;

    public string? ResponseBody { get; } = responseBody;
}
