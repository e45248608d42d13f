using System.Net;
using System.Text;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Domain.Orders;
using BackOffice.Partners.FocusNfe;
using BackOffice.Partners.Tests.Support;
using static BackOffice.Partners.Tests.Support.RecordingHandler;

namespace BackOffice.Partners.Tests.FocusNfe;

public sealed class FocusNfeContractTests : IDisposable
{
    private const string Partner = "FocusNfe";
    private const string Reference = "NFE-SHOP-1001-1";
    private readonly PartnerHost _host = new();

    private IFiscalDocumentIssuer Issuer => _host.Get<IFiscalDocumentIssuer>();

    // Lines 74.90 + shipping 15.00 - discount 5.00 = 84.90.
    private static FiscalDocumentRequest Request(Customer? recipient = null, Address? address = null) => new(
        Reference,
        new DateTimeOffset(2024, 5, 2, 13, 30, 0, TimeSpan.FromHours(-3)),
        recipient ?? TestData.Person,
        address ?? TestData.SaoPaulo,
        TestData.Lines,
        1500,
        500,
        8490);

    [Fact]
    public async Task Issuing_posts_the_nfe_under_our_ref_with_basic_auth_and_decimal_money()
    {
        _host.Network.On(HttpMethod.Post, "/v2/nfe", Sample(HttpStatusCode.Accepted, Partner, "issue-202.json"));

        var status = await Issuer.IssueAsync(Request(), CancellationToken.None);

        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal("https://homologacao.focusnfe.com.br/v2/nfe?ref=NFE-SHOP-1001-1", sent.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("focus-token:")), sent.Header("Authorization"));
        var body = sent.Json;
        FocusNfeDocumentedFields.AssertConforms(body);
        Assert.Equal("Venda de mercadoria", body.GetProperty("natureza_operacao").GetString());
        Assert.Equal("2024-05-02T13:30:00-03:00", body.GetProperty("data_emissao").GetString());
        Assert.Equal(1, body.GetProperty("tipo_documento").GetInt32());
        Assert.Equal("11222333000181", body.GetProperty("cnpj_emitente").GetString());
        Assert.Equal("110042490114", body.GetProperty("inscricao_estadual_emitente").GetString());
        Assert.Equal("SP", body.GetProperty("uf_emitente").GetString());
        Assert.Equal(1, body.GetProperty("regime_tributario_emitente").GetInt32());
        Assert.Equal("12345678909", body.GetProperty("cpf_destinatario").GetString());
        Assert.False(body.TryGetProperty("cnpj_destinatario", out _));
        Assert.Equal("01310100", body.GetProperty("cep_destinatario").GetString());
        Assert.Equal("74.90", body.GetProperty("valor_produtos").GetRawText());
        Assert.Equal("15.00", body.GetProperty("valor_frete").GetRawText());
        Assert.Equal("5.00", body.GetProperty("valor_desconto").GetRawText());
        Assert.Equal("84.90", body.GetProperty("valor_total").GetRawText());
        Assert.Equal(1, body.GetProperty("local_destino").GetInt32());

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var first = items[0];
        Assert.Equal(1, first.GetProperty("numero_item").GetInt32());
        Assert.Equal("TSHIRT-M", first.GetProperty("codigo_produto").GetString());
        Assert.Equal("5102", first.GetProperty("cfop").GetString());
        Assert.Equal("61091000", first.GetProperty("codigo_ncm").GetString());
        Assert.Equal("UN", first.GetProperty("unidade_comercial").GetString());
        Assert.Equal("2", first.GetProperty("quantidade_comercial").GetRawText());
        Assert.Equal("12.50", first.GetProperty("valor_unitario_comercial").GetRawText());
        Assert.Equal("25.00", first.GetProperty("valor_bruto").GetRawText());
        Assert.Equal("102", first.GetProperty("icms_situacao_tributaria").GetString());
        Assert.Equal("0", first.GetProperty("icms_origem").GetString());
        Assert.Equal("07", first.GetProperty("pis_situacao_tributaria").GetString());
        Assert.Equal("07", first.GetProperty("cofins_situacao_tributaria").GetString());
        // Freight and discount spread over the lines add up to the totals, as SEFAZ checks.
        var freight = items.Sum(i => i.TryGetProperty("valor_frete", out var v) ? v.GetDecimal() : 0m);
        var discount = items.Sum(i => i.TryGetProperty("valor_desconto", out var v) ? v.GetDecimal() : 0m);
        Assert.Equal(15.00m, freight);
        Assert.Equal(5.00m, discount);

