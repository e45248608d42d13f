using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;

namespace BackOffice.Infrastructure.Storage;

/// <summary>
/// Table access with an account key (the local emulator's connection string) by an account SAS that is signed once and
/// again a day before it runs out, instead of a Shared Key signature per request. Azure.Data.Tables signs each Shared
/// Key request with a new HMACSHA256 that it never disposes (TableSharedKeyCredential.ComputeHMACSHA256), so every
/// table operation left an OpenSSL context to the finalizer thread: SafeHmacCtxHandle was the only type finalized under
/// load, about one per table operation (docs/worklog/2026-12-01/h10-cpu.md). Identity-based access (Azure) signs nothing.
/// </summary>
public sealed class TableAccountSas
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);

    private readonly TableServiceClient _signer;
    private readonly TimeProvider _time;
    private readonly Lock _renewal = new();
    private DateTimeOffset _expiresOn;

    private TableAccountSas(TableServiceClient signer, TimeProvider time)
    {
        _signer = signer;
        _time = time;
        _expiresOn = time.GetUtcNow() + Lifetime;
        Credential = new AzureSasCredential(Sign(_expiresOn));
    }

    /// <summary>What the table clients present; <see cref="RenewIfDue"/> updates it in place.</summary>
    public AzureSasCredential Credential { get; }

    /// <summary>
    /// A client that presents <see cref="Credential"/> and renews it, when due, before a request: the table clients
    /// live as long as the app (singletons hold them), so the renewal rides on their requests.
    /// </summary>
    public TableServiceClient CreateClient()
    {
        var options = new TableClientOptions();
        options.AddPolicy(new Renewal(this), HttpPipelinePosition.PerCall);
        return new TableServiceClient(_signer.Uri, Credential, options);
    }

    /// <summary>The SAS of a connection string that carries an account key; null for one that carries a SAS already.</summary>
    public static TableAccountSas? From(string connectionString, TimeProvider time)
    {
        var carriesKey = connectionString.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);
        return carriesKey ? new TableAccountSas(new TableServiceClient(connectionString), time) : null;
    }

    public void RenewIfDue()
    {
        if (_time.GetUtcNow() < _expiresOn - RenewBefore)
        {
            return;
        }

        lock (_renewal)
        {
            if (_time.GetUtcNow() >= _expiresOn - RenewBefore)
            {
                var expiresOn = _time.GetUtcNow() + Lifetime;
                Credential.Update(Sign(expiresOn));
                _expiresOn = expiresOn;
            }
        }
    }

    private string Sign(DateTimeOffset expiresOn) =>
        _signer.GenerateSasUri(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, expiresOn).Query.TrimStart('?');

    private sealed class Renewal(TableAccountSas sas) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => sas.RenewIfDue();
    }
}
