using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>Focus NFe v2 under <c>/focusnfe/</c>: <c>POST v2/nfe?ref=</c>, <c>GET</c>/<c>DELETE v2/nfe/{ref}</c>, and the files.</summary>
public static class FocusNfeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/focusnfe/v2").AddEndpointFilter(new PartnerGate(FocusNfeProfile.Instance, requireAuth: true));

        api.MapPost("/nfe", async (HttpContext http, string? @ref, FocusNfeSimulator focus, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.FocusNfe, "nfe.issue", @ref, () => focus.Issue(@ref, body), simulatorOwnsKey: true)
                : FocusNfeProfile.Instance.Error(400, "JSON inválido.");
        });

        api.MapGet("/nfe/{reference}", (HttpContext http, string reference, FocusNfeSimulator focus, EffectRunner effects) =>
        {
            var (reply, orderRef) = focus.Get(reference);
            effects.Tag(http, orderRef);
            return reply.ToResult();
        });

        api.MapDelete("/nfe/{reference}", async (HttpContext http, string reference, FocusNfeSimulator focus, EffectRunner effects) =>
        {
            var (ok, body) = await RequestJson.ReadAsync(http.Request);
            return ok
                ? effects.Run(http, PartnerNames.FocusNfe, "nfe.cancel", reference, () => focus.Cancel(reference, body.Text("justificativa")), simulatorOwnsKey: true)
                : FocusNfeProfile.Instance.Error(400, "JSON inválido.");
        });

        // Focus NFe returns domain-relative paths; serve them whether the client resolves them against the host or the base URL.
        app.MapGet("/arquivos/{**path}", (string path, FocusNfeSimulator focus) => Download(path, focus));
        app.MapGet("/focusnfe/arquivos/{**path}", (string path, FocusNfeSimulator focus) => Download(path, focus));
    }

    private static IResult Download(string path, FocusNfeSimulator focus)
        => focus.Document(path[(path.LastIndexOf('/') + 1)..]) is { } file
            ? Results.Bytes(file.Content, file.ContentType)
            : FocusNfeProfile.Instance.Error(404, "Arquivo não encontrado.");
}