        Assert.Equal(FiscalDocumentState.Processing, status.State);
        Assert.Equal(Reference, status.Reference);
    }

    [Fact]
    public async Task Another_state_uses_CFOP_6102_and_a_company_gets_cnpj_destinatario()
    {
        _host.Network.On(HttpMethod.Post, "/v2/nfe", Sample(HttpStatusCode.Accepted, Partner, "issue-202.json"));

        await Issuer.IssueAsync(Request(TestData.Company, TestData.RioDeJaneiro), CancellationToken.None);

        var body = _host.Network.Requests[0].Json;
        Assert.Equal("6102", body.GetProperty("items")[0].GetProperty("cfop").GetString());
        Assert.Equal(2, body.GetProperty("local_destino").GetInt32());
        Assert.Equal("12345678000195", body.GetProperty("cnpj_destinatario").GetString());
        Assert.False(body.TryGetProperty("cpf_destinatario", out _));
    }

    [Fact]
    public async Task A_ref_already_authorized_is_a_success_followed_by_a_get()
    {
        _host.Network
            .On(HttpMethod.Post, "/v2/nfe", Sample(HttpStatusCode.UnprocessableEntity, Partner, "error-duplicate.json"))
            .On(HttpMethod.Get, "/v2/nfe/" + Reference, Sample(HttpStatusCode.OK, Partner, "nfe-authorized.json"));

        var status = await Issuer.IssueAsync(Request(), CancellationToken.None);

        Assert.Equal(2, _host.Network.Requests.Count);
        Assert.Equal(HttpMethod.Get, _host.Network.Requests[1].Method);
        Assert.Equal(FiscalDocumentState.Authorized, status.State);
        Assert.Equal("35240511222333000181550010000001231000001236", status.AccessKey);
        Assert.Equal(44, status.AccessKey!.Length);
        Assert.Equal("123", status.Number);
        Assert.Equal("1", status.Series);
        Assert.Equal("100", status.SefazStatus);
        Assert.EndsWith("-nfe.xml", status.XmlPath);
        Assert.EndsWith(".pdf", status.DanfePath);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task An_issue_whose_fate_is_unknown_is_not_resent_because_a_rejected_ref_would_take_it_as_a_second_attempt(HttpStatusCode lost)
    {
        _host.Network.On(HttpMethod.Post, "/v2/nfe", Status(lost), Sample(HttpStatusCode.Accepted, Partner, "issue-202.json"));

        var error = await Assert.ThrowsAsync<FocusNfeException>(() => Issuer.IssueAsync(Request(), CancellationToken.None));

        Assert.Equal(lost, error.Status);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task An_issue_Focus_NFe_surely_refused_is_resent()
    {
        _host.Network.On(HttpMethod.Post, "/v2/nfe", Status(HttpStatusCode.TooManyRequests), Sample(HttpStatusCode.Accepted, Partner, "issue-202.json"));

        var status = await Issuer.IssueAsync(Request(), CancellationToken.None);

        Assert.Equal(FiscalDocumentState.Processing, status.State);
        Assert.Equal(2, _host.Network.Requests.Count);
    }

    [Theory]
    [InlineData("POST", "/v2/nfe?ref=" + Reference, false)]
    [InlineData("GET", "/v2/nfe/" + Reference, true)]
    [InlineData("DELETE", "/v2/nfe/" + Reference, true)]
    public void Only_the_issue_is_unsafe_to_resend(string method, string path, bool safe)
        => Assert.Equal(safe, PartnerRegistration.FocusNfeReplaySafety(new HttpRequestMessage(new HttpMethod(method), "https://api.focusnfe.com.br" + path)));

    [Fact]
    public async Task An_error_body_becomes_a_FocusNfeException_with_codigo_mensagem_and_erros()
    {
        _host.Network.On(HttpMethod.Post, "/v2/nfe", Sample(HttpStatusCode.BadRequest, Partner, "error-validation.json"));

        var error = await Assert.ThrowsAsync<FocusNfeException>(() => Issuer.IssueAsync(Request(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal("requisicao_invalida", error.Codigo);
        Assert.Equal("Parâmetros inválidos", error.Mensagem);
        Assert.Equal(2, error.Erros.Count);
        Assert.Equal("items[0].codigo_ncm", error.Erros[1].Campo);
        Assert.Equal(Reference, error.Reference);
        Assert.Single(_host.Network.Requests);
    }

    [Fact]
    public async Task Finding_a_ref_Focus_never_received_is_null_not_an_error()
    {
        _host.Network.On(HttpMethod.Get, "/v2/nfe/" + Reference, Json(HttpStatusCode.NotFound, """{ "codigo": "nao_encontrado", "mensagem": "Nota fiscal não encontrada" }"""));

        Assert.Null(await Issuer.FindAsync(Reference, CancellationToken.None));
    }

    [Fact]
    public async Task A_rejection_by_SEFAZ_is_reported_with_its_message()
    {
        _host.Network.On(HttpMethod.Get, "/v2/nfe/" + Reference, Sample(HttpStatusCode.OK, Partner, "nfe-rejected.json"));

        var status = await Issuer.GetAsync(Reference, CancellationToken.None);

        Assert.Equal(FiscalDocumentState.Rejected, status.State);
        Assert.Equal("778", status.SefazStatus);
        Assert.Contains("NCM", status.SefazMessage);
    }

    [Fact]
    public async Task Totals_that_do_not_add_up_are_refused_before_calling_Focus()
    {
        var request = Request() with { TotalCents = 9999 };

        await Assert.ThrowsAsync<ArgumentException>(() => Issuer.IssueAsync(request, CancellationToken.None));

        Assert.Empty(_host.Network.Requests);
    }

    [Fact]
    public async Task Cancelling_deletes_with_the_justification_then_reads_the_state()
    {
        _host.Network
            .On(HttpMethod.Delete, "/v2/nfe/" + Reference, Sample(HttpStatusCode.OK, Partner, "nfe-cancelled.json"))
            .On(HttpMethod.Get, "/v2/nfe/" + Reference, Json(HttpStatusCode.OK, Samples.Read(Partner, "nfe-authorized.json").Replace("\"autorizado\"", "\"cancelado\"", StringComparison.Ordinal)));

        var status = await Issuer.CancelAsync(Reference, "Pedido cancelado pelo cliente", CancellationToken.None);

        var delete = _host.Network.Requests[0];
        Assert.Equal(HttpMethod.Delete, delete.Method);
        Assert.Equal("/v2/nfe/NFE-SHOP-1001-1", delete.PathAndQuery);
        Assert.Equal("""{"justificativa":"Pedido cancelado pelo cliente"}""", delete.Body);
        Assert.Equal(FiscalDocumentState.Cancelled, status.State);
    }

    [Fact]
    public async Task A_short_justification_is_refused_locally()
        => await Assert.ThrowsAsync<ArgumentException>(() => Issuer.CancelAsync(Reference, "curta", CancellationToken.None));

    [Fact]
    public async Task Documents_are_downloaded_relative_to_the_base_url_with_the_token()
    {
        var pdf = "%PDF-1.4"u8.ToArray();
        _host.Network.On(HttpMethod.Get, ".pdf", Bytes(pdf));

        var content = await Issuer.DownloadAsync("/arquivos_development/11222333000181/202405/DANFEs/3524.pdf", CancellationToken.None);

        Assert.Equal(pdf, content);
        var sent = Assert.Single(_host.Network.Requests);
        Assert.Equal("https://homologacao.focusnfe.com.br/arquivos_development/11222333000181/202405/DANFEs/3524.pdf", sent.Uri.ToString());
        Assert.StartsWith("Basic ", sent.Header("Authorization"));
    }

    [Fact]
    public async Task A_document_on_another_host_is_downloaded_without_our_token()
    {
        _host.Network.On(HttpMethod.Get, ".xml", Bytes([1, 2, 3]));

        await Issuer.DownloadAsync("https://files.example-cdn.com/nfe/3524-nfe.xml", CancellationToken.None);

        Assert.Null(Assert.Single(_host.Network.Requests).Header("Authorization"));
    }

    [Theory]
    [InlineData("processando_autorizacao", FiscalDocumentState.Processing)]
    [InlineData("autorizado", FiscalDocumentState.Authorized)]
    [InlineData("erro_autorizacao", FiscalDocumentState.Rejected)]
    [InlineData("denegado", FiscalDocumentState.Denied)]
    [InlineData("cancelado", FiscalDocumentState.Cancelled)]
    public void Statuses_map_to_states(string status, FiscalDocumentState expected)
        => Assert.Equal(expected, FocusNfeStates.Map(status));

    [Fact]
    public void Spreading_keeps_the_total_exact()
    {
        var shares = FocusNfePayloadBuilder.Spread(1001, [2500, 4990, 10]);

        Assert.Equal(1001, shares.Sum());
    }

    public void Dispose() => _host.Dispose();
}
