using System.Text;
using BackOffice.Functions.Features.Ops;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace BackOffice.Functions.Tests.Ops;

public sealed class OpsIdentityTests
{
    [Fact]
    public void PersonOf_WhenLocal_TakesTheOpsUserHeader()
    {
        var identity = IdentityWith([]);

        Assert.Equal("ana", identity.PersonOf(Request((OpsIdentity.LocalPersonHeader, "ana"))));
        Assert.Equal("ops", identity.PersonOf(Request()));
    }

    [Fact]
    public void PersonOf_WhenInAzureWithoutSignIn_IgnoresTheHeaderACallerChooses()
    {
        var identity = IdentityWith(new() { ["WEBSITE_SITE_NAME"] = "backoffice-prod" });

        Assert.Equal(OpsIdentity.FunctionKeyHolder, identity.PersonOf(Request((OpsIdentity.LocalPersonHeader, "the-ceo"))));
    }

    [Fact]
    public void PersonOf_WhenEasyAuthIsOn_TakesTheSignedInNameAndNeverTheOpsUserHeader()
    {
        var identity = IdentityWith(new() { ["WEBSITE_SITE_NAME"] = "backoffice-prod", ["WEBSITE_AUTH_ENABLED"] = "True" });

        Assert.Equal("ana@store.com.br", identity.PersonOf(Request((OpsIdentity.PrincipalNameHeader, "ana@store.com.br"), (OpsIdentity.LocalPersonHeader, "the-ceo"))));
        Assert.Null(identity.PersonOf(Request((OpsIdentity.LocalPersonHeader, "the-ceo"))));
    }

    [Fact]
    public void PersonOf_WhenOnlyTheEncodedPrincipalIsThere_ReadsItsNameClaim()
    {
        var identity = IdentityWith(new() { ["WEBSITE_SITE_NAME"] = "backoffice-prod", ["WEBSITE_AUTH_ENABLED"] = "true" });
        var principal = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            """{"auth_typ":"aad","name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name","role_typ":"roles","claims":[{"typ":"preferred_username","val":"bia@store.com.br"}]}"""));

        Assert.Equal("bia@store.com.br", identity.PersonOf(Request((OpsIdentity.PrincipalHeader, principal))));
        Assert.Null(identity.PersonOf(Request((OpsIdentity.PrincipalHeader, "not base64!"))));
    }

    private static OpsIdentity IdentityWith(Dictionary<string, string?> settings) =>
        OpsIdentity.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static HttpRequest Request(params (string Name, string Value)[] headers)
    {
        var request = new DefaultHttpContext().Request;
        foreach (var (name, value) in headers)
        {
            request.Headers[name] = value;
        }

        return request;
    }
}
