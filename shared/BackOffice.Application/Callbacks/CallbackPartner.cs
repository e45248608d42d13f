namespace BackOffice.Application.Callbacks;

/// <param name="OrderResolver">For partners whose callbacks name only their own resource (Melhor Envio's label id).</param>
public sealed record CallbackPartner(string Name, ICallbackAuthenticator Authenticator, ICallbackReader Reader, ICallbackOrderResolver? OrderResolver = null);
