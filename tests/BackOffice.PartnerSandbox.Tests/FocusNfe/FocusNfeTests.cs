using System.Text;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.FocusNfe;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.FocusNfe;

public sealed class FocusNfeTests
{
    [Fact]
    public async Task Nfe_is_processing_then_authorized_with_a_valid_key_and_files()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-3001", Nfe("ana@example.com"), HeaderValues.FocusNfe);

        Assert.Equal(202, status);
        Assert.Equal("processando_autorizacao", body!["status"]!.GetValue<string>());
        var hook = await sandbox.Hub.WaitForAsync("focusnfe", _ => true);
        Assert.Equal(sandbox.Settings.FocusNfeHookAuthorization, hook.Headers["Authorization"]);
        var (_, nfe) = await sandbox.SendAsync(HttpMethod.Get, "focusnfe/v2/nfe/hub-3001", null, HeaderValues.FocusNfe);
        Assert.Equal(nfe!.ToJsonString(), JsonNode.Parse(hook.Body)!.ToJsonString());
        Assert.Equal("autorizado", nfe["status"]!.GetValue<string>());
        var key = nfe["chave_nfe"]!.GetValue<string>();
        Assert.Matches("^NFe[0-9]{44}$", key);
        Assert.Equal(key[^1] - '0', NfeAccessKey.CheckDigit(key[3..^1]));
        var xml = await sandbox.Http.GetStringAsync(nfe["caminho_xml_nota_fiscal"]!.GetValue<string>().TrimStart('/'));
        Assert.Contains($"<chNFe>{key[3..]}</chNFe>", xml, StringComparison.Ordinal);
        var pdf = await sandbox.Http.GetByteArrayAsync("focusnfe" + nfe["caminho_danfe"]!.GetValue<string>());
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_marker_gives_erro_autorizacao_and_a_resend_is_a_new_attempt()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-3002", Nfe("ana+nfe-reject@example.com"), HeaderValues.FocusNfe);
        var hook = await sandbox.Hub.WaitForAsync("focusnfe", _ => true);
        var rejected = JsonNode.Parse(hook.Body)!;
        await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-3002", Nfe("ana+nfe-reject@example.com"), HeaderValues.FocusNfe);

        Assert.Equal("erro_autorizacao", rejected["status"]!.GetValue<string>());
        Assert.NotNull(rejected["status_sefaz"]);
        Assert.NotNull(rejected["mensagem_sefaz"]);
        Assert.Null(rejected["chave_nfe"]);
        Assert.Equal(2, (await sandbox.CallsAsync("hub-3002", "focusnfe")).Count);
    }

    [Fact]
    public async Task Same_ref_is_one_effect_and_an_attempt_suffix_maps_to_the_order()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "_sandbox/orders", new { orderRef = "hub-3003" });

        var first = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-3003-1", Nfe("a@example.com"), HeaderValues.FocusNfe);
        var second = await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-3003-1", Nfe("a@example.com"), HeaderValues.FocusNfe);

        Assert.Equal(202, second.Status);
        Assert.Equal(first.Body!.ToJsonString(), second.Body!.ToJsonString());
        var call = Assert.Single(await sandbox.CallsAsync("hub-3003"));
        Assert.Equal("hub-3003-1", call!["idempotencyKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_needs_a_15_to_255_character_justification()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SendAsync(HttpMethod.Post, "focusnfe/v2/nfe?ref=hub-3004", Nfe("a@example.com"), HeaderValues.FocusNfe);
        await sandbox.Hub.WaitForAsync("focusnfe", _ => true);

        var (shortStatus, error) = await sandbox.SendAsync(HttpMethod.Delete, "focusnfe/v2/nfe/hub-3004", new { justificativa = "curta" }, HeaderValues.FocusNfe);
        var (status, cancelled) = await sandbox.SendAsync(HttpMethod.Delete, "focusnfe/v2/nfe/hub-3004", new { justificativa = "Cliente desistiu da compra" }, HeaderValues.FocusNfe);

        Assert.Equal(400, shortStatus);
        Assert.Equal("requisicao_invalida", error!["codigo"]!.GetValue<string>());
        Assert.NotNull(error["mensagem"]);
        Assert.Equal(200, status);
        Assert.Equal("cancelado", cancelled!["status"]!.GetValue<string>());
        Assert.Equal(["nfe.issue", "nfe.cancel"], (await sandbox.CallsAsync("hub-3004")).Select(c => c!["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_ref_and_missing_token_use_focus_error_shape()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (missing, notFound) = await sandbox.SendAsync(HttpMethod.Get, "focusnfe/v2/nfe/nope", null, HeaderValues.FocusNfe);
        var (unauthorized, denied) = await sandbox.SendAsync(HttpMethod.Get, "focusnfe/v2/nfe/nope", null);

        Assert.Equal(404, missing);
        Assert.Equal("nao_encontrado", notFound!["codigo"]!.GetValue<string>());
        Assert.Equal(401, unauthorized);
        Assert.Equal("permissao_negada", denied!["codigo"]!.GetValue<string>());
    }

    internal static object Nfe(string email) => new
    {
        natureza_operacao = "Venda de mercadoria",
        cnpj_emitente = "11.222.333/0001-81",
        email_destinatario = email,
        valor_total = "150.00",
        items = new[] { new { numero_item = 1, codigo_produto = "SKU-1", descricao = "Camiseta", cfop = "5102", codigo_ncm = "61091000", quantidade_comercial = 2, valor_unitario_comercial = "75.00" } },
    };
}
