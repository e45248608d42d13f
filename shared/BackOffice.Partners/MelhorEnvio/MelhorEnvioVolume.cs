namespace BackOffice.Partners.MelhorEnvio;

/// <param name="Weight">Kilograms.</param>
public sealed record MelhorEnvioVolume(int Height, int Width, int Length, decimal Weight);
