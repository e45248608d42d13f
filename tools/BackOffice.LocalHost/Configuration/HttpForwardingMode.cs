namespace BackOffice.LocalHost.Configuration;

/// <summary>How HTTP-triggered functions reach the handler, from host.json customHandler.</summary>
public enum HttpForwardingMode
{
    /// <summary>Neither setting: HTTP requests would arrive as invocation payloads, which this host does not play.</summary>
    None,

    /// <summary>enableForwardingHttpRequest, the host's legacy setting: a rebuilt request.</summary>
    Forward,

    /// <summary>enableProxyingHttpRequest, which the host checks first: the request itself, through YARP.</summary>
    Proxy,
}
