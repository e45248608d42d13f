namespace BackOffice.Application.Callbacks;

public sealed record CallbackPartner(string Name, ICallbackAuthenticator Authenticator, ICallbackReader Reader);
