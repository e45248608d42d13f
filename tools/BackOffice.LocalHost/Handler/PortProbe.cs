using System.Net;
using System.Net.Sockets;

namespace BackOffice.LocalHost.Handler;

internal static class PortProbe
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    /// <returns>True once the port accepts a connection; false if <paramref name="giveUp"/> completes first.</returns>
    public static async Task<bool> WaitUntilAcceptingAsync(int port, Task giveUp, CancellationToken cancellationToken)
    {
        while (!giveUp.IsCompleted)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return true;
            }
            catch (SocketException)
            {
                // Not listening yet: poll again.
            }

            await Task.WhenAny(giveUp, Task.Delay(RetryInterval, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        return false;
    }
}
