using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace BackOffice.Infrastructure.Expedition;

/// <summary>
/// Serves DejaVu Sans Mono (Bitstream Vera licence, Fonts/LICENSE-DejaVu.txt) from the assembly for every typeface, so
/// batch PDFs render the same on a machine without fonts (a CI container, a Functions worker) as anywhere else.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans Mono";
    private const string Regular = "DejaVuSansMono";
    private const string Bold = "DejaVuSansMono-Bold";
    private static readonly Lock Gate = new();

    /// <summary>A font of <see cref="Family"/>, with the resolver installed first.</summary>
    public static XFont Font(double size, bool bold = false)
    {
        Install();
        return new XFont(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }

    /// <summary>PDFsharp's resolver is process-wide and set once; the first font asked for sets it.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"BackOffice.Infrastructure.Expedition.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in {typeof(EmbeddedFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
